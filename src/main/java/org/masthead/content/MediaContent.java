package org.masthead.content;

import java.util.List;

import org.masthead.shared.HttpUrl;

import com.fasterxml.jackson.annotation.JsonInclude;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A media item: one cartoon or news picture, a gallery of ordered images, or a video by its embed URL. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record MediaContent(@NotNull Type type, @Size(max = 100) List<@NotNull Long> imageIds,
        @HttpUrl @Size(max = 1000) String videoUrl) {

    public enum Type {
        CARTOON, NEWS_PICTURE, GALLERY, VIDEO
    }
}
