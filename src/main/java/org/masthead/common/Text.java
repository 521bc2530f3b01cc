package org.masthead.common;

/** Tidying what people type into optional fields. */
public final class Text {

    private Text() {
    }

    /** Trimmed text, or null when nothing but white space was given ("" in a form means "none"). */
    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
