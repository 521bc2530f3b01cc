package org.masthead.demo;

import java.util.List;

import org.masthead.content.Byline;
import org.masthead.content.DigestContent;
import org.masthead.content.ItemInput;
import org.masthead.content.MediaContent;
import org.masthead.content.PublicationContent;
import org.masthead.content.Related;
import org.masthead.content.Source;

/** A new item for the demo, named field by field: what {@link ItemInput} says in eighteen positional arguments. */
final class Draft {

    private final String title;
    private final String language;
    private String slug;
    private String summary;
    private String body;
    private Long categoryId;
    private List<String> tags = List.of();
    private Byline byline;
    private Source source;
    private List<Related> related = List.of();
    private Long translationOf;
    private DigestContent digest;
    private MediaContent media;
    private PublicationContent publication;

    private Draft(String title, String language) {
        this.title = title;
        this.language = language;
    }

    static Draft of(String title, String language) {
        return new Draft(title, language);
    }

    Draft slug(String value) {
        slug = value;
        return this;
    }

    Draft summary(String value) {
        summary = value;
        return this;
    }

    Draft body(String value) {
        body = value;
        return this;
    }

    Draft category(Long value) {
        categoryId = value;
        return this;
    }

    Draft tags(List<String> value) {
        tags = value;
        return this;
    }

    Draft byline(Byline value) {
        byline = value;
        return this;
    }

    Draft source(Source value) {
        source = value;
        return this;
    }

    Draft related(List<Related> value) {
        related = value;
        return this;
    }

    Draft translationOf(Long value) {
        translationOf = value;
        return this;
    }

    Draft digest(DigestContent value) {
        digest = value;
        return this;
    }

    Draft media(MediaContent value) {
        media = value;
        return this;
    }

    Draft publication(PublicationContent value) {
        publication = value;
        return this;
    }

    ItemInput input() {
        return new ItemInput(null, title, language, slug, summary, body, categoryId, tags, byline, source == null ? List.of() : List.of(source), related, null, null,
                translationOf, null, digest, media, publication);
    }
}
