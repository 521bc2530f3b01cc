package org.masthead.site;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.masthead.content.ContentItem;
import org.masthead.content.Byline;
import org.masthead.content.ContentKind;
import org.masthead.content.DigestContent;
import org.masthead.content.DigestSeries;
import org.masthead.content.SlugRedirect;
import org.masthead.media.Upload;
import org.masthead.revision.ItemSnapshot;
import org.masthead.revision.Revisions;
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
import org.hibernate.query.NativeQuery;

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
    private final Revisions revisions;

    ReaderContent(EntityManager em, Clock clock, Revisions revisions) {
        this.em = em;
        this.clock = clock;
        this.revisions = revisions;
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
        StringBuilder sql = new StringBuilder(TEASER);
        Map<String, Object> params = new HashMap<>();
        where(sql, params, language, scope, now);
        if (from != null) {
            sql.append(backwards ? " AND (i.live_from > :t OR (i.live_from = :t AND i.id > :id))"
                    : " AND (i.live_from < :t OR (i.live_from = :t AND i.id < :id))");
            params.put("t", from.liveFrom());
            params.put("id", from.id());
        }
        sql.append(backwards ? " ORDER BY i.live_from ASC, i.id ASC" : " ORDER BY i.live_from DESC, i.id DESC");
        Query query = teaserQuery(sql).setMaxResults(PAGE_SIZE + 1);
        if (from == null && request.page() > 1) {
            query.setFirstResult((request.page() - 1) * PAGE_SIZE);
        }
        params.forEach(query::setParameter);
        List<Row> rows = rows(query);
        boolean more = rows.size() > PAGE_SIZE;
        rows = new ArrayList<>(rows.subList(0, Math.min(rows.size(), PAGE_SIZE)));
        if (backwards) {
            java.util.Collections.reverse(rows);
        }
        int page = request.page();
        boolean hasNewer = backwards ? more : (from != null || page > 1);
        boolean hasOlder = backwards || more;
        String newer = null;
        String older = null;
        if (!rows.isEmpty()) {
            String and = path.contains("?") ? "&" : "?";
            if (hasNewer && page > 1) {
                newer = page == 2 ? path : path + and + "page=" + (page - 1) + "&after=" + PublicUrls.segment(rows.get(0).position().cursor());
            }
            if (hasOlder) {
                older = path + and + "page=" + (page + 1) + "&before=" + PublicUrls.segment(rows.get(rows.size() - 1).position().cursor());
            }
        }
        return new Listing(rows.stream().map(Row::teaser).toList(), page, newer, older);
    }

    /** The newest entries of an edition for the "Recent posts" sidebar and the feeds. */
    @Transactional
    public List<Teaser> newest(String language, Scope scope, int limit) {
        StringBuilder sql = new StringBuilder(TEASER);
        Map<String, Object> params = new HashMap<>();
        where(sql, params, language, scope, Instant.now(clock));
        sql.append(" ORDER BY i.live_from DESC, i.id DESC");
        Query query = teaserQuery(sql).setMaxResults(limit);
        params.forEach(query::setParameter);
        return rows(query).stream().map(Row::teaser).toList();
    }

    private static void where(StringBuilder sql, Map<String, Object> params, String language, Scope scope, Instant now) {
        if (scope.tagId() != null) {
            sql.append(" JOIN live_item_tag t ON t.item_id = i.id AND t.tag_id = :tag");
            params.put("tag", scope.tagId());
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
        if (scope.seriesId() != null) {
            sql.append(" AND e.series_id = :series");
            params.put("series", scope.seriesId());
        }
        if (scope.subtype() != null) {
            sql.append(" AND e.subtype = :subtype");
            params.put("subtype", scope.subtype());
        }
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
        NativeQuery<?> query = em.createNativeQuery("SELECT i.kind AS kind, i.language AS lang, i.live_slug AS slug,"
                + " i.live_from AS live_from, i.translation_group AS grp, s.slug AS series, e.issue_number AS issue"
                + " FROM content_item i LEFT JOIN live_entry e ON e.item_id = i.id"
                + " LEFT JOIN digest_series s ON s.id = e.series_id WHERE" + LIVE + " ORDER BY i.live_from DESC, i.id DESC")
                .unwrap(NativeQuery.class);
        query.addScalar("kind", String.class).addScalar("lang", String.class).addScalar("slug", String.class)
                .addScalar("live_from", Instant.class).addScalar("grp", Long.class).addScalar("series", String.class)
                .addScalar("issue", Integer.class);
        List<?> rows = query.setParameter("now", Instant.now(clock)).setMaxResults(limit).getResultList();
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
                href = PublicUrls.digest(language, (String) r[5], (Integer) r[6]);
            } else {
                href = PublicUrls.item(kind, language, (String) r[2]);
            }
            entries.add(new SitemapEntry(href, (Instant) r[3], (Long) r[4], language));
        }
        return entries;
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
        Optional<DigestSeries> series = DigestSeries.findBySlug(language, seriesSlug);
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
        return DigestSeries.findBySlug(language, slug);
    }

    @Transactional
    public Optional<Category> category(String language, String slug) {
        return Category.findBySlug(language, slug);
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
            ItemSnapshot working = revisions.snapshotOf(item);
            String href;
            if (item.kind == ContentKind.DIGEST) {
                DigestSeries series = DigestSeries.findById(working.digest().seriesId());
                href = PublicUrls.digest(item.language, series.slug, working.digest().number());
            } else {
                href = PublicUrls.item(item.kind, item.language, item.slug);
            }
            return page(item, working, href);
        });
    }

    private Item full(ContentItem item) {
        ItemSnapshot live = revisions.liveSnapshots(List.of(item)).get(item.id);
        String href;
        if (item.kind == ContentKind.DIGEST) {
            href = hrefs(List.of(item)).get(item.id);
        } else {
            href = PublicUrls.item(item.kind, item.language, item.liveSlug);
        }
        return page(item, live, href);
    }

    /**
     * An item's page from one of its revisions. Everything it links to — "Also read", digest
     * entries, translations — is resolved in one teaser query, which only finds live items.
     */
    private Item page(ContentItem item, ItemSnapshot view, String ownHref) {
        List<Long> relatedIds = view.related() == null ? List.of()
                : view.related().stream().map(r -> r.itemId()).filter(Objects::nonNull).toList();
        List<Long> entryIds = view.digest() == null ? List.of()
                : view.digest().sections().stream().flatMap(s -> s.items().stream()).map(DigestContent.Entry::itemId)
                        .filter(Objects::nonNull).toList();
        Map<Long, Teaser> linked = new HashMap<>();
        List<Teaser> translations = new ArrayList<>();
        if (!relatedIds.isEmpty() || !entryIds.isEmpty() || item.translationGroup != null) {
            StringBuilder sql = new StringBuilder(TEASER).append(" WHERE").append(LIVE).append(" AND (i.id IN (:ids)");
            if (item.translationGroup != null) {
                sql.append(" OR (i.translation_group = :group AND i.id <> :self)");
            }
            Query query = teaserQuery(sql.append(')')).setParameter("now", Instant.now(clock))
                    .setParameter("ids", relatedIds.isEmpty() && entryIds.isEmpty() ? List.of(-1L) : concat(relatedIds, entryIds));
            if (item.translationGroup != null) {
                query.setParameter("group", item.translationGroup).setParameter("self", item.id);
            }
            for (Row row : rows(query)) {
                linked.put(row.teaser().id(), row.teaser());
                if (row.group() != null && row.group().equals(item.translationGroup) && row.teaser().id() != item.id) {
                    translations.add(row.teaser());
                }
            }
        }

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

        List<Related> related = view.related() == null ? List.of() : view.related().stream().map(r -> {
            if (r.itemId() == null) {
                return new Related(r.title(), r.url(), r.teaser(), null, true);
            }
            Teaser t = linked.get(r.itemId());
            return t == null ? null : new Related(t.title(), t.href(), t.summary(), t.thumbnail(), false);
        }).filter(Objects::nonNull).toList();
        List<Alternate> alternates = translations.stream().sorted(Comparator.comparing(Teaser::language))
                .map(t -> new Alternate(t.language(), t.href())).toList();

        Digest digest = null;
        if (view.digest() != null) {
            DigestSeries series = DigestSeries.findById(view.digest().seriesId());
            digest = new Digest(series.title, PublicUrls.series(series.language, series.slug), view.digest().number(),
                    view.digest().issueDate(), view.digest().sections().stream().map(s -> new DigestSection(s.heading(),
                            s.items().stream().map(e -> e.itemId() != null
                                    ? new DigestEntry(e.text(), e.outlet(), linked.containsKey(e.itemId()) ? linked.get(e.itemId()).href() : null,
                                            false)
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
        List<Link> tags = view.tags() == null || view.tags().isEmpty() ? List.of()
                : Tag.<Tag> list("language = ?1 and name in ?2", item.language, view.tags()).stream()
                        .map(t -> new Link(t.name, PublicUrls.tag(t.language, t.slug))).toList();
        Category category = view.categoryId() == null ? null : Category.findById(view.categoryId());
        return new Item(item.id, item.kind, item.language, view.title(), ownHref, view.summary(), view.body(),
                category == null ? null : new Link(category.name, PublicUrls.category(category.language, category.slug)), tags,
                view.byline(), view.source(), item.publishedAt != null ? item.publishedAt : Instant.now(clock), item.liveFrom,
                image(uploads.get(view.featuredImageId())), related, alternates, digest, media, publication);
    }

    // ---------------------------------------------------------------- teasers

    /**
     * A teaser in one row: the item, its reader's index entry (title, summary, byline, thumbnail,
     * digest number), its category, digest series and thumbnail upload — joined on primary keys, so
     * a listing page is a single query however many entries it shows.
     */
    private static final String TEASER = "SELECT i.id AS id, i.kind AS kind, i.language AS lang, i.live_slug AS slug,"
            + " i.published_at AS published, i.live_from AS live_from, i.translation_group AS grp, e.title AS title,"
            + " e.summary AS summary, e.byline_author AS author, e.byline_outlet AS outlet, c.language AS c_lang,"
            + " c.slug AS c_slug, c.name AS c_name, s.slug AS series, e.issue_number AS issue, u.id AS u_id,"
            + " u.storage_key AS u_key, u.content_type AS u_type, u.alt_text AS u_alt, u.caption AS u_caption,"
            + " u.credit AS u_credit, u.width AS u_width, u.height AS u_height, i.comment_count AS comments"
            + " FROM content_item i JOIN live_entry e ON e.item_id = i.id"
            + " LEFT JOIN category c ON c.id = i.live_category_id"
            + " LEFT JOIN digest_series s ON s.id = e.series_id"
            + " LEFT JOIN upload u ON u.id = e.thumbnail_id";

    /** A teaser with its place in the newest-first order and its translation group. */
    private record Row(Teaser teaser, Position position, Long group) {
    }

    /** The teaser query with its columns typed, times as instants exactly as the entities map them. */
    private Query teaserQuery(CharSequence sql) {
        NativeQuery<?> query = em.createNativeQuery(sql.toString()).unwrap(NativeQuery.class);
        query.addScalar("id", Long.class).addScalar("kind", String.class).addScalar("lang", String.class)
                .addScalar("slug", String.class).addScalar("published", Instant.class).addScalar("live_from", Instant.class)
                .addScalar("grp", Long.class).addScalar("title", String.class).addScalar("summary", String.class)
                .addScalar("author", String.class).addScalar("outlet", String.class).addScalar("c_lang", String.class)
                .addScalar("c_slug", String.class).addScalar("c_name", String.class).addScalar("series", String.class)
                .addScalar("issue", Integer.class).addScalar("u_id", Long.class).addScalar("u_key", String.class)
                .addScalar("u_type", String.class).addScalar("u_alt", String.class).addScalar("u_caption", String.class)
                .addScalar("u_credit", String.class).addScalar("u_width", Integer.class).addScalar("u_height", Integer.class)
                .addScalar("comments", Integer.class);
        return query;
    }

    private static List<Row> rows(Query query) {
        List<Row> rows = new ArrayList<>();
        for (Object result : query.getResultList()) {
            Object[] r = (Object[]) result;
            long id = (Long) r[0];
            ContentKind kind = ContentKind.valueOf((String) r[1]);
            String language = (String) r[2];
            String href;
            if (kind == ContentKind.DIGEST) {
                if (r[14] == null || r[15] == null) {
                    continue;
                }
                href = PublicUrls.digest(language, (String) r[14], (Integer) r[15]);
            } else {
                href = PublicUrls.item(kind, language, (String) r[3]);
            }
            Link category = r[13] == null ? null : new Link((String) r[13], PublicUrls.category((String) r[11], (String) r[12]));
            Byline byline = r[9] == null ? null : new Byline((String) r[9], (String) r[10]);
            Image thumbnail = r[16] == null || !((String) r[18]).startsWith("image/") ? null
                    : new Image("/uploads/" + r[16] + "/" + r[17], (String) r[19], (String) r[20], (String) r[21], (Integer) r[22],
                            (Integer) r[23]);
            rows.add(new Row(new Teaser(id, kind, language, (String) r[7], href, (String) r[8], category, byline, (Instant) r[4],
                    thumbnail, (Integer) r[24]), new Position((Instant) r[5], id), (Long) r[6]));
        }
        return rows;
    }

    /** Teasers of those of {@code ids} that are live now, in the order of {@code ids}. */
    List<Teaser> teasers(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Teaser> byId = new HashMap<>();
        rows(teaserQuery(TEASER + " WHERE i.id IN (:ids) AND" + LIVE).setParameter("ids", ids).setParameter("now", Instant.now(clock)))
                .forEach(row -> byId.put(row.teaser().id(), row.teaser()));
        return ids.stream().distinct().map(byId::get).filter(Objects::nonNull).toList();
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
