package org.masthead.shared;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;


/**
 * The public site's addresses (design.md, "Contract"): English at the root, the other editions
 * under /ar, /fa and /sq. Slugs may be Arabic or Persian, so path segments are percent-encoded.
 */
public final class PublicUrls {

    private PublicUrls() {
    }

    /** "" for English, "/ar", "/fa" or "/sq" for the other editions. */
    public static String prefix(String language) {
        return Edition.of(language).map(Edition::urlPrefix).orElse("/" + language);
    }

    public static String home(String language) {
        return Edition.isRoot(language) ? "/" : prefix(language) + "/";
    }

    /** The reader's address of a live article, page, media item or publication by its slug. */
    public static String item(ContentKind kind, String language, String slug) {
        if (kind == ContentKind.DIGEST) {
            throw new IllegalArgumentException("Digests are addressed by series and number: use digest()");
        }
        return prefix(language) + "/" + kind.collection() + "/" + segment(slug);
    }

    public static String digest(String language, String seriesSlug, int number) {
        return series(language, seriesSlug) + "/" + number;
    }

    public static String series(String language, String seriesSlug) {
        return prefix(language) + "/digests/" + segment(seriesSlug);
    }

    public static String category(String language, String slug) {
        return prefix(language) + "/categories/" + segment(slug);
    }

    public static String tag(String language, String slug) {
        return prefix(language) + "/tags/" + segment(slug);
    }

    public static String search(String language) {
        return prefix(language) + "/search";
    }

    public static String feed(String language) {
        return prefix(language) + "/feed";
    }

    /** One path segment, percent-encoded as RFC 3986 wants it (space as %20, not +). */
    public static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
