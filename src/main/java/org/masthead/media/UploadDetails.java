package org.masthead.media;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The describing fields of an upload, as staff change them later. */
public record UploadDetails(@NotNull Long version, @Size(max = 500) String alt, @Size(max = 1000) String caption,
        @Size(max = 300) String credit) {
}
