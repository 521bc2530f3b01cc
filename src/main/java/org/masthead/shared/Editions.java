package org.masthead.shared;

import java.util.List;
import java.util.Map;

/**
 * The languages Masthead publishes in: English at the root, then the Arabic, Persian and Albanian editions. Every
 * rule about which editions exist, which one sits at the root and which are written right to left lives here.
 */
public final class Editions {

    /** The edition served at the site's root, without a language prefix. */
    public static final String ROOT = "en";
    public static final List<String> LANGUAGES = List.of(ROOT, "ar", "fa", "sq");
    /** A regular expression matching exactly the known language codes (for Bean Validation). */
    public static final String PATTERN = "en|ar|fa|sq";
    /** The Bean Validation message that goes with {@link #PATTERN}. */
    public static final String PATTERN_MESSAGE = "must be one of en, ar, fa, sq";

    private static final Map<String, String> ENGLISH_NAMES = Map.of(ROOT, "English", "ar", "Arabic", "fa", "Persian",
            "sq", "Albanian");

    private Editions() {
    }

    public static boolean isKnown(String language) {
        return language != null && LANGUAGES.contains(language);
    }

    /** The language if it is one of the editions, otherwise null (no filter). */
    public static String knownOrNull(String language) {
        return isKnown(language) ? language : null;
    }

    /** The language if it is one of the editions, otherwise the root edition. */
    public static String knownOrRoot(String language) {
        return isKnown(language) ? language : ROOT;
    }

    public static boolean isRoot(String language) {
        return ROOT.equals(language);
    }

    public static boolean isRightToLeft(String language) {
        return "ar".equals(language) || "fa".equals(language);
    }

    /** "ar" → "Arabic", for the desk's tabs and headings; an unknown code is returned as it is. */
    public static String englishName(String language) {
        return ENGLISH_NAMES.getOrDefault(language, language);
    }
}
