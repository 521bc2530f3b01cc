package org.masthead.shared;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Readable slugs from titles in any edition: "Harbour Cleanup, Day 2" → "harbour-cleanup-day-2",
 * Arabic and Persian titles keep their letters ("بيان صحفي" → "بيان-صحفي").
 */
public final class SlugMaker {

    private static final int MAX_LENGTH = 120;

    /**
     * What a slug may hold, as WordPress allows it: letters (with their marks), digits, underscores and the Persian
     * zero-width non-joiner (U+200C, part of how words are spelt), in runs joined by single hyphens; or nothing.
     */
    public static final String PATTERN = "^$|^[\\p{L}\\p{M}\\p{N}_\\x{200C}]+(?:-[\\p{L}\\p{M}\\p{N}_\\x{200C}]+)*$";
    public static final String PATTERN_MESSAGE = "may hold only letters, digits, underscores and single hyphens between them";

    private SlugMaker() {
    }

    public static String fromTitle(String title) {
        String slug = Normalizer.normalize(title, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                // Arabic-script vowel marks and the tatweel stretch letters; they do not belong in a URL.
                .replaceAll("[\\p{M}\\u0640]", "")
                .replaceAll("[^\\p{L}\\p{N}]+", "-")
                .replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH);
            int lastDash = slug.lastIndexOf('-');
            slug = lastDash > MAX_LENGTH / 2 ? slug.substring(0, lastDash) : slug;
        }
        return slug.isEmpty() ? "item" : slug;
    }
}
