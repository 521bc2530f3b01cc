package org.masthead.web.api;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Bodies of the workflow actions that take one. */
public final class WorkflowRequests {

    private WorkflowRequests() {
    }

    @Schema(description = "Publish now (empty body) or at a future time", example = "{\"publishAt\": \"2031-06-11T07:00:00Z\"}")
    public record Approve(Instant publishAt) {
    }

    @Schema(example = "{\"comment\": \"Please name the source of the second photo.\"}")
    public record RequestChanges(@NotBlank(message = "say what needs to change") @Size(max = 2000) String comment) {
    }

    @Schema(example = "{\"version\": 4}")
    public record Restore(Long version) {
    }
}
