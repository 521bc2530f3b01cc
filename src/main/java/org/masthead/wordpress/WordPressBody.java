package org.masthead.wordpress;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
            "^\\s*<p(?:\\s+class=\"byline\")?>\\s*(?:<(?:strong|b|em)>\\s*)?(?:By|by|BY)\\s+([^<,]{2,120})(?:,\\s*([^<]{1,120}))?"
                    + "(?:</(?:strong|b|em)>\\s*)?</p>\\s*", Pattern.DOTALL);
    /** A republished post's "Link to the source" paragraph. */
    private static final Pattern SOURCE_LINK = Pattern.compile(
            "<p>\\s*<a\\s+href=\"([^\"]+)\"[^>]*>\\s*Link to the source\\s*</a>\\s*</p>\\s*", Pattern.CASE_INSENSITIVE);
    /** "Coastal Ledger, June 10 2017:…", how a republished post's teaser names its outlet and date. */
    private static final Pattern OUTLET_DATE = Pattern.compile(
            "^\\s*([^<,:]{2,100}),\\s+([A-Z][a-z]+ \\d{1,2},? \\d{4}):");
    /** An "Also read:" heading and the paragraphs of links after it. */
    private static final Pattern ALSO_READ = Pattern.compile(
            "<h[2-6][^>]*>\\s*Also read:?\\s*</h[2-6]>\\s*((?:<p>\\s*<a\\s+href=\"[^\"]+\"[^>]*>.*?</a>.*?</p>\\s*)+)",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern ALSO_READ_ENTRY = Pattern.compile(
            "<p>\\s*<a\\s+href=\"([^\"]+)\"[^>]*>(.*?)</a>\\s*(?:<br\\s*/?>)?\\s*(.*?)</p>", Pattern.DOTALL);
    private static final Pattern PARAGRAPH = Pattern.compile("<p[^>]*>(.*?)</p>", Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<[^>]+>");
    private static final Pattern UPLOAD_URL = Pattern.compile("(?:https?://[^\"'\\s]+)?/wp-content/uploads/([^\"'\\s?#]+)");

    private WordPressBody() {
    }

    /** A byline found at the top of a post. */
    record Byline(String author, String outlet) {
    }

    /** Where a republished post came from: the outlet and date from its teaser, the link from "Link to the source". */
    record Source(String outlet, String url, LocalDate date) {
    }

    /** One line of an "Also read" block: the link as WordPress had it, its title and teaser. */
    record AlsoRead(String href, String title, String teaser) {
    }

    record Result(String html, Optional<Byline> byline, List<Source> sources, List<AlsoRead> alsoRead) {
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
        // Each "Link to the source" takes its outlet and date from the first "Outlet, date:…" paragraph between it and the
        // link before it (a post republishing several pieces has a teaser and a link for each), else from its host.
        List<Source> sources = new ArrayList<>();
        Matcher link = SOURCE_LINK.matcher(body);
        StringBuilder rest = new StringBuilder();
        int from = 0;
        while (link.find()) {
            String url = link.group(1).replace("&amp;", "&");
            String outlet = null;
            LocalDate date = null;
            Matcher paragraphs = PARAGRAPH.matcher(body.substring(from, link.start()));
            while (outlet == null && paragraphs.find()) {
                Matcher od = OUTLET_DATE.matcher(text(paragraphs.group(1)));
                if (od.find()) {
                    outlet = od.group(1).strip();
                    date = date(od.group(2));
                }
            }
            if (outlet == null) {
                String host = host(url);
                outlet = host == null ? url : host.replaceFirst("^www\\.", "");
            }
            sources.add(new Source(outlet, url, date));
            rest.append(body, from, link.start());
            from = link.end();
        }
        body = rest.append(body.substring(from)).toString();
        List<AlsoRead> alsoRead = new ArrayList<>();
        Matcher block = ALSO_READ.matcher(body);
        if (block.find()) {
            Matcher entry = ALSO_READ_ENTRY.matcher(block.group(1));
            while (entry.find()) {
                String teaser = text(entry.group(3));
                alsoRead.add(new AlsoRead(entry.group(1).replace("&amp;", "&"), text(entry.group(2)), teaser.isBlank() ? null : teaser));
            }
            body = body.substring(0, block.start()) + body.substring(block.end());
        }
        return new Result(links(body, siteUrl, uploads).strip(), byline, sources, alsoRead);
    }

    /** {@code html} with old upload addresses pointed at the library and the old site's absolute links made paths. */
    static String links(String html, String siteUrl, Function<String, Optional<String>> uploads) {
        String body = UPLOAD_URL.matcher(html).replaceAll(m -> Matcher.quoteReplacement(
                uploads.apply(m.group(1)).orElse("/wp-content/uploads/" + m.group(1))));
        if (siteUrl != null && !siteUrl.isBlank()) {
            String base = siteUrl.replaceAll("/+$", "");
            body = body.replace("href=\"" + base + "/", "href=\"/").replace("href=\"" + base + "\"", "href=\"/\"");
        }
        return body;
    }

    /** A digest post read as sections of "++" entries; {@code intro} is what comes before the first entry. */
    record Digest(String intro, List<DigestSection> sections) {
    }

    record DigestSection(String heading, List<DigestEntry> entries) {
    }

    /**
     * One "++" entry: its text (all its blocks, plain), an outlet named before a colon, its first link, and its blocks
     * as HTML when they hold more than one line of plain text with at most one link (else null: the line says it all).
     */
    record DigestEntry(String text, String outlet, String href, String html) {
    }

    /** A top-level block of a post: a paragraph, quote, list, heading or figure. */
    private static final Pattern BLOCK = Pattern.compile("<(p|blockquote|ul|ol|h[2-6]|figure)\\b[^>]*>(.*?)</\\1>", Pattern.DOTALL);
    private static final Pattern LINK = Pattern.compile("<a\\s[^>]*>([^<]*)</a>");
    private static final Pattern SECTION_HEADING = Pattern.compile("^\\s*<(?:strong|b)>([^<]{1,200}?):?\\s*</(?:strong|b)>\\s*$");
    private static final Pattern HREF = Pattern.compile("<a\\s+[^>]*href=\"([^\"]+)\"");
    private static final Pattern ENTRY_OUTLET = Pattern.compile("^([^:<>]{2,80}):\\s+");

    /** Reads a weekly digest's body; answers empty when it holds no "++" entry. */
    static Optional<Digest> digest(String html) {
        String body = BLOCK_COMMENT.matcher(html == null ? "" : html).replaceAll("");
        List<String> intro = new ArrayList<>();
        List<DigestSection> sections = new ArrayList<>();
        String heading = null;
        List<DigestEntry> entries = new ArrayList<>();
        EntryBuilder entry = null;
        boolean any = false;
        Matcher blocks = BLOCK.matcher(body);
        while (blocks.find()) {
            boolean paragraph = blocks.group(1).equals("p");
            String inner = blocks.group(2).strip();
            Matcher named = SECTION_HEADING.matcher(inner);
            if (paragraph && named.matches()) {
                if (entry != null) {
                    entries.add(entry.build());
                    entry = null;
                }
                if (!entries.isEmpty() || heading != null) {
                    sections.add(new DigestSection(heading, entries));
                }
                heading = named.group(1).strip() + ":";
                entries = new ArrayList<>();
                continue;
            }
            if (paragraph && inner.startsWith("++")) {
                any = true;
                if (entry != null) {
                    entries.add(entry.build());
                }
                entry = new EntryBuilder("<p>" + inner.substring(2).strip() + "</p>");
            } else if (entry != null) {
                entry.add(blocks.group());
            } else {
                intro.add(blocks.group());
            }
        }
        if (entry != null) {
            entries.add(entry.build());
        }
        if (!entries.isEmpty() || heading != null) {
            sections.add(new DigestSection(heading, entries));
        }
        return any ? Optional.of(new Digest(String.join("\n", intro), sections)) : Optional.empty();
    }

    /** The blocks of one "++" entry as they are read. */
    private static final class EntryBuilder {
        private final List<String> blocks = new ArrayList<>();

        EntryBuilder(String first) {
            blocks.add(first);
        }

        void add(String block) {
            blocks.add(block);
        }

        DigestEntry build() {
            String html = String.join("\n", blocks);
            String plain = String.join("\n\n", blocks.stream().map(WordPressBody::text).filter(t -> !t.isBlank()).toList());
            Matcher o = ENTRY_OUTLET.matcher(plain);
            String outlet = o.find() ? o.group(1).strip() : null;
            Matcher link = HREF.matcher(html);
            String href = link.find() ? link.group(1).replace("&amp;", "&") : null;
            String line = cut(plain, 1000);
            boolean oneLine = blocks.size() == 1 && line.equals(plain)
                    && !TAG.matcher(LINK.matcher(html.substring(3, html.length() - 4)).replaceFirst("$1")).find();
            return new DigestEntry(line, outlet, href, oneLine ? null : html);
        }
    }

    /** {@code text}, shortened to {@code max} characters with an ellipsis when longer. */
    static String cut(String text, int max) {
        return text.length() > max ? text.substring(0, max - 1) + "…" : text;
    }

    private static String text(String html) {
        return TAG.matcher(html).replaceAll("").replace("&amp;", "&").replace("&nbsp;", " ").replaceAll("\\s+", " ").strip();
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.replace(",", ""), DateTimeFormatter.ofPattern("MMMM d yyyy", Locale.ENGLISH));
        } catch (DateTimeParseException e) {
            return null;
        }
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

    /** The host of a link, or null when it has none or is not a valid address. */
    private static String host(String url) {
        try {
            return URI.create(url).getHost();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

}
