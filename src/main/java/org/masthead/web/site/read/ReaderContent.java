package org.masthead.web.site.read;

import org.masthead.shared.PublicUrls;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.masthead.content.Byline;
import org.masthead.content.ContentConfig;
import org.masthead.content.MediaContent;
import org.masthead.shared.Urls;
import org.masthead.content.ContentItem;
import org.masthead.shared.ContentKind;
import org.masthead.content.DigestContent;
import org.masthead.content.LivePosition;
import org.masthead.media.MediaLinks;
import org.masthead.media.Upload;
import org.masthead.content.ItemSnapshot;
import org.masthead.content.Revisions;
import org.masthead.web.site.read.ReaderViews.Alternate;
import org.masthead.web.site.read.ReaderViews.Digest;
import org.masthead.web.site.read.ReaderViews.DigestEntry;
import org.masthead.web.site.read.ReaderViews.DigestSection;
import org.masthead.web.site.read.ReaderViews.Image;
import org.masthead.web.site.read.ReaderViews.Item;
import org.masthead.web.site.read.ReaderViews.Link;
import org.masthead.web.site.read.ReaderViews.Listing;
import org.masthead.web.site.read.ReaderViews.Media;
import org.masthead.web.site.read.ReaderViews.Publication;
import org.masthead.web.site.read.ReaderViews.Related;
import org.masthead.web.site.read.ReaderViews.Teaser;
import org.masthead.web.site.read.ReaderViews.Term;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Everything readers may see, and nothing else: only items live now (published, went live, not
 * expired), as their live revisions show them. Listings page by keyset on (live_from, id), so a
 * deep page costs what the first costs and publishing meanwhile does not shift the pages. Reads go
 * through {@link ReaderSql}: a listing is one statement, an article one more for each kind of thing
 * it links to (other items, pictures, tags) that it has.
 */
@ApplicationScoped
public class ReaderContent {

    public static final int PAGE_SIZE = 10;
    /** Kinds that appear in the newest-first listings; static pages do not. */
    public static final Set<ContentKind> LISTED = Set.of(ContentKind.ARTICLE, ContentKind.DIGEST, ContentKind.MEDIA,
            ContentKind.PUBLICATION);
    /** Live now: its two placeholders take {@link #now()} (twice, as a list). */
    static final String LIVE = " i.live_revision IS NOT NULL AND i.live_from <= ? AND (i.live_until IS NULL OR i.live_until > ?)";

    private final ReaderSql sql;
    private final Clock clock;
    private final Revisions revisions;
    private final ContentConfig content;
    private final MediaLinks links;

    ReaderContent(ReaderSql sql, Clock clock, Revisions revisions, ContentConfig content, MediaLinks links) {
        this.content = content;
        this.links = links;
        this.sql = sql;
        this.clock = clock;
        this.revisions = revisions;
    }

    /** The parameters of {@link #LIVE}. */
    List<Instant> now() {
        Instant now = Instant.now(clock);
        return List.of(now, now);
    }

    // ---------------------------------------------------------------- listings

    public Listing list(String language, Scope scope, PageRequest request, String path) {
        boolean backwards = request.after() != null;
        LivePosition from = backwards ? request.after() : request.before();
        StringBuilder query = new StringBuilder(TEASER);
        List<Object> params = new ArrayList<>();
        where(query, params, language, scope);
        if (from != null) {
            query.append(backwards ? " AND (i.live_from > ? OR (i.live_from = ? AND i.id > ?))"
                    : " AND (i.live_from < ? OR (i.live_from = ? AND i.id < ?))");
            params.addAll(List.of(from.liveFrom(), from.liveFrom(), from.id()));
        }
        query.append(backwards ? " ORDER BY i.live_from ASC, i.id ASC" : " ORDER BY i.live_from DESC, i.id DESC").append(" LIMIT ?");
        params.add(PAGE_SIZE + 1);
        if (from == null && request.page() > 1) {
            query.append(" OFFSET ?");
            params.add((request.page() - 1) * PAGE_SIZE);
        }
        List<Row> rows = rows(query, params);
        boolean more = rows.size() > PAGE_SIZE;
        rows = new ArrayList<>(rows.subList(0, Math.min(rows.size(), PAGE_SIZE)));
        if (backwards) {
            Collections.reverse(rows);
        }
        Pager pager = Pager.of(path, request, more, rows.stream().map(Row::position).toList());
        return new Listing(rows.stream().map(Row::teaser).toList(), request.page(), pager.newer(), pager.older());
    }

    /** The newest entries of an edition for the "Recent posts" sidebar and the feeds. */
    public List<Teaser> newest(String language, Scope scope, int limit) {
        StringBuilder query = new StringBuilder(TEASER);
        List<Object> params = new ArrayList<>();
        where(query, params, language, scope);
        query.append(" ORDER BY i.live_from DESC, i.id DESC LIMIT ?");
        params.add(limit);
        return rows(query, params).stream().map(Row::teaser).toList();
    }

    private void where(StringBuilder query, List<Object> params, String language, Scope scope) {
        if (scope.tagId() != null) {
            query.append(" JOIN live_item_tag t ON t.item_id = i.id AND t.tag_id = ?");
            params.add(scope.tagId());
        }
        query.append(" WHERE");
        if (language != null) {
            query.append(" i.language = ? AND");
            params.add(language);
        }
        query.append(LIVE);
        params.add(now());
        List<String> kinds = scope.kinds().stream().map(Enum::name).sorted().toList();
        query.append(" AND i.kind IN (").append(ReaderSql.marks(kinds.size())).append(')');
        params.add(kinds);
        if (scope.seriesId() != null) {
            query.append(" AND e.series_id = ?");
            params.add(scope.seriesId());
        }
        if (scope.subtype() != null) {
            query.append(" AND e.subtype = ?");
            params.add(scope.subtype());
        }
        if (scope.categoryIds() != null) {
            query.append(" AND i.live_category_id IN (").append(ReaderSql.marks(scope.categoryIds().size())).append(')');
            params.add(scope.categoryIds());
        }
    }

    /** A reader's address; a digest's is its series and its live issue number (none while either is missing). */
    static String href(ContentKind kind, String language, String slug, String series, Integer issue) {
        if (kind == ContentKind.DIGEST) {
            return series == null || issue == null ? null : PublicUrls.digest(language, series, issue);
        }
        return PublicUrls.item(kind, language, slug);
    }

    // ---------------------------------------------------------------- single items

    /** What a page needs of the item itself besides its revision: who it is, when, where it is filed. */
    private record Head(long id, ContentKind kind, String language, Long translationGroup, Instant publishedAt, Instant liveFrom,
            int comments, Link category) {
    }

    /** A live item with its live revision and category, in one row. */
    private static final String LIVE_ITEM = "SELECT i.id, i.kind, i.language, i.translation_group, i.published_at, i.live_from,"
            + " i.comment_count, r.snapshot, c.name AS c_name, c.language AS c_lang, c.slug AS c_slug FROM content_item i"
            + " JOIN revision r ON r.item_id = i.id AND r.number = i.live_revision"
            + " LEFT JOIN category c ON c.id = i.live_category_id";

    private record LiveRow(Head head, String snapshot) {
    }

    private static LiveRow liveRow(ResultSet row) throws SQLException {
        return new LiveRow(new Head(row.getLong("id"), ContentKind.valueOf(row.getString("kind")), row.getString("language"),
                ReaderSql.longOrNull(row, "translation_group"), ReaderSql.instant(row, "published_at"), ReaderSql.instant(row, "live_from"),
                row.getInt("comment_count"), category(row)), row.getString("snapshot"));
    }

    /** The category link of a row that has the category's c_name, c_lang and c_slug (none when c_name is null). */
    private static Link category(ResultSet row) throws SQLException {
        String name = row.getString("c_name");
        return name == null ? null : new Link(name, PublicUrls.category(row.getString("c_lang"), row.getString("c_slug")));
    }

    /** A digest series as an issue's page and address need it. */
    private record Series(String title, String language, String slug) {
    }

    private Optional<Series> series(long id) {
        return sql.first("SELECT title, language, slug FROM digest_series WHERE id = ?",
                row -> new Series(row.getString("title"), row.getString("language"), row.getString("slug")), id);
    }

    public Lookup item(ContentKind kind, String language, String slug) {
        Optional<LiveRow> live = sql.first(LIVE_ITEM + " WHERE i.language = ? AND i.kind = ? AND i.live_slug = ? AND" + LIVE,
                ReaderContent::liveRow, language, kind, slug, now());
        if (live.isPresent()) {
            return new Lookup.Found(page(live.get().head(), revisions.read(live.get().snapshot()), PublicUrls.item(kind, language, slug)));
        }
        // an address the item had before its slug changed: where it is now, or that it is gone
        return sql.first("SELECT i.kind, i.language, i.live_slug, s.slug AS series, e.issue_number, (" + LIVE + ") AS live"
                + " FROM slug_redirect d JOIN content_item i ON i.id = d.item_id LEFT JOIN live_entry e ON e.item_id = i.id"
                + " LEFT JOIN digest_series s ON s.id = e.series_id WHERE d.language = ? AND d.kind = ? AND d.slug = ?",
                row -> {
                    String href = row.getBoolean("live") ? href(ContentKind.valueOf(row.getString("kind")), row.getString("language"),
                            row.getString("live_slug"), row.getString("series"), ReaderSql.intOrNull(row, "issue_number")) : null;
                    return href == null ? (Lookup) new Lookup.Gone() : new Lookup.Moved(href);
                }, now(), language, kind, slug).orElseGet(Lookup.Missing::new);
    }

    public Lookup digest(String language, String seriesSlug, int number) {
        return sql.first(LIVE_ITEM + " JOIN live_entry e ON e.item_id = i.id JOIN digest_series s ON s.id = e.series_id"
                + " WHERE s.language = ? AND s.slug = ? AND e.issue_number = ? AND" + LIVE, ReaderContent::liveRow,
                language, seriesSlug, number, now())
                .<Lookup> map(live -> new Lookup.Found(page(live.head(), revisions.read(live.snapshot()),
                        PublicUrls.digest(language, seriesSlug, number))))
                .orElseGet(Lookup.Missing::new);
    }

    /** A digest series, by its address. */
    public Optional<Term> series(String language, String slug) {
        return sql.first("SELECT id, title FROM digest_series WHERE language = ? AND slug = ?",
                row -> new Term(row.getLong("id"), row.getString("title")), language, slug);
    }

    /** A tag, by its address. */
    public Optional<Term> tag(String language, String slug) {
        return sql.first("SELECT id, name FROM tag WHERE language = ? AND slug = ?",
                row -> new Term(row.getLong("id"), row.getString("name")), language, slug);
    }

    /**
     * Every category of an edition as a section, by its slug: one statement for the edition, read with
     * its frame (a category change is a public change, so the frame is rebuilt with it).
     */
    public Map<String, Section> sections(String language) {
        record Node(long id, Long parent, String slug, String name) {
        }
        List<Node> nodes = sql.list("SELECT id, parent_id, slug, name FROM category WHERE language = ?",
                row -> new Node(row.getLong("id"), ReaderSql.longOrNull(row, "parent_id"), row.getString("slug"), row.getString("name")),
                language);
        Map<Long, List<Long>> children = new HashMap<>();
        nodes.forEach(node -> children.computeIfAbsent(node.parent(), parent -> new ArrayList<>()).add(node.id()));
        Map<String, Section> sections = new HashMap<>();
        for (Node node : nodes) {
            List<Long> ids = new ArrayList<>(List.of(node.id()));
            for (int i = 0; i < ids.size(); i++) {
                children.getOrDefault(ids.get(i), List.of()).stream().filter(child -> !ids.contains(child)).forEach(ids::add);
            }
            sections.put(node.slug(), new Section(node.name(), List.copyOf(ids)));
        }
        return Map.copyOf(sections);
    }

    /**
     * The working copy of an item as its page would show it once approved: the staff preview.
     * Links in it lead only to live items.
     */
    @Transactional
    public Optional<Item> preview(long id) {
        return ContentItem.<ContentItem> findByIdOptional(id).map(item -> preview(item, revisions.snapshotOf(item)));
    }

    /** One revision of an item as its page would show it: what a reviewer's preview link shows. */
    @Transactional
    public Optional<Item> preview(long id, int revision) {
        return ContentItem.<ContentItem> findByIdOptional(id)
                .flatMap(item -> revisions.snapshot(item.id, revision).map(snapshot -> preview(item, snapshot)));
    }

    private Item preview(ContentItem item, ItemSnapshot working) {
        String href;
        if (item.kind == ContentKind.DIGEST) {
            String series = series(working.digest().seriesId()).map(Series::slug).orElse(null);
            href = PublicUrls.digest(item.language, series, working.digest().number());
        } else {
            href = PublicUrls.item(item.kind, item.language, working.slug());
        }
        Link category = working.categoryId() == null ? null
                : sql.first("SELECT name AS c_name, language AS c_lang, slug AS c_slug FROM category WHERE id = ?",
                        ReaderContent::category, working.categoryId()).orElse(null);
        // a preview shows no discussion: its comments are not counted
        return page(new Head(item.id, item.kind, item.language, item.translationGroup, item.publishedAt, item.liveFrom, 0,
                category), working, href);
    }

    /**
     * An item's page from one of its revisions. Everything it links to — "Also read", digest
     * entries, translations — is resolved in one teaser query, which only finds live items.
     */
    private Item page(Head item, ItemSnapshot view, String ownHref) {
        List<Long> relatedIds = view.related() == null ? List.of()
                : view.related().stream().map(r -> r.itemId()).filter(Objects::nonNull).toList();
        List<Long> entryIds = view.digest() == null ? List.of()
                : view.digest().sections().stream().flatMap(s -> s.items().stream()).map(DigestContent.Entry::itemId)
                        .filter(Objects::nonNull).toList();
        Map<Long, Teaser> linked = new HashMap<>();
        List<Teaser> translations = new ArrayList<>();
        if (!relatedIds.isEmpty() || !entryIds.isEmpty() || item.translationGroup() != null) {
            List<Long> ids = concat(relatedIds, entryIds);
            StringBuilder query = new StringBuilder(TEASER).append(" WHERE").append(LIVE)
                    .append(" AND (i.id IN (").append(ReaderSql.marks(ids.size())).append(')');
            List<Object> params = new ArrayList<>(List.of(now(), ids));
            if (item.translationGroup() != null) {
                query.append(" OR (i.translation_group = ? AND i.id <> ?)");
                params.add(item.translationGroup());
                params.add(item.id());
            }
            for (Row row : rows(query.append(')'), params)) {
                linked.put(row.teaser().id(), row.teaser());
                if (row.group() != null && row.group().equals(item.translationGroup()) && row.teaser().id() != item.id()) {
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
        Map<Long, StoredFile> uploads = uploads(imageIds);

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
            Optional<Series> series = series(view.digest().seriesId());
            digest = new Digest(series.map(Series::title).orElse(""),
                    series.map(found -> PublicUrls.series(found.language(), found.slug())).orElse(null), view.digest().number(),
                    view.digest().issueDate(), view.digest().sections().stream().map(s -> new DigestSection(s.heading(),
                            s.items().stream().map(e -> e.itemId() != null
                                    ? DigestEntry.of(e, linked.containsKey(e.itemId()) ? linked.get(e.itemId()).href() : null, false)
                                    : DigestEntry.of(e, e.url(), e.url() != null)).toList()))
                            .toList());
        }
        Media media = view.media() == null ? null
                : new Media(view.media().type(), view.media().imageIds() == null ? List.of()
                        : view.media().imageIds().stream().map(uploads::get).filter(Objects::nonNull).map(StoredFile::image)
                                .filter(Objects::nonNull).toList(),
                        player(view.media()));
        Publication publication = null;
        if (view.publication() != null) {
            StoredFile pdf = uploads.get(view.publication().pdfId());
            StoredFile cover = uploads.get(view.publication().coverImageId());
            publication = new Publication(view.publication().type(), cover == null ? null : cover.image(),
                    pdf == null ? null : pdf.url(), pdf == null ? null : pdf.fileName(), pdf == null ? 0 : pdf.sizeBytes(),
                    view.publication().issue(), view.publication().isbn());
        }
        List<Link> tags = view.tags() == null || view.tags().isEmpty() ? List.of()
                : sql.list("SELECT name, language, slug FROM tag WHERE language = ? AND name IN (" + ReaderSql.marks(view.tags().size())
                        + ") ORDER BY name", row -> new Link(row.getString("name"), PublicUrls.tag(row.getString("language"),
                                row.getString("slug"))), item.language(), view.tags());
        StoredFile featured = uploads.get(view.featuredImageId());
        return new Item(item.id(), item.kind(), item.language(), view.title(), ownHref, view.summary(), view.body(), item.category(), tags,
                view.byline(), view.sources(), item.publishedAt() != null ? item.publishedAt() : Instant.now(clock), item.liveFrom(),
                featured == null ? null : featured.image(), related, alternates, digest, media, publication, item.comments());
    }

    /** The player a video item embeds: only a video's, and only from an embed host configured now. */
    private String player(MediaContent media) {
        return media.type() == MediaContent.Type.VIDEO && Urls.isEmbed(media.videoUrl(), content.embedHosts())
                ? media.videoUrl() : null;
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
            // no listing narrows by slug: without these two, MariaDB spent more time weighing ranges than reading
            + " FROM content_item i IGNORE INDEX (uq_item_slug, ix_item_live_slug) JOIN live_entry e ON e.item_id = i.id"
            + " LEFT JOIN category c ON c.id = i.live_category_id"
            + " LEFT JOIN digest_series s ON s.id = e.series_id"
            + " LEFT JOIN upload u ON u.id = e.thumbnail_id";

    /** A teaser with its place in the newest-first order and its translation group. */
    private record Row(Teaser teaser, LivePosition position, Long group) {
    }

    /** The rows of a teaser query; digests not (yet) in a series are left out, having no address. */
    private List<Row> rows(CharSequence query, List<Object> params) {
        return sql.list(query.toString(), row -> {
            long id = row.getLong("id");
            ContentKind kind = ContentKind.valueOf(row.getString("kind"));
            String language = row.getString("lang");
            String href = href(kind, language, row.getString("slug"), row.getString("series"), ReaderSql.intOrNull(row, "issue"));
            if (href == null) {
                return null;
            }
            Link category = category(row);
            String author = row.getString("author");
            Byline byline = author == null ? null : new Byline(author, row.getString("outlet"));
            Long upload = ReaderSql.longOrNull(row, "u_id");
            Image thumbnail = upload == null ? null
                    : new StoredFile(links.of(upload, row.getString("u_key")), upload, row.getString("u_key"), row.getString("u_type"), row.getString("u_alt"),
                            row.getString("u_caption"), row.getString("u_credit"), ReaderSql.intOrNull(row, "u_width"),
                            ReaderSql.intOrNull(row, "u_height"), null, 0).image();
            return new Row(new Teaser(id, kind, language, row.getString("title"), href, row.getString("summary"), category, byline,
                    ReaderSql.instant(row, "published"), thumbnail, row.getInt("comments")),
                    new LivePosition(ReaderSql.instant(row, "live_from"), id), ReaderSql.longOrNull(row, "grp"));
        }, params.toArray()).stream().filter(Objects::nonNull).toList();
    }

    /** Teasers of those of {@code ids} that are live now, in the order of {@code ids}. */
    List<Teaser> teasers(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Teaser> byId = new HashMap<>();
        rows(TEASER + " WHERE i.id IN (" + ReaderSql.marks(ids.size()) + ") AND" + LIVE, List.of(ids, now()))
                .forEach(row -> byId.put(row.teaser().id(), row.teaser()));
        return ids.stream().distinct().map(byId::get).filter(Objects::nonNull).toList();
    }

    /** An uploaded file as pages show it. */
    /** {@code url} is where readers fetch it ({@link MediaLinks}). */
    private record StoredFile(String url, long id, String storageKey, String contentType, String altText, String caption,
            String credit, Integer width, Integer height, String fileName, long sizeBytes) {

        /** The picture, or nothing when the file is not one (a PDF). */
        Image image() {
            return Upload.isImage(contentType) ? new Image(url(), altText, caption, credit, width, height) : null;
        }
    }

    private Map<Long, StoredFile> uploads(List<Long> ids) {
        List<Long> wanted = ids.stream().filter(Objects::nonNull).distinct().toList();
        Map<Long, StoredFile> byId = new HashMap<>();
        if (!wanted.isEmpty()) {
            sql.list("SELECT id, storage_key, content_type, alt_text, caption, credit, width, height, file_name, size_bytes FROM upload"
                    + " WHERE id IN (" + ReaderSql.marks(wanted.size()) + ")",
                    row -> new StoredFile(links.of(row.getLong("id"), row.getString("storage_key")), row.getLong("id"),
                            row.getString("storage_key"), row.getString("content_type"),
                            row.getString("alt_text"), row.getString("caption"), row.getString("credit"),
                            ReaderSql.intOrNull(row, "width"), ReaderSql.intOrNull(row, "height"), row.getString("file_name"),
                            row.getLong("size_bytes")), wanted)
                    .forEach(u -> byId.put(u.id(), u));
        }
        return byId;
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
