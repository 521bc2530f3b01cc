package org.masthead.shared;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The editions Masthead publishes: English at the site's root, then Arabic, Persian and Albanian under their codes.
 * Every rule about which editions exist, where each one's addresses start, its locale and its writing direction lives
 * here. Items, categories and the API carry the code ({@link #code()}); the static helpers take codes.
 */
public enum Edition {
    EN("en", "English", false),
    AR("ar", "Arabic", true),
    FA("fa", "Persian", true),
    SQ("sq", "Albanian", false);

    /** The code of the edition served at the site's root, without a language prefix. */
    public static final String ROOT = "en";
    /** Every edition's code, root first. */
    public static final List<String> LANGUAGES = Arrays.stream(values()).map(Edition::code).toList();
    /** A regular expression matching exactly the editions' codes (for Bean Validation, which needs a constant). */
    public static final String PATTERN = "en|ar|fa|sq";
    /** The Bean Validation message that goes with {@link #PATTERN}. */
    public static final String PATTERN_MESSAGE = "must be one of en, ar, fa, sq";

    private final String code;
    private final String englishName;
    private final boolean rightToLeft;
    private final Locale locale;

    Edition(String code, String englishName, boolean rightToLeft) {
        this.code = code;
        this.englishName = englishName;
        this.rightToLeft = rightToLeft;
        this.locale = Locale.forLanguageTag(code);
    }

    public String code() {
        return code;
    }

    public Locale locale() {
        return locale;
    }

    /** "Arabic": how the desk names the edition. */
    public String englishName() {
        return englishName;
    }

    /** "العربية": how the edition names itself in the site's language switcher. */
    public String nativeName() {
        return locale.getDisplayLanguage(locale);
    }

    public boolean rightToLeft() {
        return rightToLeft;
    }

    /** The HTML {@code dir} value of the edition's text. */
    public String direction() {
        return rightToLeft ? "rtl" : "ltr";
    }

    /** Where the edition's addresses start: "" for the root edition, "/ar" for Arabic. */
    public String urlPrefix() {
        return this == EN ? "" : "/" + code;
    }

    public static Optional<Edition> of(String code) {
        return Arrays.stream(values()).filter(e -> e.code.equals(code)).findFirst();
    }

    public static boolean isKnown(String code) {
        return of(code).isPresent();
    }

    /** The code if it is one of the editions, otherwise null (no filter). */
    public static String knownOrNull(String code) {
        return isKnown(code) ? code : null;
    }

    /** The code if it is one of the editions, otherwise the root edition's. */
    public static String knownOrRoot(String code) {
        return isKnown(code) ? code : ROOT;
    }

    public static boolean isRoot(String code) {
        return ROOT.equals(code);
    }

    public static boolean isRightToLeft(String code) {
        return of(code).map(Edition::rightToLeft).orElse(false);
    }

    /** "ar" → "Arabic", for the desk's tabs and headings; an unknown code is returned as it is. */
    public static String englishName(String code) {
        return of(code).map(Edition::englishName).orElse(code);
    }

    /** The edition's locale; for an unknown code, the locale of that language tag. */
    public static Locale localeOf(String code) {
        return of(code).map(Edition::locale).orElseGet(() -> Locale.forLanguageTag(code));
    }
}
