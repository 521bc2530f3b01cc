package org.masthead.menu;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A menu entry as admins write it. The target decides which of {@code categoryId}, {@code itemId}
 * (or {@code item}: an id, a slug or a reader address, as typed on the desk) and {@code url} counts.
 *
 * @param parentId the entry it sits under; none for the top level
 * @param version the version an edit started from (required when changing an entry)
 */
@Schema(example = "{\"label\": \"About us\", \"target\": \"PAGE\", \"itemId\": 12}")
public record MenuEntryInput(
        @NotBlank @Size(max = 200) String label,
        @NotNull MenuTarget target,
        Long categoryId,
        Long itemId,
        @Size(max = 1000) String item,
        @Size(max = 1000) String url,
        Long parentId,
        Long version) {
}
