package org.masthead.web.site.read;

import org.masthead.shared.PublicUrls;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.masthead.web.site.read.PageRequest;
import org.masthead.web.site.read.Pager;
import org.masthead.content.LivePosition;
import org.masthead.web.site.read.ReaderViews.Hit;
import org.masthead.web.site.read.ReaderViews.SearchResults;
import org.masthead.web.site.read.ReaderViews.Snippet;
import org.masthead.web.site.read.ReaderViews.Teaser;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Full-text search over the live title, summary and body of an edition's items (a MariaDB FULLTEXT
 * index on live_entry), every word required. Results come newest first, paged by keyset like the
 * listings, or best match first ({@code sort=relevance}). Snippets are cut from the live body text
 * around the first term found and returned as plain parts, so the page escapes every character.
 */
@ApplicationScoped
public class ReaderSearch {

    /** Relevance has no stable keyset; deep pages by number (rarely wanted) stop here. */
    public static final int MAX_PAGE = 50;
    /**
     * How many entries the newest-first walk may read per result it is asked for before it gives up on
     * the edition's date index and asks the full-text index instead (words found in fewer than one
     * entry in this many).
     */
    static final int WALK_PER_RESULT = 100;
    private static final int SNIPPET_LENGTH = 220;
    private static final int MAX_TERMS = 8;
    /** Words: letters and digits of any script, with the marks Arabic and Persian writing puts on them. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}\\p{M}]+");
    private static final String MATCH = "MATCH (e.title, e.summary, e.body_text) AGAINST (? IN BOOLEAN MODE)";
    private static final String SELECT = "SELECT e.item_id, e.live_from, e.body_text, e.summary FROM live_entry e";
    /** Live entries of an edition; the reader's index keeps each entry's live window, so no join is needed. */
    private static final String LIVE_IN_EDITION = " WHERE e.language = ? AND e.live_from <= ? AND (e.live_until IS NULL OR e.live_until > ?)";

    /** The order of results: the {@code sort} parameter, absent for newest first. */
    public enum Order {
        NEWEST, RELEVANCE;

        public static Order parse(String sort) {
            if (sort == null || sort.isBlank() || sort.equals("newest")) {
                return NEWEST;
            }
            if (sort.equals("relevance")) {
                return RELEVANCE;
            }
            throw new BadPageException();
        }
    }

    private final ReaderSql sql;
    private final ReaderContent reader;
    private final int walkPerResult;

    @Inject
    ReaderSearch(ReaderSql sql, ReaderContent reader) {
        this(sql, reader, WALK_PER_RESULT);
    }

    ReaderSearch(ReaderSql sql, ReaderContent reader, int walkPerResult) {
        this.sql = sql;
        this.reader = reader;
        this.walkPerResult = walkPerResult;
    }

    /** The words of a query, as the index knows them; operators and punctuation are dropped. */
    static List<String> terms(String query) {
        List<String> terms = new ArrayList<>();
        Matcher m = WORD.matcher(query == null ? "" : query);
        while (m.find() && terms.size() < MAX_TERMS) {
            String term = m.group().toLowerCase(Locale.ROOT);
            if (!terms.contains(term)) {
                terms.add(term);
            }
        }
        return terms;
    }

    private record Found(long id, LivePosition position, String text) {
    }

    public SearchResults search(String language, String query, Order order, PageRequest request, String path) {
        String q = query == null ? "" : query.strip();
        List<String> terms = terms(q);
        boolean byRelevance = order == Order.RELEVANCE;
        boolean cursor = request.before() != null || request.after() != null;
        // addresses this page never gives out: no words but a page, cursors on numbered pages, numbers past the last
        if (terms.isEmpty() && (request.page() > 1 || cursor) || byRelevance && cursor || request.page() > MAX_PAGE && !cursor) {
            throw new BadPageException();
        }
        if (terms.isEmpty()) {
            return new SearchResults(q.isEmpty() ? null : q, List.of(), 1, null, null, order, null, null);
        }
        String against = terms.stream().map(t -> "+" + t + "*").collect(Collectors.joining(" "));
        String newestHref = path + "?q=" + PublicUrls.segment(q);
        String relevanceHref = newestHref + "&sort=relevance";
        List<Found> rows = byRelevance ? byRelevance(language, against, request.page()) : newest(language, against, request);
        boolean more = rows.size() > ReaderContent.PAGE_SIZE;
        List<Found> shown = new ArrayList<>(rows.subList(0, Math.min(rows.size(), ReaderContent.PAGE_SIZE)));
        if (request.after() != null) {
            Collections.reverse(shown);
        }
        String newer;
        String older;
        if (byRelevance) {
            int page = request.page();
            newer = page > 1 ? relevanceHref + (page == 2 ? "" : "&page=" + (page - 1)) : null;
            older = more && page < MAX_PAGE ? relevanceHref + "&page=" + (page + 1) : null;
        } else {
            Pager pager = Pager.of(newestHref, request, more, shown.stream().map(Found::position).toList());
            newer = pager.newer();
            older = pager.older();
        }
        Map<Long, Teaser> teasers = reader.teasers(shown.stream().map(Found::id).toList()).stream()
                .collect(Collectors.toMap(Teaser::id, Function.identity()));
        List<Hit> hits = shown.stream().filter(found -> teasers.containsKey(found.id()))
                .map(found -> new Hit(teasers.get(found.id()), snippet(found.text(), terms))).toList();
        return new SearchResults(q, hits, request.page(), newer, older, order, newestHref, relevanceHref);
    }

    /**
     * A page of matches newest first (oldest first from an {@code after} cursor, for the newer page).
     * A broad search (thousands of matches) walks the edition's entries by date and checks each against
     * the words, stopping at a full page; a narrow one would walk most of the archive that way, so when
     * the walk has read its allowance without filling the page, the full-text index lists every match
     * and MariaDB sorts them. Both read the same condition; only the cost differs.
     */
    private List<Found> newest(String language, String against, PageRequest request) {
        boolean backwards = request.after() != null;
        LivePosition from = backwards ? request.after() : request.before();
        StringBuilder where = new StringBuilder(LIVE_IN_EDITION);
        List<Object> params = new ArrayList<>(List.of(language, reader.now()));
        if (from != null) {
            where.append(backwards ? " AND (e.live_from > ? OR (e.live_from = ? AND e.item_id > ?))"
                    : " AND (e.live_from < ? OR (e.live_from = ? AND e.item_id < ?))");
            params.addAll(List.of(from.liveFrom(), from.liveFrom(), from.id()));
        }
        params.add(against);
        String order = backwards ? " ORDER BY e.live_from ASC, e.item_id ASC" : " ORDER BY e.live_from DESC, e.item_id DESC";
        int offset = from == null ? (request.page() - 1) * ReaderContent.PAGE_SIZE : 0;
        int wanted = ReaderContent.PAGE_SIZE + 1;
        // MATCH ... IS TRUE cannot use the full-text index for access; the walk must read ix_live_entry_newest in
        // order (a filesort stopped by ROWS EXAMINED fails instead of returning what it has), so it is forced, with
        // the full-text index MATCH needs to evaluate at all
        List<Found> walked = found(SELECT + " FORCE INDEX (ix_live_entry_newest, ft_live_entry)" + where + " AND " + MATCH + " IS TRUE" + order
                + " LIMIT ? OFFSET ? ROWS EXAMINED ?",
                params, wanted, offset, (long) walkPerResult * (offset + wanted));
        if (walked.size() == wanted) {
            return walked;
        }
        return found(SELECT + where + " AND " + MATCH + order + " LIMIT ? OFFSET ?", params, wanted, offset);
    }

    /** A page of matches best first; among equals, newest first. */
    private List<Found> byRelevance(String language, String against, int page) {
        List<Object> params = new ArrayList<>(List.of(language, reader.now(), against, against));
        return found(SELECT + LIVE_IN_EDITION + " AND " + MATCH + " ORDER BY " + MATCH + " DESC, e.live_from DESC, e.item_id DESC"
                + " LIMIT ? OFFSET ?",
                params, ReaderContent.PAGE_SIZE + 1, (page - 1) * ReaderContent.PAGE_SIZE);
    }

    private List<Found> found(String query, List<Object> params, Object... more) {
        List<Object> all = new ArrayList<>(params);
        all.addAll(List.of(more));
        return sql.list(query, row -> {
            String body = row.getString("body_text");
            long id = row.getLong("item_id");
            return new Found(id, new LivePosition(ReaderSql.instant(row, "live_from"), id),
                    body != null && !body.isBlank() ? body : row.getString("summary"));
        }, all.toArray());
    }

    /** A window of {@code text} around the first term found, split into plain and matching parts. */
    static List<Snippet> snippet(String text, List<String> terms) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String flat = text.replaceAll("\\s+", " ").strip();
        Pattern any = Pattern.compile(terms.stream().map(Pattern::quote).collect(Collectors.joining("|")),
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        Matcher first = any.matcher(flat);
        int start = 0;
        if (first.find()) {
            start = Math.max(0, first.start() - SNIPPET_LENGTH / 3);
            while (start > 0 && !Character.isWhitespace(flat.charAt(start - 1))) {
                start--;
            }
        }
        int end = Math.min(flat.length(), start + SNIPPET_LENGTH);
        while (end < flat.length() && !Character.isWhitespace(flat.charAt(end))) {
            end++;
        }
        String window = (start > 0 ? "… " : "") + flat.substring(start, end) + (end < flat.length() ? " …" : "");
        List<Snippet> parts = new ArrayList<>();
        Matcher m = any.matcher(window);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) {
                parts.add(new Snippet(window.substring(at, m.start()), false));
            }
            parts.add(new Snippet(m.group(), true));
            at = m.end();
        }
        if (at < window.length()) {
            parts.add(new Snippet(window.substring(at), false));
        }
        return parts;
    }
}
