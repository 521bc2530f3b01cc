package org.masthead.web.site;

import org.masthead.shared.PublicUrls;
import java.util.ArrayList;
import java.util.List;

import org.masthead.menu.MenuNode;
import org.masthead.menu.MenuService;
import org.masthead.web.site.SiteFrame.MenuLink;
import org.masthead.taxonomy.Category;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The navigation menu of an edition, as admins built it in the menu editor. An edition nobody has
 * built a menu for yet gets its front page and its categories as they nest, so readers can still move around.
 */
@ApplicationScoped
public class SiteNavigation {

    private final MenuService menus;

    SiteNavigation(MenuService menus) {
        this.menus = menus;
    }

    public List<MenuLink> menu(String language) {
        List<MenuNode> built = menus.menu(language);
        if (!built.isEmpty()) {
            return built.stream().map(SiteNavigation::link).toList();
        }
        List<Category> categories = Category.list("language = ?1 order by position, name", language);
        List<MenuLink> menu = new ArrayList<>();
        menu.add(new MenuLink(PublicResponder.messages(language).home(), PublicUrls.home(language), List.of()));
        menu.addAll(children(null, categories));
        return menu;
    }

    private static MenuLink link(MenuNode node) {
        return new MenuLink(node.label(), node.href(), node.children().stream().map(SiteNavigation::link).toList());
    }

    private static List<MenuLink> children(Long parent, List<Category> all) {
        return all.stream().filter(c -> parent == null ? c.parentId == null : parent.equals(c.parentId))
                .map(c -> new MenuLink(c.name, PublicUrls.category(c.language, c.slug), children(c.id, all))).toList();
    }
}
