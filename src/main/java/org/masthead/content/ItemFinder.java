package org.masthead.content;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.masthead.shared.ContentKind;
import org.masthead.shared.Edition;
import org.masthead.shared.Text;
import org.masthead.shared.Urls;
import org.masthead.taxonomy.DigestSeries;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** The desk's one item search, behind every picker that links one item to another. */
@ApplicationScoped
public class ItemFinder {

    private final Clock clock;

    ItemFinder(Clock clock) {
        this.clock = clock;
    }

    /**
     * Items of one edition, live or not, whose title or slug contains {@code query} or whose id it is, newest first;
     * never {@code exclude} (the item being edited), at most {@code limit}.
     */
    @Transactional
    public List<ItemChoice> search(String language, String query, Long exclude, int limit) {
        if (query == null || query.isBlank() || language == null) {
            return List.of();
        }
        String q = query.strip();
        Map<String, Object> params = new HashMap<>();
        params.put("language", language);
        params.put("exclude", exclude == null ? -1L : exclude);
        params.put("text", Text.containing(q));
        params.put("id", q.matches("\\d{1,18}") ? Long.parseLong(q) : -1L);
        Instant now = Instant.now(clock);
        return ContentItem.<ContentItem> find("language = :language and id <> :exclude"
                + " and (lower(title) like :text or slug like :text or id = :id) order by id desc", params)
                .page(0, limit).list().stream().map(item -> ItemChoice.of(item, now)).toList();
    }

    /** What a typed reference names: the item (empty when none), or the ways to tell several apart. */
    public record Reference(Optional<ContentItem> item, List<String> alternatives) {

        static Reference of(Optional<ContentItem> item) {
            return new Reference(item, List.of());
        }
    }

    /**
     * The item an editor typed: its id, its slug (kinds told apart as "pages/about-us" when the slug
     * alone is ambiguous) or its reader address, absolute or not ("/ar/articles/…", "/digests/weekly/193").
     */
    public Reference byReference(String language, String reference) {
        if (reference.matches("\\d{1,18}")) {
            return Reference.of(Optional.ofNullable(ContentItem.findById(Long.valueOf(reference))));
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
            return Reference.of(series.flatMap(s -> ContentItem.find("seriesId = ?1 and issueNumber = ?2", s.id,
                    Integer.valueOf(segments.get(2))).firstResultOptional()));
        }
        if (segments.size() == 2) {
            Optional<ContentKind> kind = ContentKind.ofCollection(segments.get(0));
            if (kind.isPresent()) {
                return Reference.of(ContentItem.find("language = ?1 and kind = ?2 and (slug = ?3 or liveSlug = ?3)", language,
                        kind.get(), segments.get(1)).firstResultOptional());
            }
        }
        if (segments.size() != 1) {
            return Reference.of(Optional.empty());
        }
        List<ContentItem> matches = ContentItem.list("language = ?1 and (slug = ?2 or liveSlug = ?2) order by kind", language,
                segments.get(0));
        if (matches.size() > 1) {
            return new Reference(Optional.empty(),
                    matches.stream().map(i -> i.kind.collection() + "/" + segments.get(0)).distinct().toList());
        }
        return Reference.of(matches.stream().findFirst());
    }

    /** The pages of an edition, live or not, by title. */
    @Transactional
    public List<ItemChoice> pages(String language) {
        Instant now = Instant.now(clock);
        return ContentItem.<ContentItem> list("language = ?1 and kind = ?2 order by title", language, ContentKind.PAGE)
                .stream().map(item -> ItemChoice.of(item, now)).toList();
    }
}
