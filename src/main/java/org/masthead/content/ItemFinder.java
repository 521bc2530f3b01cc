package org.masthead.content;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.masthead.shared.ContentKind;
import org.masthead.shared.Text;

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

    /** The pages of an edition, live or not, by title. */
    @Transactional
    public List<ItemChoice> pages(String language) {
        Instant now = Instant.now(clock);
        return ContentItem.<ContentItem> list("language = ?1 and kind = ?2 order by title", language, ContentKind.PAGE)
                .stream().map(item -> ItemChoice.of(item, now)).toList();
    }
}
