package org.masthead.wordpress;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A post's HTML as WordPress stored it, turned into what Masthead keeps: block comments dropped, {@code [caption]}
 * made a figure with its caption, the opening "By Name, Outlet" paragraph taken out as the byline, links to the old
 * site made relative (so that its old addresses redirect) and images pointed at their library copies. Shortcodes
 * Masthead does not know are left as text and counted. The result is sanitized on save like any other body.
 */
final class WordPressBody {

    /** Shortcodes WordPress itself or common plugins render to nothing readers need; all others are reported. */
    private static final Set<String> HANDLED = Set.of("caption", "wp_caption");
    private static final Pattern BLOCK_COMMENT = Pattern.compile("<!--\\s*/?wp:[^>]*-->\\s*");
    private static final Pattern CAPTION = Pattern.compile(
            "\\[(?:wp_)?caption[^\\]]*\\]\\s*(<a[^>]*>\\s*)?(<img[^>]*>)(\\s*</a>)?\\s*(.*?)\\[/(?:wp_)?caption\\]", Pattern.DOTALL);
    private static final Pattern SHORTCODE = Pattern.compile("\\[/?([a-zA-Z][a-zA-Z0-9_-]*)(?:\\s[^\\]]*)?\\]");
    private static final Pattern OPENING_BYLINE = Pattern.compile(
            "^\\s*<p(?:\\s+class=\"byline\")?>\\s*(?:By|by|BY)\\s+([^<,]{2,120})(?:,\\s*([^<]{1,120}))?</p>\\s*", Pattern.DOTALL);
    private static final Pattern UPLOAD_URL = Pattern.compile("(?:https?://[^\"'\\s]+)?/wp-content/uploads/([^\"'\\s?#]+)");

    private WordPressBody() {
    }

    /** A byline found at the top of a post. */
    record Byline(String author, String outlet) {
    }

    record Result(String html, Optional<Byline> byline) {
    }

    /**
     * @param siteUrl the old site's address, whose absolute links become relative
     * @param uploads the library address of an old upload path ("2017/06/river-photo-300x169.jpg"), if imported
     */
    static Result convert(String html, String siteUrl, Function<String, Optional<String>> uploads, Map<String, Integer> unknown) {
        String body = BLOCK_COMMENT.matcher(html == null ? "" : html).replaceAll("");
        body = CAPTION.matcher(body).replaceAll(m -> Matcher.quoteReplacement(
                "<figure>" + m.group(2) + "<figcaption>" + m.group(4).strip() + "</figcaption></figure>"));
        Matcher shortcodes = SHORTCODE.matcher(body);
        while (shortcodes.find()) {
            String name = shortcodes.group(1).toLowerCase();
            if (!HANDLED.contains(name) && !shortcodes.group().startsWith("[/")) {
                unknown.merge(name, 1, Integer::sum);
            }
        }
        Optional<Byline> byline = Optional.empty();
        Matcher opening = OPENING_BYLINE.matcher(body);
        if (opening.find()) {
            byline = Optional.of(new Byline(opening.group(1).strip(), opening.group(2) == null ? null : opening.group(2).strip()));
            body = body.substring(opening.end());
        }
        body = UPLOAD_URL.matcher(body).replaceAll(m -> Matcher.quoteReplacement(
                uploads.apply(m.group(1)).orElse("/wp-content/uploads/" + m.group(1))));
        if (siteUrl != null && !siteUrl.isBlank()) {
            String base = siteUrl.replaceAll("/+$", "");
            body = body.replace("href=\"" + base + "/", "href=\"/").replace("href=\"" + base + "\"", "href=\"/\"");
        }
        return new Result(body.strip(), byline);
    }

    /** "The river at dawn (AP/Jane Doe)" → caption "The river at dawn", credit "(AP/Jane Doe)". */
    static String[] captionAndCredit(String text) {
        String t = text == null ? "" : text.strip();
        Matcher m = Pattern.compile("^(.*?)\\s*(\\([^()]{2,120}\\))$", Pattern.DOTALL).matcher(t);
        if (m.matches()) {
            return new String[] { m.group(1).isBlank() ? null : m.group(1), m.group(2) };
        }
        return new String[] { t.isEmpty() ? null : t, null };
    }
}
