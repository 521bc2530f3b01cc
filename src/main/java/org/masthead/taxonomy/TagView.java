package org.masthead.taxonomy;

/** A tag as the API and the desk show it. */
public record TagView(long id, String name, String language, String slug) {

    static TagView of(Tag tag) {
        return new TagView(tag.id, tag.name, tag.language, tag.slug);
    }
}
