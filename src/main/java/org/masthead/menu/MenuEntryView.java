package org.masthead.menu;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A menu entry as admins see it: everything it holds, what its target is called, the reader
 * address it resolves to and, when readers do not see it, why.
 *
 * @param targetTitle the category's name, the item's title or the address
 * @param hiddenBecause why readers do not see the entry now (null when they do)
 * @param first whether it is the first of its siblings (cannot move up or be indented)
 * @param last whether it is the last of its siblings (cannot move down)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MenuEntryView(long id, String language, Long parentId, int position, int depth, String label,
        MenuTarget target, Long categoryId, Long itemId, String url, String targetTitle, String href,
        String hiddenBecause, long version, boolean first, boolean last, List<MenuEntryView> children) {

    /** The tree in reading order, each entry followed by its sub-entries. */
    public static List<MenuEntryView> flatten(List<MenuEntryView> roots) {
        List<MenuEntryView> all = new ArrayList<>();
        for (MenuEntryView root : roots) {
            all.add(root);
            all.addAll(flatten(root.children()));
        }
        return all;
    }
}
