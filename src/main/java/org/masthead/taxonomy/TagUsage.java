package org.masthead.taxonomy;

/** A tag with how many items (any state) carry it. */
public record TagUsage(long id, String name, String language, String slug, long items) {
}
