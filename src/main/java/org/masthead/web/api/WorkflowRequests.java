package org.masthead.web.api;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Bodies of the workflow actions that take one. */
public final class WorkflowRequests {

    private WorkflowRequests() {
    }

    @Schema(description = "The version of the item you read (its `version`); a newer one is refused with 409",
            example = "{\"version\": 7}")
    public record Submit(Long version) {
    }

    @Schema(description = "The version of the item you reviewed (its `version`; a newer one is refused with 409, and "
            + "nothing is published); publish now, or at a future publishAt",
            example = "{\"version\": 7, \"publishAt\": \"2031-06-11T07:00:00Z\"}")
    public record Approve(Long version, Instant publishAt) {
    }

    @Schema(description = "The version of the item you reviewed, and what needs to change",
            example = "{\"version\": 7, \"comment\": \"Please name the source of the second photo.\"}")
    public record RequestChanges(Long version,
            @NotBlank(message = "say what needs to change") @Size(max = 2000) String comment) {
    }

    @Schema(example = "{\"version\": 4}")
    public record Restore(Long version) {
    }
}
