package org.masthead.shared;

import java.util.Set;


/**
 * Something readers see has changed: an item went live or offline, a live item's content, the menu,
 * the settings, a category or tag name, an image's caption, a comment. Fired inside the changing transaction;
 * the public page cache (and a CDN in front) drops the affected pages after commit.
 *
 * @param languages the editions whose pages may show the change: every page of them, unless {@code item} is set
 * @param item when set, only this item's own pages changed (its body, its comments) and the search results of
 *        {@code languages}, which are cut from bodies; its teasers on other pages did not
 * @param reason what changed, for the log
 */
public record PublicChange(Set<String> languages, Long item, String reason) {

    public static PublicChange everywhere(String reason) {
        return new PublicChange(Set.copyOf(Edition.LANGUAGES), null, reason);
    }

    public static PublicChange in(String language, String reason) {
        return new PublicChange(Set.of(language), null, reason);
    }

    public static PublicChange in(Set<String> languages, String reason) {
        return new PublicChange(Set.copyOf(languages), null, reason);
    }

    /** A change to something that moved from one edition to another ({@code before} null when it is new). */
    public static PublicChange in(String before, String after, String reason) {
        return before == null || before.equals(after) ? in(after, reason) : new PublicChange(Set.of(before, after), null, reason);
    }

    /** Only item {@code id}'s own pages changed, and the search results of {@code languages}. */
    public static PublicChange ofItem(long id, Set<String> languages, String reason) {
        return new PublicChange(Set.copyOf(languages), id, reason);
    }

    public boolean touches(String language) {
        return languages.contains(language);
    }

    /** Whether every page of its editions may show it (not one item's own pages only). */
    public boolean wholeEditions() {
        return item == null;
    }
}
