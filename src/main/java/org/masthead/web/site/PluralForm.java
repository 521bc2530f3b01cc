package org.masthead.web.site;

/**
 * The plural category of a count in an edition's language (Unicode CLDR plural rules, whole
 * numbers only), for messages such as "1 comment" / "2 comments" that the editions word differently.
 */
public enum PluralForm {
    ZERO, ONE, TWO, FEW, MANY, OTHER;

    public static PluralForm of(String language, long count) {
        if ("ar".equals(language)) {
            long tens = count % 100;
            return count == 0 ? ZERO : count == 1 ? ONE : count == 2 ? TWO
                    : tens >= 3 && tens <= 10 ? FEW : tens >= 11 ? MANY : OTHER;
        }
        if ("fa".equals(language)) {
            return count == 0 || count == 1 ? ONE : OTHER;
        }
        return count == 1 ? ONE : OTHER;
    }
}
