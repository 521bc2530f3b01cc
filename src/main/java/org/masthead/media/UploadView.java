package org.masthead.media;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An upload as the API shows it; {@code url} is where readers fetch the file. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UploadView(long id, String fileName, String contentType, long size, Integer width, Integer height,
        String alt, String caption, String credit, String url, String createdBy, Instant createdAt, long version) {

    static UploadView of(Upload u) {
        return new UploadView(u.id, u.fileName, u.contentType, u.sizeBytes, u.width, u.height, u.altText, u.caption,
                u.credit, Upload.path(u.id, u.storageKey), u.createdBy, u.createdAt, u.version);
    }
}
