package org.masthead.web.site.read;

import java.util.List;
import java.util.Set;

import org.masthead.shared.ContentKind;

/** What a listing is narrowed to. */
public record Scope(Set<ContentKind> kinds, List<Long> categoryIds, Long tagId, Long seriesId, String subtype) {

    public static Scope of(Set<ContentKind> kinds) {
        return new Scope(kinds, null, null, null, null);
    }

    public static Scope category(List<Long> ids) {
        return new Scope(ReaderContent.LISTED, ids, null, null, null);
    }

    public static Scope tag(long id) {
        return new Scope(ReaderContent.LISTED, null, id, null, null);
    }

    public static Scope series(long id) {
        return new Scope(Set.of(ContentKind.DIGEST), null, null, id, null);
    }

    public static Scope subtype(ContentKind kind, String subtype) {
        return new Scope(Set.of(kind), null, null, null, subtype);
    }
}
