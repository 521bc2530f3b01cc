package org.masthead.web.site.read;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.masthead.content.Byline;
import org.masthead.content.DigestContent;
import org.masthead.shared.ContentKind;
import org.masthead.content.MediaContent;
import org.masthead.content.PublicationContent;
import org.masthead.content.Source;

/** What the public pages show, resolved from live revisions: every link is a reader's address. */
public final class ReaderViews {

    private ReaderViews() {
    }

    public record Link(String label, String href) {
    }

    public record Image(String url, String alt, String caption, String credit, Integer width, Integer height) {
    }

    /** An entry of a listing, the sidebar or a feed; {@code comments} counts its approved readers' comments. */
    public record Teaser(long id, ContentKind kind, String language, String title, String href, String summary, Link category, Byline byline,
            Instant date, Image thumbnail, int comments) {
    }

    /** One page of a listing with its neighbours' addresses ("Newer posts" / "Older posts"), absent at either end. */
    public record Listing(List<Teaser> items, int page, String newerHref, String olderHref) {

        public boolean isEmpty() {
            return items.isEmpty();
        }
    }

    public record Related(String title, String href, String teaser, Image thumbnail, boolean external) {
    }

    /** A link to the same piece in another edition (hreflang alternates, "Read in …"). */
    public record Alternate(String language, String href) {
    }

    /**
     * A digest entry as readers see it: its rich {@code body} where it has one (sanitized when saved), else its line.
     * {@code href} is where it links; {@code linkShown} is false when the body already carries that link.
     */
    public record DigestEntry(String text, String outlet, String href, boolean external, String body, boolean linkShown) {

        static DigestEntry of(DigestContent.Entry entry, String href, boolean external) {
            String body = entry.body() == null || entry.body().isBlank() ? null : entry.body();
            boolean inBody = body != null && href != null && body.contains("href=\"" + href.replace("&", "&amp;") + "\"");
            return new DigestEntry(entry.text(), entry.outlet(), href, external, body, href != null && !inBody);
        }
    }

    public record DigestSection(String heading, List<DigestEntry> entries) {
    }

    public record Digest(String seriesTitle, String seriesHref, int number, LocalDate issueDate, List<DigestSection> sections) {
    }

    public record Media(MediaContent.Type type, List<Image> images, String videoUrl) {
    }

    public record Publication(PublicationContent.Type type, Image cover, String pdfUrl, String pdfName, long pdfBytes,
            String issue, String isbn) {

        /** The PDF's size in whole kilobytes, at least 1. */
        public int kilobytes() {
            return (int) Math.max(1, pdfBytes / 1024);
        }
    }

    /** A live item as its page shows it; {@code comments} counts its approved readers' comments. */
    public record Item(long id, ContentKind kind, String language, String title, String href, String summary, String body,
            Link category, List<Link> tags, Byline byline, List<Source> sources, Instant date, Instant modified, Image featured,
            List<Related> related, List<Alternate> translations, Digest digest, Media media, Publication publication,
            int comments) {
    }

    /** A tag or digest series: what a listing of it needs to know. */
    public record Term(long id, String name) {
    }

    /** A search hit: its snippet split into plain and matching parts, so the template escapes every part. */
    public record Hit(Teaser teaser, List<Snippet> snippet) {
    }

    public record Snippet(String text, boolean match) {
    }

    /** A page of search results; {@code newestHref} and {@code relevanceHref} are the query's first page in either order. */
    public record SearchResults(String query, List<Hit> hits, int page, String newerHref, String olderHref, ReaderSearch.Order order,
            String newestHref, String relevanceHref) {

        public boolean byRelevance() {
            return order == ReaderSearch.Order.RELEVANCE;
        }
    }
}
