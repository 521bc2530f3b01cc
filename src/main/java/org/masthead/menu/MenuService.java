package org.masthead.menu;

import org.masthead.shared.FieldError;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jboss.logging.Logger;
import org.masthead.shared.ConflictException;
import org.masthead.shared.InvalidFieldsException;
import org.masthead.shared.StaleVersionException;
import org.masthead.shared.Urls;
import org.masthead.content.ContentItem;
import org.masthead.shared.ContentKind;
import org.masthead.taxonomy.DigestSeries;
import org.masthead.shared.Edition;
import org.masthead.shared.SiblingOrder;
import org.masthead.security.Roles;
import org.masthead.security.StaffMember;
import org.masthead.shared.PublicChange;
import org.masthead.shared.PublicUrls;
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

    MenuService(Clock clock, Event<PublicChange> publicChange) {
        this.clock = clock;
        this.publicChange = publicChange;
    }

    // --- What readers see ---

    /** The menu of an edition as readers see it now; empty for an edition without one, 404 for no edition. */
    @Transactional
    public List<MenuNode> menu(String language) {
        Targets targets = targetsOf(MenuEntry.listOfEdition(requireEdition(language)), Instant.now(clock));
        return nodes(targets, null);
    }

    private List<MenuNode> nodes(Targets targets, Long parentId) {
        List<MenuNode> nodes = new ArrayList<>();
        for (MenuEntry entry : targets.children.getOrDefault(parentId, List.of())) {
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
        Targets targets = targetsOf(MenuEntry.listOfEdition(requireEdition(language)), Instant.now(clock));
        return views(targets, null, 0);
    }

    @Transactional
    public MenuEntryView entry(long id) {
        MenuEntry entry = find(id);
        Targets targets = targetsOf(MenuEntry.listOfEdition(entry.language), Instant.now(clock));
        return MenuEntryView.flatten(views(targets, null, 0)).stream().filter(v -> v.id() == id).findFirst().orElseThrow();
    }

    private List<MenuEntryView> views(Targets targets, Long parentId, int depth) {
        List<MenuEntry> siblings = targets.children.getOrDefault(parentId, List.of());
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
                Optional<ContentItem> item = typed ? findByReference(entry.language, input.item().strip(), errors)
                        : Optional.ofNullable(input.itemId()).map(given -> ContentItem.<ContentItem> findById(given));
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
                if (!Urls.isHttp(url) && !isSitePath(url)) {
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

    /**
     * The item an admin typed: its id, its slug (kinds told apart as "pages/about-us" when the slug
     * alone is ambiguous) or its reader address, absolute or not ("/ar/articles/…", "/digests/weekly/193").
     */
    private static Optional<ContentItem> findByReference(String language, String reference, Map<String, String> errors) {
        if (reference.matches("\\d{1,18}")) {
            return Optional.ofNullable(ContentItem.findById(Long.valueOf(reference)));
        }
        String path = reference;
        if (Urls.isHttp(reference)) {
            path = URI.create(reference.strip()).getRawPath();
        }
        List<String> segments = new ArrayList<>();
        for (String segment : path.split("/")) {
            if (!segment.isEmpty()) {
                segments.add(URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8));
            }
        }
        if (!segments.isEmpty() && !Edition.isRoot(language) && segments.get(0).equals(language)) {
            segments.remove(0);
        }
        if (segments.size() == 3 && segments.get(0).equals(ContentKind.DIGEST.collection()) && segments.get(2).matches("\\d{1,9}")) {
            Optional<DigestSeries> series = DigestSeries.findBySlug(language, segments.get(1));
            return series.flatMap(s -> ContentItem.find("seriesId = ?1 and issueNumber = ?2", s.id,
                    Integer.valueOf(segments.get(2))).firstResultOptional());
        }
        if (segments.size() == 2) {
            Optional<ContentKind> kind = ContentKind.ofCollection(segments.get(0));
            if (kind.isPresent()) {
                return ContentItem.find("language = ?1 and kind = ?2 and (slug = ?3 or liveSlug = ?3)", language, kind.get(),
                        segments.get(1)).firstResultOptional();
            }
        }
        if (segments.size() != 1) {
            return Optional.empty();
        }
        List<ContentItem> matches = ContentItem.list("language = ?1 and (slug = ?2 or liveSlug = ?2) order by kind", language,
                segments.get(0));
        if (matches.size() > 1) {
            errors.put("item", "several items have this slug; write one of "
                    + matches.stream().map(i -> i.kind.collection() + "/" + segments.get(0)).distinct()
                            .collect(Collectors.joining(", ")));
            return Optional.empty();
        }
        return matches.stream().findFirst();
    }

    /** A path on this site: "/", "/about", "/media?type=video"; not "//host" (another site) nor anything with spaces. */
    static boolean isSitePath(String url) {
        if (url == null || !url.startsWith("/") || url.startsWith("//") || url.contains("\\") || url.length() > 1000) {
            return false;
        }
        try {
            URI uri = new URI(url);
            return uri.getScheme() == null && uri.getRawAuthority() == null;
        } catch (URISyntaxException e) {
            return false;
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

    // --- Targets, loaded once per menu ---

    private static Targets targetsOf(List<MenuEntry> entries, Instant now) {
        Map<Long, List<MenuEntry>> children = new HashMap<>();
        for (MenuEntry entry : entries) {
            children.computeIfAbsent(entry.parentId, k -> new ArrayList<>()).add(entry);
        }
        Map<Long, Category> categories = byId(entries.stream().map(e -> e.categoryId).filter(Objects::nonNull).toList(),
                ids -> Category.<Category> list("id in ?1", ids), c -> c.id);
        Map<Long, ContentItem> items = byId(entries.stream().map(e -> e.itemId).filter(Objects::nonNull).toList(),
                ids -> ContentItem.<ContentItem> list("id in ?1", ids), i -> i.id);
        Map<Long, DigestSeries> series = byId(items.values().stream().map(i -> i.seriesId).filter(Objects::nonNull).toList(),
                ids -> DigestSeries.<DigestSeries> list("id in ?1", ids), s -> s.id);
        return new Targets(children, categories, items, series, now);
    }

    private static <T> Map<Long, T> byId(Collection<Long> ids, Function<Collection<Long>, List<T>> load, Function<T, Long> id) {
        return ids.isEmpty() ? Map.of() : load.apply(ids.stream().distinct().toList()).stream()
                .collect(Collectors.toMap(id, Function.identity()));
    }

    private record Targets(Map<Long, List<MenuEntry>> children, Map<Long, Category> categories, Map<Long, ContentItem> items,
            Map<Long, DigestSeries> series, Instant now) {

        /** Where the entry leads readers, whether or not they can open it now. */
        String href(MenuEntry entry) {
            return switch (entry.target) {
                case CATEGORY -> Optional.ofNullable(categories.get(entry.categoryId))
                        .map(c -> PublicUrls.category(c.language, c.slug)).orElse(null);
                case PAGE, ITEM -> Optional.ofNullable(items.get(entry.itemId)).map(this::itemHref).orElse(null);
                case URL -> entry.url;
                case NONE -> null;
            };
        }

        private String itemHref(ContentItem item) {
            if (item.kind == ContentKind.DIGEST) {
                DigestSeries s = item.seriesId == null ? null : series.get(item.seriesId);
                return s == null || item.issueNumber == null ? null : PublicUrls.digest(item.language, s.slug, item.issueNumber);
            }
            return PublicUrls.item(item.kind, item.language, item.liveSlug != null ? item.liveSlug : item.slug);
        }

        String title(MenuEntry entry) {
            return switch (entry.target) {
                case CATEGORY -> Optional.ofNullable(categories.get(entry.categoryId)).map(c -> c.name).orElse("(deleted category)");
                case PAGE, ITEM -> Optional.ofNullable(items.get(entry.itemId)).map(i -> i.title).orElse("(deleted item)");
                case URL -> entry.url;
                case NONE -> null;
            };
        }

        /** Why readers do not see this entry (and what is under it), or null when they do. */
        String hiddenBecause(MenuEntry entry) {
            return switch (entry.target) {
                case CATEGORY -> categories.containsKey(entry.categoryId) ? null : "its category was deleted";
                case PAGE, ITEM -> {
                    ContentItem item = items.get(entry.itemId);
                    yield item == null ? "its item was deleted"
                            : !item.isLiveAt(now) ? "“" + item.title + "” is not live for readers"
                            : item.kind == ContentKind.DIGEST && itemHref(item) == null ? "the digest has no series or number"
                            : null;
                }
                case URL -> null;
                case NONE -> children.getOrDefault(entry.id, List.of()).isEmpty() ? "a heading without sub-entries" : null;
            };
        }
    }
}
