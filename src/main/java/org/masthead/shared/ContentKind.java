package org.masthead.shared;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of content; each shares the item core and the workflow, and has its API collection. */
public enum ContentKind {
    ARTICLE("articles"),
    DIGEST("digests"),
    PAGE("pages"),
    MEDIA("media"),
    PUBLICATION("publications");

    private final String collection;

    ContentKind(String collection) {
        this.collection = collection;
    }

    /** The path segment of this kind's API collection, e.g. "articles". */
    public String collection() {
        return collection;
    }

    public static Optional<ContentKind> ofCollection(String collection) {
        return Arrays.stream(values()).filter(k -> k.collection.equals(collection)).findFirst();
    }
}
