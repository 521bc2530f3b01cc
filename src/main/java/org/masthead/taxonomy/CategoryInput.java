package org.masthead.taxonomy;

import org.masthead.shared.SlugMaker;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.masthead.shared.Edition;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

@Schema(example = "{\"name\": \"Cartoons\", \"language\": \"en\", \"parentId\": 3, \"position\": 1}")
public record CategoryInput(
        @NotBlank @Size(max = 200) String name,
        @NotNull @Pattern(regexp = Edition.PATTERN, message = Edition.PATTERN_MESSAGE) String language,
        @Size(max = 200) @Pattern(regexp = SlugMaker.PATTERN,
                message = SlugMaker.PATTERN_MESSAGE) String slug,
        Long parentId,
        @PositiveOrZero Integer position) {
}
