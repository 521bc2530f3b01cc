package org.masthead.shared;

import java.util.Locale;

/** Tidying what people type into optional fields. */
public final class Text {

    private Text() {
    }

    /** Trimmed text, or null when nothing but white space was given ("" in a form means "none"). */
    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /**
     * A LIKE pattern that finds {@code text} anywhere, lower-cased and taken literally: the
     * backslash, % and _ a person types match themselves, not any characters.
     */
    public static String containing(String text) {
        return "%" + text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
