package org.masthead.revision;

import java.time.Instant;
import java.util.List;

import org.masthead.content.Byline;
import org.masthead.content.DigestContent;
import org.masthead.content.MediaContent;
import org.masthead.content.PublicationContent;
import org.masthead.content.Related;
import org.masthead.content.Source;

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
        Source source,
        List<Related> related,
        Instant publishAt,
        Instant unpublishAt,
        Long featuredImageId,
        DigestContent digest,
        MediaContent media,
        PublicationContent publication) {
}
