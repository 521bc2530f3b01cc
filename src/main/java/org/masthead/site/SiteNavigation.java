package org.masthead.site;

import java.util.ArrayList;
import java.util.List;

import org.masthead.site.SiteFrame.MenuLink;
import org.masthead.taxonomy.Category;

import jakarta.enterprise.context.ApplicationScoped;

/** The navigation menu of an edition. */
@ApplicationScoped
public class SiteNavigation {

    /** The edition's menu: home, then its categories as they nest. */
    public List<MenuLink> menu(String language) {
        List<Category> categories = Category.list("language = ?1 order by position, name", language);
        List<MenuLink> menu = new ArrayList<>();
        menu.add(new MenuLink(homeLabel(language), PublicUrls.home(language), List.of()));
        menu.addAll(children(null, categories));
        return menu;
    }

    private static List<MenuLink> children(Long parent, List<Category> all) {
        return all.stream().filter(c -> parent == null ? c.parentId == null : parent.equals(c.parentId))
                .map(c -> new MenuLink(c.name, PublicUrls.category(c.language, c.slug), children(c.id, all))).toList();
    }

    private static String homeLabel(String language) {
        return switch (language) {
            case "ar" -> "الرئيسية";
            case "fa" -> "خانه";
            case "sq" -> "Kreu";
            default -> "Home";
        };
    }
}
