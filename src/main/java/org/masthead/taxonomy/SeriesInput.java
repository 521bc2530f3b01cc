package org.masthead.taxonomy;

import org.masthead.shared.SlugMaker;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.masthead.shared.Edition;

/** A digest series as an admin names it; a blank slug is made from the title. */
public record SeriesInput(@NotBlank @Size(max = 200) String title,
        @NotNull @Pattern(regexp = Edition.PATTERN, message = Edition.PATTERN_MESSAGE) String language,
        @Size(max = 200) @Pattern(
                regexp = SlugMaker.PATTERN,
                message = SlugMaker.PATTERN_MESSAGE) String slug) {
}
