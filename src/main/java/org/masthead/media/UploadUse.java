package org.masthead.media;

import java.util.List;

/**
 * An item that shows an upload, in its working copy, its live revision or both, and in which
 * roles ("featured image", "gallery image", "publication cover", "publication PDF", "body").
 */
public record UploadUse(long itemId, String collection, String title, String language, List<String> roles,
        boolean inWorkingCopy, boolean inLiveRevision) {
}
