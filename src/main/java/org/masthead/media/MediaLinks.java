package org.masthead.media;

import java.util.Optional;

/** Readers' address of an uploaded file: straight from the bucket or CDN when {@code masthead.uploads.public-base-url} is set. */
public final class MediaLinks {

    private final String base;

    MediaLinks(String base) {
        this.base = base;
    }

    /** Where pages link a file. */
    public String of(long id, String storageKey) {
        return elsewhere(storageKey).orElseGet(() -> Upload.path(id, storageKey));
    }

    /** Where the app's own address of a file sends readers instead, if files are served elsewhere. */
    public Optional<String> elsewhere(String storageKey) {
        return base == null ? Optional.empty() : Optional.of(base + "/" + MediaStore.layout(storageKey));
    }
}
