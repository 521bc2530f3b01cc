package org.masthead.content;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonFormat;

/** Every editable field of an item at one save; stored as JSON in {@link Revision#snapshot}. */
public record ItemSnapshot(
        String title,
        String language,
        String slug,
        String summary,
        String body,
        Long categoryId,
        List<String> tags,
        Byline byline,
        // Revisions written before an item could name several sources hold one "source".
        @JsonAlias("source") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<Source> sources,
        List<Related> related,
        Instant publishAt,
        Instant unpublishAt,
        Long featuredImageId,
        DigestContent digest,
        MediaContent media,
        PublicationContent publication) {

    /**
     * This revision as the input of a save over version {@code version}; schedule times that have
     * passed are dropped, since a save may only schedule the future.
     */
    public ItemInput asInput(long version, Instant now) {
        return new ItemInput(version, title, language, slug, summary, body, categoryId, tags, byline, sources, related,
                futureOrNull(publishAt, now), futureOrNull(unpublishAt, now), null, featuredImageId, digest, media,
                publication);
    }

    /** This revision with another body. */
    public ItemSnapshot withBody(String otherBody) {
        return new ItemSnapshot(title, language, slug, summary, otherBody, categoryId, tags, byline, sources, related, publishAt,
                unpublishAt, featuredImageId, digest, media, publication);
    }

    /** This revision with other links: what readers may see of its "Also read" list and digest lines. */
    ItemSnapshot withLinks(List<Related> otherRelated, DigestContent otherDigest) {
        return new ItemSnapshot(title, language, slug, summary, body, categoryId, tags, byline, sources, otherRelated, publishAt,
                unpublishAt, featuredImageId, otherDigest, media, publication);
    }

    private static Instant futureOrNull(Instant instant, Instant now) {
        return instant != null && instant.isAfter(now) ? instant : null;
    }
}
