package org.masthead.content;

import java.time.Instant;

import org.masthead.shared.ContentKind;

/** An item offered in a picker on the desk (related items, menu targets, translations): enough to recognise it. */
public record ItemChoice(long id, ContentKind kind, String title, String slug, String status, String language, boolean live) {

    public static ItemChoice of(ContentItem item, Instant now) {
        return new ItemChoice(item.id, item.kind, item.title, item.slug, item.status.name(), item.language,
                item.isLiveAt(now));
    }

    /** "articles", "digests": the collection the item belongs to. */
    public String collection() {
        return kind.collection();
    }
}
