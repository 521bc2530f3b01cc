package org.masthead.web.desk.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.masthead.shared.Edition;
import org.masthead.taxonomy.CategoryView;

/** The categories page's trees, one per edition, built from the list in tree order. */
record CategoryTree(CategoryView category, int depth, boolean first, boolean last, List<CategoryTree> children) {

    static Map<String, List<CategoryTree>> byEdition(List<CategoryView> categories) {
        Map<String, List<CategoryTree>> trees = new LinkedHashMap<>();
        for (String language : Edition.LANGUAGES) {
            trees.put(language, children(categories.stream().filter(c -> c.language().equals(language)).toList(), null, 0));
        }
        return trees;
    }

    /** Every category in reading order, each followed by its subcategories (for the parent select). */
    static List<CategoryTree> flatten(List<CategoryTree> roots) {
        List<CategoryTree> all = new ArrayList<>();
        for (CategoryTree root : roots) {
            all.add(root);
            all.addAll(flatten(root.children()));
        }
        return all;
    }

    private static List<CategoryTree> children(List<CategoryView> all, Long parentId, int depth) {
        List<CategoryView> siblings = all.stream().filter(c -> Objects.equals(c.parentId(), parentId)).toList();
        List<CategoryTree> nodes = new ArrayList<>();
        for (int i = 0; i < siblings.size(); i++) {
            CategoryView c = siblings.get(i);
            nodes.add(new CategoryTree(c, depth, i == 0, i == siblings.size() - 1, children(all, c.id(), depth + 1)));
        }
        return nodes;
    }
}
