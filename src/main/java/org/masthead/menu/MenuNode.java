package org.masthead.menu;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One entry of the menu readers see: its label, the reader address it leads to (none for a heading)
 * and its sub-entries. Only entries whose target readers can open are in the tree.
 *
 * @param external whether {@code href} leaves the site (an absolute http(s) address)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MenuNode(String label, String href, boolean external, List<MenuNode> children) {

    /**
     * Whether the page at {@code path} (its path, with the query string if any) is this entry or
     * inside it, for marking the current section: "/articles/x" is inside "/articles", any page of a
     * sub-entry is inside its parent, and a home address matches only itself.
     */
    public boolean isActive(String path) {
        if (path != null && href != null && !external) {
            if (href.equals(path)) {
                return true;
            }
            int query = path.indexOf('?');
            String bare = query < 0 ? path : path.substring(0, query);
            if (!href.contains("?") && !href.endsWith("/") && (bare.equals(href) || bare.startsWith(href + "/"))) {
                return true;
            }
        }
        return children.stream().anyMatch(child -> child.isActive(path));
    }

    @JsonIgnore
    public boolean hasChildren() {
        return !children.isEmpty();
    }
}
