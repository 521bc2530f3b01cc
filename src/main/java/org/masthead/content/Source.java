package org.masthead.content;

import java.time.LocalDate;

import org.masthead.shared.HttpUrl;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Where a republished piece first appeared: shown as "Link to the source". */
public record Source(@NotBlank @Size(max = 200) String outlet, @NotBlank @HttpUrl @Size(max = 1000) String url,
        LocalDate date) {
}
