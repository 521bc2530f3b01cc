package org.masthead.shared;

import java.util.List;

/** The languages Masthead publishes in: English at the root, then the Arabic, Persian and Albanian editions. */
public final class Editions {

    public static final List<String> LANGUAGES = List.of("en", "ar", "fa", "sq");
    /** A regular expression matching exactly the known language codes (for Bean Validation). */
    public static final String PATTERN = "en|ar|fa|sq";

    private Editions() {
    }

    public static boolean isRightToLeft(String language) {
        return "ar".equals(language) || "fa".equals(language);
    }
}
