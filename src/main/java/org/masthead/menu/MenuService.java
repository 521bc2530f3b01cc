package org.masthead.menu;

import org.masthead.shared.FieldError;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jboss.logging.Logger;
import org.masthead.shared.ConflictException;
import org.masthead.shared.InvalidFieldsException;
import org.masthead.shared.StaleVersionException;
import org.masthead.shared.Urls;
import org.masthead.content.ContentItem;
import org.masthead.content.ItemFinder;
import org.masthead.shared.ContentKind;
import org.masthead.shared.Edition;
import org.masthead.shared.SiblingOrder;
import org.masthead.security.Roles;
import org.masthead.security.StaffMember;
import org.masthead.shared.PublicChange;
import org.masthead.taxonomy.Category;
import org.masthead.taxonomy.CategoryDeleting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import org.masthead.shared.NotFoundException;

/**
 * Each edition's navigation menu: what admins do to it (add, change, move, delete) and the tree
 * readers see, with every target resolved to its reader address and entries readers cannot open
 * left out.
 */
@ApplicationScoped
public class MenuService {

    private static final Logger LOG = Logger.getLogger(MenuService.class);
    private static final String WHAT = "Changing the menu";
    private static final SiblingOrder<MenuEntry> ORDER = new SiblingOrder<>(e -> e.id, e -> e.parentId,
            (e, position) -> e.position = position, id -> MenuEntry.findById(id));

    /** Where an entry moves: among its siblings, or a level in (under the entry above) or out. */
    public enum Move {
        UP, DOWN, INDENT, OUTDENT
    }

    private final Clock clock;
    private final Event<PublicChange> publicChange;
    private final ItemFinder finder;

    MenuService(Clock clock, Event<PublicChange> publicChange, ItemFinder finder) {
        this.clock = clock;
        this.publicChange = publicChange;
        this.finder = finder;
    }

    // --- What readers see ---

    /** The menu of an edition as readers see it now; empty for an edition without one, 404 for no edition. */
    @Transactional
    public List<MenuNode> menu(String language) {
        MenuTargets targets = MenuTargets.of(MenuEntry.listOfEdition(requireEdition(language)), Instant.now(clock));
        return nodes(targets, null);
    }

    private List<MenuNode> nodes(MenuTargets targets, Long parentId) {
        List<MenuNode> nodes = new ArrayList<>();
        for (MenuEntry entry : targets.children().getOrDefault(parentId, List.of())) {
            if (targets.hiddenBecause(entry) != null) {
                continue;
            }
            List<MenuNode> children = nodes(targets, entry.id);
            String href = targets.href(entry);
            if (entry.target == MenuTarget.NONE && children.isEmpty()) {
                continue;
            }
            nodes.add(new MenuNode(entry.label, href, entry.target == MenuTarget.URL && Urls.isHttp(href), children));
        }
        return nodes;
    }

    // --- What admins see ---

    /** Every entry of an edition's menu, nested, with what each points at and whether readers see it. */
    @Transactional
    public List<MenuEntryView> tree(String language) {
        MenuTargets targets = MenuTargets.of(MenuEntry.listOfEdition(requireEdition(language)), Instant.now(clock));
        return views(targets, null, 0);
    }

    @Transactional
    public MenuEntryView entry(long id) {
        MenuEntry entry = find(id);
        MenuTargets targets = MenuTargets.of(MenuEntry.listOfEdition(entry.language), Instant.now(clock));
        return MenuEntryView.flatten(views(targets, null, 0)).stream().filter(v -> v.id() == id).findFirst().orElseThrow();
    }

    private List<MenuEntryView> views(MenuTargets targets, Long parentId, int depth) {
        List<MenuEntry> siblings = targets.children().getOrDefault(parentId, List.of());
        List<MenuEntryView> views = new ArrayList<>();
        for (int i = 0; i < siblings.size(); i++) {
            MenuEntry e = siblings.get(i);
            views.add(new MenuEntryView(e.id, e.language, e.parentId, e.position, depth, e.label, e.target, e.categoryId,
                    e.itemId, e.url, targets.title(e), targets.href(e), targets.hiddenBecause(e), e.version, i == 0,
                    i == siblings.size() - 1, views(targets, e.id, depth + 1)));
        }
        return views;
    }

    /**
     * A category a menu entry points at is not deleted: refused rather than silently dropping menu entries, so the
     * admin decides what the menu shows instead.
     */
    void refuseWhileInMenu(@Observes CategoryDeleting category) {
        List<MenuEntry> inMenus = MenuEntry.usingCategory(category.id());
        if (!inMenus.isEmpty()) {
            throw new ConflictException("“" + category.name() + "” is in the " + inMenus.get(0).language + " menu as “"
                    + inMenus.get(0).label + "”; remove it from the menu or point the entry elsewhere first.");
        }
    }

    // --- What admins do ---

    @Transactional
    public MenuEntryView add(StaffMember who, String language, MenuEntryInput input) {
        who.require(Roles.ADMIN, WHAT);
        requireEdition(language);
        MenuEntry entry = new MenuEntry();
        entry.language = language;
        apply(entry, input);
        entry.position = MenuEntry.siblings(language, entry.parentId).stream().mapToInt(e -> e.position + 1).max().orElse(0);
        stamp(entry, who);
        entry.persistAndFlush();
        changed(who, "added", entry);
        return entry(entry.id);
    }

    /** Changes the label, target or parent; refused when someone else changed the entry since {@code input.version()}. */
    @Transactional
    public MenuEntryView edit(StaffMember who, long id, MenuEntryInput input) {
        who.require(Roles.ADMIN, WHAT);
        MenuEntry entry = find(id);
        if (input.version() == null) {
            throw InvalidFieldsException.of("version", "is required: send the version you edited");
        }
        if (input.version() != entry.version) {
            throw StaleVersionException.whileEditing("This menu entry", entry.version, entry.updatedBy, entry.updatedAt);
        }
        apply(entry, input);
        if (!Objects.equals(entry.parentId, input.parentId())) {
            placeUnder(entry, input.parentId());
        }
        stamp(entry, who);
        changed(who, "changed", entry);
        return entry(entry.id);
    }

    @Transactional
    public MenuEntryView move(StaffMember who, long id, Move move) {
        who.require(Roles.ADMIN, WHAT);
        MenuEntry entry = find(id);
        List<MenuEntry> siblings = ORDER.renumber(MenuEntry.siblings(entry.language, entry.parentId));
        int at = ORDER.indexOf(siblings, entry);
        switch (move) {
            case UP, DOWN -> {
                if (ORDER.swap(siblings, entry, move == Move.UP).isEmpty()) {
                    throw new ConflictException("“" + entry.label + "” is already the " + (move == Move.UP ? "first" : "last")
                            + " entry at its level.");
                }
            }
            case INDENT -> {
                if (at == 0) {
                    throw new ConflictException("“" + entry.label + "” has no entry above it to go under.");
                }
                placeUnder(entry, siblings.get(at - 1).id);
                stamp(entry, who);
            }
            case OUTDENT -> {
                if (entry.parentId == null) {
                    throw new ConflictException("“" + entry.label + "” is already at the top level.");
                }
                MenuEntry parent = find(entry.parentId);
                List<MenuEntry> newSiblings = ORDER.renumber(MenuEntry.siblings(entry.language, parent.parentId));
                for (MenuEntry later : newSiblings) {
                    if (later.position > parent.position) {
                        later.position++;
                    }
                }
                entry.parentId = parent.parentId;
                entry.position = parent.position + 1;
                ORDER.renumber(ORDER.without(siblings, entry));
                stamp(entry, who);
            }
        }
        changed(who, "moved " + move.name().toLowerCase(Locale.ROOT), entry);
        return entry(entry.id);
    }

    /** Deletes the entry with everything under it; answers the edition it was in. */
    @Transactional
    public String delete(StaffMember who, long id) {
        who.require(Roles.ADMIN, WHAT);
        MenuEntry entry = find(id);
        Map<Long, List<MenuEntry>> children = MenuEntry.listOfEdition(entry.language).stream()
                .filter(e -> e.parentId != null).collect(Collectors.groupingBy(e -> e.parentId));
        List<MenuEntry> subtree = new ArrayList<>();
        collect(entry, children, subtree);
        for (int i = subtree.size() - 1; i >= 0; i--) {
            subtree.get(i).delete();
        }
        MenuEntry.flush();
        ORDER.renumber(MenuEntry.siblings(entry.language, entry.parentId));
        changed(who, "deleted (with " + (subtree.size() - 1) + " sub-entries)", entry);
        return entry.language;
    }

    private static void collect(MenuEntry entry, Map<Long, List<MenuEntry>> children, List<MenuEntry> into) {
        into.add(entry);
        for (MenuEntry child : children.getOrDefault(entry.id, List.of())) {
            collect(child, children, into);
        }
    }

    // --- Rules ---

    private void apply(MenuEntry entry, MenuEntryInput input) {
        Map<String, String> errors = new LinkedHashMap<>();
        Long categoryId = null;
        Long itemId = null;
        String url = null;
        switch (input.target()) {
            case CATEGORY -> {
                Category category = input.categoryId() == null ? null : Category.findById(input.categoryId());
                if (category == null) {
                    errors.put("categoryId", input.categoryId() == null ? "choose a category" : "no category has id " + input.categoryId());
                } else if (!category.language.equals(entry.language)) {
                    errors.put("categoryId", "belongs to the " + category.language + " edition");
                } else {
                    categoryId = category.id;
                }
            }
            case PAGE, ITEM -> {
                boolean typed = input.itemId() == null && input.item() != null && !input.item().isBlank();
                String field = typed ? "item" : "itemId";
                Optional<ContentItem> item = Optional.empty();
                if (typed) {
                    ItemFinder.Reference found = finder.byReference(entry.language, input.item().strip());
                    item = found.item();
                    if (!found.alternatives().isEmpty()) {
                        errors.put("item", "several items have this slug; write one of " + String.join(", ", found.alternatives()));
                    }
                } else if (input.itemId() != null) {
                    item = Optional.ofNullable(ContentItem.findById(input.itemId()));
                }
                if (errors.isEmpty()) {
                    if (item.isEmpty()) {
                        errors.put(field, input.itemId() == null && !typed
                                ? (input.target() == MenuTarget.PAGE ? "choose a page" : "give an item's id, slug or address")
                                : "no item of the " + entry.language + " edition has " + (typed ? "this id, slug or address"
                                        : "id " + input.itemId()));
                    } else if (!item.get().language.equals(entry.language)) {
                        errors.put(field, "belongs to the " + item.get().language + " edition");
                    } else if (input.target() == MenuTarget.PAGE && item.get().kind != ContentKind.PAGE) {
                        errors.put(field, "is not a page");
                    } else {
                        itemId = item.get().id;
                    }
                }
            }
            case URL -> {
                url = input.url() == null ? "" : input.url().strip();
                if (!Urls.isHttp(url) && !Urls.isSitePath(url)) {
                    errors.put("url", "must be an absolute http:// or https:// URL or a path on this site starting with /");
                }
            }
            case NONE -> {
            }
        }
        if (input.parentId() != null) {
            MenuEntry parent = MenuEntry.findById(input.parentId());
            if (parent == null) {
                errors.put("parentId", "no menu entry has id " + input.parentId());
            } else if (!parent.language.equals(entry.language)) {
                errors.put("parentId", "belongs to the " + parent.language + " menu");
            } else if (entry.id != null && ORDER.formsCycle(entry.id, parent)) {
                errors.put("parentId", "would put the entry inside itself");
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidFieldsException(errors.entrySet().stream()
                    .map(e -> new FieldError(e.getKey(), e.getValue())).toList());
        }
        entry.label = input.label().strip();
        entry.target = input.target();
        entry.categoryId = categoryId;
        entry.itemId = itemId;
        entry.url = url;
        if (entry.id == null) {
            entry.parentId = input.parentId(); // an existing entry is moved into place by the caller
        }
    }

    /** Moves the entry to the end of {@code newParent}'s sub-entries, closing the gap it leaves. */
    private static void placeUnder(MenuEntry entry, Long newParent) {
        List<MenuEntry> old = MenuEntry.siblings(entry.language, entry.parentId);
        ORDER.renumber(ORDER.without(old, entry));
        List<MenuEntry> next = ORDER.renumber(MenuEntry.siblings(entry.language, newParent));
        entry.parentId = newParent;
        entry.position = next.size();
    }

    private void stamp(MenuEntry entry, StaffMember who) {
        if (entry.id != null) {
            entry.version++;
        }
        entry.updatedBy = who.username();
        entry.updatedAt = Instant.now(clock);
    }

    private void changed(StaffMember who, String what, MenuEntry entry) {
        LOG.infof("Menu (%s): %s %s entry %d “%s”", entry.language, who.username(), what, entry.id, entry.label);
        publicChange.fire(PublicChange.in(entry.language, "menu"));
    }

    private static MenuEntry find(long id) {
        MenuEntry entry = MenuEntry.findById(id);
        if (entry == null) {
            throw new NotFoundException("No menu entry has id " + id + ".");
        }
        return entry;
    }

    private static String requireEdition(String language) {
        if (language == null || !Edition.LANGUAGES.contains(language)) {
            throw new NotFoundException("There is no edition " + language + "; editions are " + Edition.LANGUAGES + ".");
        }
        return language;
    }


}
