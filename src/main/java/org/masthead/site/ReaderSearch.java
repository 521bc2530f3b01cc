package org.masthead.site;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.masthead.site.ReaderViews.Hit;
import org.masthead.site.ReaderViews.SearchResults;
import org.masthead.site.ReaderViews.Snippet;
import org.masthead.site.ReaderViews.Teaser;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Full-text search over the live title, summary and body of an edition's items (a MariaDB FULLTEXT
 * index on live_entry), best match first. Snippets are cut from the live body text around the
 * first term found and returned as plain parts, so the page escapes every character.
 */
@ApplicationScoped
public class ReaderSearch {

    /** Relevance has no stable keyset; deep result pages are rarely wanted, so paging stops here. */
    public static final int MAX_PAGE = 50;
    private static final int SNIPPET_LENGTH = 220;
    private static final int MAX_TERMS = 8;
    /** Words: letters and digits of any script, with the marks Arabic and Persian writing puts on them. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}\\p{M}]+");

    private final ReaderSql sql;
    private final ReaderContent reader;

    ReaderSearch(ReaderSql sql, ReaderContent reader) {
        this.sql = sql;
        this.reader = reader;
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

    public SearchResults search(String language, String query, int page, String path) {
        String q = query == null ? "" : query.strip();
        List<String> terms = terms(q);
        if (terms.isEmpty()) {
            return new SearchResults(q.isEmpty() ? null : q, List.of(), 1, null, null);
        }
        String against = terms.stream().map(t -> "+" + t + "*").collect(Collectors.joining(" "));
        record Found(long id, String text) {
        }
        // the reader's index alone (it keeps the live window): no join per match, which a broad search has thousands of
        List<Found> rows = sql.list("SELECT e.item_id, e.body_text, e.summary FROM live_entry e"
                + " WHERE e.language = ? AND MATCH (e.title, e.summary, e.body_text) AGAINST (? IN BOOLEAN MODE)"
                + " AND e.live_from <= ? AND (e.live_until IS NULL OR e.live_until > ?)"
                + " ORDER BY MATCH (e.title, e.summary, e.body_text) AGAINST (? IN BOOLEAN MODE) DESC, e.live_from DESC, e.item_id DESC"
                + " LIMIT ? OFFSET ?", row -> {
                    String body = row.getString("body_text");
                    return new Found(row.getLong("item_id"), body != null && !body.isBlank() ? body : row.getString("summary"));
                }, language, against, reader.now(), against, ReaderContent.PAGE_SIZE + 1, (page - 1) * ReaderContent.PAGE_SIZE);
        boolean more = rows.size() > ReaderContent.PAGE_SIZE;
        List<Found> shown = rows.stream().limit(ReaderContent.PAGE_SIZE).toList();
        List<Long> ids = shown.stream().map(Found::id).toList();
        Map<Long, String> texts = new HashMap<>();
        shown.forEach(found -> texts.put(found.id(), found.text()));
        Map<Long, Teaser> teasers = reader.teasers(ids).stream()
                .collect(Collectors.toMap(Teaser::id, Function.identity()));
        List<Hit> hits = ids.stream().filter(teasers::containsKey)
                .map(id -> new Hit(teasers.get(id), snippet(texts.get(id), terms))).toList();
        String base = path + "?q=" + PublicUrls.segment(q);
        String newer = page > 1 ? base + (page == 2 ? "" : "&page=" + (page - 1)) : null;
        String older = more && page < MAX_PAGE ? base + "&page=" + (page + 1) : null;
        return new SearchResults(q, hits, page, newer, older);
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
