package org.masthead.shared;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collection;
import java.util.Locale;

/** The URL rules shared by input validation, the body sanitizer, media embeds and the menu. */
public final class Urls {

    private Urls() {
    }

    /** An absolute http or https URL with a host. */
    public static boolean isHttp(String value) {
        URI uri = parse(value);
        return uri != null && uri.getHost() != null && !uri.getHost().isBlank()
                && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()));
    }

    /** An https URL on one of {@code hosts}, without user info: a video player we allow to be embedded. */
    public static boolean isEmbed(String value, Collection<String> hosts) {
        URI uri = parse(value);
        return uri != null && "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null && uri.getUserInfo() == null
                && hosts.contains(uri.getHost().toLowerCase(Locale.ROOT));
    }

    /** A path on this site: "/", "/about", "/media?type=video"; not "//host" (another site) nor anything with spaces. */
    public static boolean isSitePath(String url) {
        if (url == null || !url.startsWith("/") || url.startsWith("//") || url.contains("\\") || url.length() > 1000) {
            return false;
        }
        try {
            URI uri = new URI(url);
            return uri.getScheme() == null && uri.getRawAuthority() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static URI parse(String value) {
        if (value == null) {
            return null;
        }
        try {
            return new URI(value.strip());
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
