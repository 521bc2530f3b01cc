package org.masthead.shared;

import java.util.Set;


/**
 * Something readers see has changed: an item went live or offline, a live item's content, the menu,
 * the settings, a category or tag name, an image's caption. Fired inside the changing transaction;
 * the public page cache observes it after commit and drops the pages of the named editions.
 *
 * @param languages the editions whose pages may show the change
 * @param reason what changed, for the log
 */
public record PublicChange(Set<String> languages, String reason) {

    public static PublicChange everywhere(String reason) {
        return new PublicChange(Set.copyOf(Edition.LANGUAGES), reason);
    }

    public static PublicChange in(String language, String reason) {
        return new PublicChange(Set.of(language), reason);
    }

    public static PublicChange in(Set<String> languages, String reason) {
        return new PublicChange(Set.copyOf(languages), reason);
    }

    /** A change to something that moved from one edition to another ({@code before} null when it is new). */
    public static PublicChange in(String before, String after, String reason) {
        return before == null || before.equals(after) ? in(after, reason) : new PublicChange(Set.of(before, after), reason);
    }

    public boolean touches(String language) {
        return languages.contains(language);
    }
}
