package org.masthead.shared;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Readable slugs from titles in any edition: "Harbour Cleanup, Day 2" → "harbour-cleanup-day-2",
 * Arabic and Persian titles keep their letters ("بيان صحفي" → "بيان-صحفي").
 */
public final class SlugMaker {

    private static final int MAX_LENGTH = 120;

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
