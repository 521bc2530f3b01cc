package org.masthead.site;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.masthead.content.ContentItem;
import org.masthead.content.ContentKind;
import org.masthead.content.ContentService;
import org.masthead.content.DigestContent;
import org.masthead.content.DigestSeries;
import org.masthead.content.ItemView;
import org.masthead.content.SlugRedirect;
import org.masthead.media.Upload;
import org.masthead.site.ReaderViews.Alternate;
import org.masthead.site.ReaderViews.Digest;
import org.masthead.site.ReaderViews.DigestEntry;
import org.masthead.site.ReaderViews.DigestSection;
import org.masthead.site.ReaderViews.Image;
import org.masthead.site.ReaderViews.Item;
import org.masthead.site.ReaderViews.Link;
import org.masthead.site.ReaderViews.Listing;
import org.masthead.site.ReaderViews.Media;
import org.masthead.site.ReaderViews.Publication;
import org.masthead.site.ReaderViews.Related;
import org.masthead.site.ReaderViews.Teaser;
import org.masthead.taxonomy.Category;
import org.masthead.taxonomy.Tag;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

/**
 * Everything readers may see, and nothing else: only items live now (published, went live, not
 * expired), as their live revisions show them. Listings page by keyset on (live_from, id), so a
 * deep page costs what the first costs and publishing meanwhile does not shift the pages.
 */
@ApplicationScoped
public class ReaderContent {

    public static final int PAGE_SIZE = 10;
    /** Kinds that appear in the newest-first listings; static pages do not. */
    static final Set<ContentKind> LISTED = Set.of(ContentKind.ARTICLE, ContentKind.DIGEST, ContentKind.MEDIA,
            ContentKind.PUBLICATION);
    private static final String LIVE = " i.live_revision IS NOT NULL AND i.live_from <= :now"
            + " AND (i.live_until IS NULL OR i.live_until > :now)";

    private final EntityManager em;
    private final Clock clock;
    private final ContentService content;

    ReaderContent(EntityManager em, Clock clock, ContentService content) {
        this.em = em;
        this.clock = clock;
        this.content = content;
    }

    /** What a listing is narrowed to. */
    public record Scope(Set<ContentKind> kinds, List<Long> categoryIds, Long tagId, Long seriesId, String subtype) {

        public static Scope of(Set<ContentKind> kinds) {
            return new Scope(kinds, null, null, null, null);
        }

        public static Scope category(List<Long> ids) {
            return new Scope(LISTED, ids, null, null, null);
        }

        public static Scope tag(long id) {
            return new Scope(LISTED, null, id, null, null);
        }

        public static Scope series(long id) {
            return new Scope(Set.of(ContentKind.DIGEST), null, null, id, null);
        }

        public static Scope subtype(ContentKind kind, String subtype) {
            return new Scope(Set.of(kind), null, null, null, subtype);
        }
    }

    /**
     * Where a listing page starts: after the last entry of the older page's predecessor
     * ({@code before}), before the first of the newer one ({@code after}), or, for an address typed by
     * hand, a page number alone.
     */
    public record PageRequest(int page, Position before, Position after) {

        public static PageRequest parse(String page, String before, String after) {
            int number = 1;
            if (page != null && !page.isBlank()) {
                try {
                    number = Integer.parseInt(page.strip());
                } catch (NumberFormatException e) {
                    throw new BadPageException();
                }
                if (number < 1 || number > 100_000) {
                    throw new BadPageException();
                }
            }
            return new PageRequest(number, Position.parse(before), Position.parse(after));
        }
    }

    /** A listing position: the time an entry went live and its id. */
    public record Position(Instant liveFrom, long id) {

        static Position parse(String cursor) {
            if (cursor == null || cursor.isBlank()) {
                return null;
            }
            int split = cursor.lastIndexOf('_');
            try {
                return new Position(Instant.parse(cursor.substring(0, split)), Long.parseLong(cursor.substring(split + 1)));
            } catch (IndexOutOfBoundsException | DateTimeParseException | NumberFormatException e) {
                throw new BadPageException();
            }
        }

        String cursor() {
            return liveFrom + "_" + id;
        }
    }

    /** A page parameter or cursor this site never gave out. */
    public static class BadPageException extends RuntimeException {
        BadPageException() {
            super("Not a page of this listing", null, false, false);
        }
    }

    // ---------------------------------------------------------------- listings

    @Transactional
    public Listing list(String language, Scope scope, PageRequest request, String path) {
        Instant now = Instant.now(clock);
        boolean backwards = request.after() != null;
        Position from = backwards ? request.after() : request.before();
        StringBuilder sql = new StringBuilder("SELECT i.id FROM content_item i");
        Map<String, Object> params = new HashMap<>();
        where(sql, params, language, scope, now);
        if (from != null) {
            sql.append(backwards ? " AND (i.live_from > :t OR (i.live_from = :t AND i.id > :id))"
                    : " AND (i.live_from < :t OR (i.live_from = :t AND i.id < :id))");
            params.put("t", from.liveFrom());
            params.put("id", from.id());
        }
        sql.append(backwards ? " ORDER BY i.live_from ASC, i.id ASC" : " ORDER BY i.live_from DESC, i.id DESC");
        Query query = em.createNativeQuery(sql.toString()).setMaxResults(PAGE_SIZE + 1);
        if (from == null && request.page() > 1) {
            query.setFirstResult((request.page() - 1) * PAGE_SIZE);
        }
        params.forEach(query::setParameter);
        List<Long> ids = longs(query.getResultList());
        boolean more = ids.size() > PAGE_SIZE;
        ids = new ArrayList<>(ids.subList(0, Math.min(ids.size(), PAGE_SIZE)));
        if (backwards) {
            java.util.Collections.reverse(ids);
        }
        List<ContentItem> items = load(ids);
        List<Teaser> teasers = teasers(items);
        int page = request.page();
        boolean hasNewer = backwards ? more : (from != null || page > 1);
        boolean hasOlder = backwards || more;
        String newer = null;
        String older = null;
        if (!items.isEmpty()) {
            ContentItem first = items.get(0);
            ContentItem last = items.get(items.size() - 1);
            String and = path.contains("?") ? "&" : "?";
            if (hasNewer && page > 1) {
                newer = page == 2 ? path : path + and + "page=" + (page - 1) + "&after="
                        + PublicUrls.segment(new Position(first.liveFrom, first.id).cursor());
            }
            if (hasOlder) {
                older = path + and + "page=" + (page + 1) + "&before=" + PublicUrls.segment(new Position(last.liveFrom, last.id).cursor());
            }
        }
        return new Listing(teasers, page, newer, older);
    }

    /** The newest entries of an edition for the "Recent posts" sidebar and the feeds. */
    @Transactional
    public List<Teaser> newest(String language, Scope scope, int limit) {
        StringBuilder sql = new StringBuilder("SELECT i.id FROM content_item i");
        Map<String, Object> params = new HashMap<>();
        where(sql, params, language, scope, Instant.now(clock));
        sql.append(" ORDER BY i.live_from DESC, i.id DESC");
        Query query = em.createNativeQuery(sql.toString()).setMaxResults(limit);
        params.forEach(query::setParameter);
        return teasers(load(longs(query.getResultList())));
    }

    private static void where(StringBuilder sql, Map<String, Object> params, String language, Scope scope, Instant now) {
        if (scope.tagId() != null) {
            sql.append(" JOIN live_item_tag t ON t.item_id = i.id AND t.tag_id = :tag");
            params.put("tag", scope.tagId());
        }
        if (scope.seriesId() != null || scope.subtype() != null) {
            sql.append(" JOIN live_entry e ON e.item_id = i.id");
            if (scope.seriesId() != null) {
                sql.append(" AND e.series_id = :series");
                params.put("series", scope.seriesId());
            }
            if (scope.subtype() != null) {
                sql.append(" AND e.subtype = :subtype");
                params.put("subtype", scope.subtype());
            }
        }
        sql.append(" WHERE");
        if (language != null) {
            sql.append(" i.language = :language AND");
            params.put("language", language);
        }
        sql.append(LIVE);
        params.put("now", now);
        sql.append(" AND i.kind IN (:kinds)");
        params.put("kinds", scope.kinds().stream().map(Enum::name).toList());
        if (scope.categoryIds() != null) {
            if (scope.categoryIds().size() == 1) {
                sql.append(" AND i.live_category_id = :category");
                params.put("category", scope.categoryIds().get(0));
            } else {
                sql.append(" AND i.live_category_id IN (:categories)");
                params.put("categories", scope.categoryIds());
            }
        }
    }

    /** An entry of the sitemap: a live item's address, when it last went live, and its translation group. */
    public record SitemapEntry(String href, Instant modified, Long group, String language) {
    }

    /** Every live item of every edition, newest first, up to {@code limit} (a sitemap holds 50,000 addresses). */
    @Transactional
    public List<SitemapEntry> sitemap(int limit) {
        List<?> rows = em.createNativeQuery("SELECT i.kind, i.language, i.live_slug, i.live_from, i.translation_group,"
                + " s.slug, e.issue_number FROM content_item i LEFT JOIN live_entry e ON e.item_id = i.id"
                + " LEFT JOIN digest_series s ON s.id = e.series_id WHERE" + LIVE + " ORDER BY i.live_from DESC, i.id DESC")
                .setParameter("now", Instant.now(clock)).setMaxResults(limit).getResultList();
        List<SitemapEntry> entries = new ArrayList<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            ContentKind kind = ContentKind.valueOf((String) r[0]);
            String language = (String) r[1];
            String href;
            if (kind == ContentKind.DIGEST) {
                if (r[5] == null) {
                    continue;
                }
                href = PublicUrls.digest(language, (String) r[5], ((Number) r[6]).intValue());
            } else {
                href = PublicUrls.item(kind, language, (String) r[2]);
            }
            entries.add(new SitemapEntry(href, instant(r[3]), r[4] == null ? null : ((Number) r[4]).longValue(), language));
        }
        return entries;
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof java.time.LocalDateTime l) {
            return l.atZone(java.time.ZoneId.systemDefault()).toInstant();
        }
        return null;
    }

    // ---------------------------------------------------------------- single items

    /** The answer to a reader's address: the item, where it moved, that it is gone, or nothing. */
    public sealed interface Lookup {
        record Found(Item item) implements Lookup {
        }

        record Moved(String href) implements Lookup {
        }

        /** The address once showed a live item that is no longer published. */
        record Gone() implements Lookup {
        }

        record Missing() implements Lookup {
        }
    }

    @Transactional
    public Lookup item(ContentKind kind, String language, String slug) {
        Instant now = Instant.now(clock);
        Optional<ContentItem> live = ContentItem
                .<ContentItem> find("language = ?1 and kind = ?2 and liveSlug = ?3 and liveRevision is not null", language, kind, slug)
                .stream().filter(item -> item.isLiveAt(now)).findFirst();
        if (live.isPresent()) {
            return new Lookup.Found(full(live.get()));
        }
        Optional<ContentItem> redirected = SlugRedirect.find(language, kind, slug)
                .flatMap(redirect -> ContentItem.<ContentItem> findByIdOptional(redirect.itemId));
        if (redirected.isPresent()) {
            return redirected.get().isLiveAt(now) ? new Lookup.Moved(hrefs(List.of(redirected.get())).get(redirected.get().id))
                    : new Lookup.Gone();
        }
        return new Lookup.Missing();
    }

    @Transactional
    public Lookup digest(String language, String seriesSlug, int number) {
        Optional<DigestSeries> series = DigestSeries.find("language = ?1 and slug = ?2", language, seriesSlug).firstResultOptional();
        if (series.isEmpty()) {
            return new Lookup.Missing();
        }
        Query query = em.createNativeQuery("SELECT i.id FROM content_item i JOIN live_entry e ON e.item_id = i.id"
                + " WHERE e.series_id = :series AND e.issue_number = :number AND" + LIVE)
                .setParameter("series", series.get().id).setParameter("number", number).setParameter("now", Instant.now(clock));
        List<Long> ids = longs(query.getResultList());
        return ids.isEmpty() ? new Lookup.Missing() : new Lookup.Found(full(ContentItem.findById(ids.get(0))));
    }

    @Transactional
    public Optional<DigestSeries> series(String language, String slug) {
        return DigestSeries.find("language = ?1 and slug = ?2", language, slug).firstResultOptional();
    }

    @Transactional
    public Optional<Category> category(String language, String slug) {
        return Category.find("language = ?1 and slug = ?2", language, slug).firstResultOptional();
    }

    /** The category and all categories nested under it: a category's listing shows theirs too. */
    @Transactional
    public List<Long> withDescendants(Category root) {
        List<Category> all = Category.list("language", root.language);
        List<Long> ids = new ArrayList<>(List.of(root.id));
        for (int i = 0; i < ids.size(); i++) {
            Long parent = ids.get(i);
            all.stream().filter(c -> parent.equals(c.parentId)).forEach(c -> ids.add(c.id));
        }
        return ids;
    }

    @Transactional
    public Optional<Tag> tag(String language, String slug) {
        return Tag.findBySlug(language, slug);
    }

    /**
     * The working copy of an item as its page would show it once approved: the staff preview and
     * the reviewer's signed preview link. Links in it lead only to live items.
     */
    @Transactional
    public Optional<Item> preview(long id) {
        return ContentItem.<ContentItem> findByIdOptional(id).map(item -> {
            ItemView view = content.views(item);
            String href;
            if (item.kind == ContentKind.DIGEST) {
                DigestSeries series = DigestSeries.findById(view.digest().seriesId());
                href = PublicUrls.digest(item.language, series.slug, view.digest().number());
            } else {
                href = PublicUrls.item(item.kind, item.language, item.slug);
            }
            return page(item, view, href);
        });
    }

    private Item full(ContentItem item) {
        return page(item, content.liveViews(List.of(item)).get(0), null);
    }

    private Item page(ContentItem item, ItemView view, String ownHref) {
        List<Long> relatedIds = view.related().stream().map(r -> r.itemId()).filter(Objects::nonNull).toList();
        List<Long> entryIds = view.digest() == null ? List.of()
                : view.digest().sections().stream().flatMap(s -> s.items().stream()).map(DigestContent.Entry::itemId)
                        .filter(Objects::nonNull).toList();
        Instant now = Instant.now(clock);
        List<ContentItem> linked = load(concat(relatedIds, entryIds, view.translations().stream().map(ItemView.Translation::id).toList()))
                .stream().filter(i -> i.isLiveAt(now)).toList();
        Map<Long, ContentItem> linkedById = linked.stream().collect(Collectors.toMap(i -> i.id, Function.identity()));
        Map<Long, String> hrefs = hrefs(concat(ownHref == null ? List.of(item) : List.of(), linked));
        if (ownHref != null) {
            hrefs.put(item.id, ownHref);
        }
        Map<Long, Teaser> relatedTeasers = teasers(linked.stream().filter(i -> relatedIds.contains(i.id)).toList()).stream()
                .collect(Collectors.toMap(Teaser::id, Function.identity()));

        List<Long> imageIds = new ArrayList<>();
        imageIds.add(view.featuredImageId());
        if (view.media() != null && view.media().imageIds() != null) {
            imageIds.addAll(view.media().imageIds());
        }
        if (view.publication() != null) {
            imageIds.add(view.publication().coverImageId());
            imageIds.add(view.publication().pdfId());
        }
        Map<Long, Upload> uploads = uploads(imageIds);

        List<Related> related = view.related().stream().map(r -> {
            if (r.itemId() == null) {
                return new Related(r.title(), r.url(), r.teaser(), null, true);
            }
            Teaser t = relatedTeasers.get(r.itemId());
            return t == null ? null : new Related(t.title(), t.href(), t.summary(), t.thumbnail(), false);
        }).filter(Objects::nonNull).toList();
        List<Alternate> translations = view.translations().stream().filter(t -> hrefs.containsKey(t.id()))
                .map(t -> new Alternate(t.language(), hrefs.get(t.id()))).toList();

        Digest digest = null;
        if (view.digest() != null) {
            DigestSeries series = DigestSeries.findById(view.digest().seriesId());
            digest = new Digest(series.title, PublicUrls.series(series.language, series.slug), view.digest().number(),
                    view.digest().issueDate(), view.digest().sections().stream().map(s -> new DigestSection(s.heading(),
                            s.items().stream().map(e -> e.itemId() != null
                                    ? new DigestEntry(e.text(), e.outlet(), hrefs.get(e.itemId()), false)
                                    : new DigestEntry(e.text(), e.outlet(), e.url(), e.url() != null)).toList()))
                            .toList());
        }
        Media media = view.media() == null ? null
                : new Media(view.media().type(), view.media().imageIds() == null ? List.of()
                        : view.media().imageIds().stream().map(uploads::get).filter(Objects::nonNull).map(ReaderContent::image).toList(),
                        view.media().videoUrl());
        Publication publication = null;
        if (view.publication() != null) {
            Upload pdf = uploads.get(view.publication().pdfId());
            publication = new Publication(view.publication().type(), image(uploads.get(view.publication().coverImageId())),
                    pdf == null ? null : url(pdf), pdf == null ? null : pdf.fileName, pdf == null ? 0 : pdf.sizeBytes,
                    view.publication().issue(), view.publication().isbn());
        }
        List<Link> tags = view.tags().isEmpty() ? List.of()
                : Tag.<Tag> list("language = ?1 and name in ?2", item.language, view.tags()).stream()
                        .map(t -> new Link(t.name, PublicUrls.tag(t.language, t.slug))).toList();
        Map<Long, Category> categories = categories(List.of(item), view.categoryId());
        return new Item(item.id, item.kind, item.language, view.title(), hrefs.get(item.id), view.summary(), view.body(),
                categoryLink(categories.get(view.categoryId())), tags, view.byline(), view.source(),
                item.publishedAt != null ? item.publishedAt : Instant.now(clock), item.liveFrom,
                image(uploads.get(view.featuredImageId())), related, translations, digest, media, publication);
    }

    // ---------------------------------------------------------------- shared resolution

    List<Teaser> teasers(List<ContentItem> items) {
        if (items.isEmpty()) {
            return List.of();
        }
        Map<Long, ItemView> views = content.liveViews(items).stream().collect(Collectors.toMap(ItemView::id, Function.identity()));
        Map<Long, String> hrefs = hrefs(items);
        Map<Long, Category> categories = categories(items);
        Map<Long, Upload> thumbnails = uploads(views.values().stream().map(ReaderContent::thumbnailId).toList());
        List<Teaser> teasers = new ArrayList<>();
        for (ContentItem item : items) {
            ItemView view = views.get(item.id);
            if (view == null) {
                continue;
            }
            teasers.add(new Teaser(item.id, item.kind, view.title(), hrefs.get(item.id), view.summary(),
                    categoryLink(categories.get(item.liveCategoryId)), view.byline(), item.publishedAt,
                    image(thumbnails.get(thumbnailId(view)))));
        }
        return teasers;
    }

    private static Long thumbnailId(ItemView view) {
        if (view.featuredImageId() != null) {
            return view.featuredImageId();
        }
        if (view.media() != null && view.media().imageIds() != null && !view.media().imageIds().isEmpty()) {
            return view.media().imageIds().get(0);
        }
        return view.publication() != null ? view.publication().coverImageId() : null;
    }

    /** Readers' addresses of live items; a digest's is its series and its live issue number. */
    Map<Long, String> hrefs(Collection<ContentItem> items) {
        Map<Long, String> hrefs = new HashMap<>();
        List<Long> digests = new ArrayList<>();
        for (ContentItem item : items) {
            if (item.kind == ContentKind.DIGEST) {
                digests.add(item.id);
            } else {
                hrefs.put(item.id, PublicUrls.item(item.kind, item.language, item.liveSlug));
            }
        }
        if (!digests.isEmpty()) {
            List<?> rows = em.createNativeQuery("SELECT e.item_id, s.language, s.slug, e.issue_number FROM live_entry e"
                    + " JOIN digest_series s ON s.id = e.series_id WHERE e.item_id IN (:ids)").setParameter("ids", digests)
                    .getResultList();
            for (Object row : rows) {
                Object[] r = (Object[]) row;
                hrefs.put(((Number) r[0]).longValue(), PublicUrls.digest((String) r[1], (String) r[2], ((Number) r[3]).intValue()));
            }
        }
        return hrefs;
    }

    private static Map<Long, Category> categories(List<ContentItem> items, Long... more) {
        List<Long> ids = java.util.stream.Stream.concat(items.stream().map(i -> i.liveCategoryId), java.util.Arrays.stream(more))
                .filter(Objects::nonNull).distinct().toList();
        Map<Long, Category> byId = new HashMap<>();
        if (!ids.isEmpty()) {
            Category.<Category> list("id in ?1", ids).forEach(c -> byId.put(c.id, c));
        }
        return byId;
    }

    private static Link categoryLink(Category category) {
        return category == null ? null : new Link(category.name, PublicUrls.category(category.language, category.slug));
    }

    private static Map<Long, Upload> uploads(List<Long> ids) {
        List<Long> wanted = ids.stream().filter(Objects::nonNull).distinct().toList();
        Map<Long, Upload> byId = new HashMap<>();
        if (!wanted.isEmpty()) {
            Upload.<Upload> list("id in ?1", wanted).forEach(u -> byId.put(u.id, u));
        }
        return byId;
    }

    static Image image(Upload upload) {
        return upload == null || !upload.isImage() ? null
                : new Image(url(upload), upload.altText, upload.caption, upload.credit, upload.width, upload.height);
    }

    private static String url(Upload upload) {
        return "/uploads/" + upload.id + "/" + upload.storageKey;
    }

    /** Items by id, in the order of {@code ids}. */
    static List<ContentItem> load(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, ContentItem> byId = new LinkedHashMap<>();
        ContentItem.<ContentItem> list("id in ?1", ids).forEach(i -> byId.put(i.id, i));
        return ids.stream().distinct().map(byId::get).filter(Objects::nonNull).toList();
    }

    static List<Long> longs(List<?> rows) {
        return rows.stream().map(r -> ((Number) r).longValue()).toList();
    }

    @SafeVarargs
    private static <T> List<T> concat(List<? extends T>... lists) {
        List<T> all = new ArrayList<>();
        for (List<? extends T> list : lists) {
            all.addAll(list);
        }
        return all;
    }
}
