package org.masthead.content;

import org.masthead.shared.ContentKind;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An item as the API answers it. Staff see the working copy with its workflow fields; anonymous
 * callers see the live revision and none of the staff-only fields.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ItemView(
        long id,
        ContentKind kind,
        String status,
        Long version,
        boolean live,
        Integer liveRevision,
        Integer workingRevision,
        String title,
        String language,
        String slug,
        String summary,
        String body,
        Long categoryId,
        List<String> tags,
        Byline byline,
        List<Source> sources,
        List<Related> related,
        Long featuredImageId,
        DigestContent digest,
        MediaContent media,
        PublicationContent publication,
        Instant publishAt,
        Instant unpublishAt,
        List<Translation> translations,
        String createdBy,
        String updatedBy,
        Instant createdAt,
        Instant updatedAt,
        Instant publishedAt,
        String submittedBy) {

    /** The first source, as the API named it before an item could have several. */
    @JsonProperty("source")
    public Source source() {
        return sources == null || sources.isEmpty() ? null : sources.get(0);
    }

    /** Another language version of the same piece. */
    public record Translation(long id, String language, String slug) {
    }
}
