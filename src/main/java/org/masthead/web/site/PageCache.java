package org.masthead.web.site;

import org.masthead.shared.PublicChange;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

import org.jboss.logging.Logger;
import org.masthead.shared.Edition;
import org.masthead.web.site.read.ReaderSql;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

/**
 * Rendered public pages, kept in memory per edition. A page stays until something it may show
 * changes: a {@link PublicChange} for its edition (publish, unpublish, menu, settings…) drops the
 * edition's pages after the change commits, and the next scheduled go-live or expiry, known in
 * advance, drops every page the moment the clock reaches it.
 */
@ApplicationScoped
public class PageCache {

    private static final Logger LOG = Logger.getLogger(PageCache.class);
    /** The next visibility change is unknown and must be looked up before a page is served from memory. */
    private static final Instant UNKNOWN = Instant.MIN;

    /** An HTTP date (IMF-fixdate, RFC 9110 5.6.7): "Sun, 06 Nov 1994 08:49:37 GMT". */
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US)
            .withZone(ZoneOffset.UTC);

    /** A rendered page with its validators; Last-Modified is written once, not on every answer. */
    public record Page(byte[] body, String contentType, String language, String etag, Instant lastModified,
            String lastModifiedHeader, Set<String> keys, String surrogateKeys) {

        /** Its edition's key first, then its own ({@link SurrogateKeys}); the header's value is joined once, not per answer. */
        static Page of(byte[] body, String contentType, String language, String etag, Instant lastModified, Set<String> more) {
            Set<String> keys = new LinkedHashSet<>();
            keys.add(SurrogateKeys.edition(language));
            more.stream().sorted().forEach(keys::add);
            return new Page(body, contentType, language, etag, lastModified, HTTP_DATE.format(lastModified),
                    Collections.unmodifiableSet(keys), String.join(" ", keys));
        }
    }

    /** A kept page and when a reader last got it, so that a full cache lets go of the pages least asked for. */
    private static final class Kept {
        final Page page;
        volatile long lastUsed;

        Kept(Page page, long now) {
            this.page = page;
            this.lastUsed = now;
        }

        Page use(long now) {
            lastUsed = now;
            return page;
        }
    }

    private final Map<String, Kept> pages = new ConcurrentHashMap<>();
    private final Map<String, Instant> editionChanged = new ConcurrentHashMap<>();
    private final AtomicReference<Instant> nextVisibilityChange = new AtomicReference<>(UNKNOWN);
    /** Counts changes, so that a page rendered while a change committed is not kept. */
    private final AtomicLong generation = new AtomicLong();
    private final Clock clock;
    private final ReaderSql sql;
    private final int capacity;

    PageCache(Clock clock, ReaderSql sql, SiteConfig config) {
        this.clock = clock;
        this.sql = sql;
        this.capacity = config.cachedPages();
        Instant start = Instant.now(clock).truncatedTo(ChronoUnit.SECONDS);
        Edition.LANGUAGES.forEach(language -> editionChanged.put(language, start));
    }

    /** The cached page, if it is still what a reader should see; never touches the database. */
    public Page cached(String key) {
        Instant boundary = nextVisibilityChange.get();
        if (boundary == UNKNOWN || !Instant.now(clock).isBefore(boundary)) {
            return null;
        }
        Kept kept = pages.get(key);
        return kept == null ? null : kept.use(System.nanoTime());
    }

    /** The page last kept for {@code key}, current or not: served when the database cannot be reached. */
    public Page stale(String key) {
        Kept kept = pages.get(key);
        return kept == null ? null : kept.use(System.nanoTime());
    }

    /**
     * Makes the cache current before a page is rendered (on a worker thread): forgets every page
     * once the clock passed a scheduled go-live or expiry, and looks up the next one.
     */
    public void catchUp() {
        Instant now = Instant.now(clock);
        Instant boundary = nextVisibilityChange.get();
        if (boundary != UNKNOWN && now.isBefore(boundary)) {
            return;
        }
        if (boundary != UNKNOWN) {
            generation.incrementAndGet();
            pages.clear();
            Instant at = boundary.truncatedTo(ChronoUnit.SECONDS);
            Edition.LANGUAGES.forEach(language -> editionChanged.merge(language, at, (a, b) -> a.isAfter(b) ? a : b));
            LOG.debugf("Scheduled visibility change at %s: public pages dropped", boundary);
        }
        long before = generation.get();
        Instant next = nextChangeAfter(now);
        if (generation.get() == before) {
            nextVisibilityChange.compareAndSet(boundary, next);
        }
    }

    private Instant nextChangeAfter(Instant now) {
        Instant next = Instant.MAX;
        for (String column : List.of("live_from", "live_until")) {
            Optional<Instant> at = sql.first("SELECT MIN(" + column + ") AS at FROM content_item WHERE live_revision IS NOT NULL AND "
                    + column + " > ?", row -> ReaderSql.instant(row, "at"), now);
            if (at.isPresent() && at.get().isBefore(next)) {
                next = at.get();
            }
        }
        return next;
    }

    /** The generation to hand back to {@link #store}: taken before rendering. */
    public long generation() {
        return generation.get();
    }

    /**
     * Stores a freshly rendered page, unless something changed since {@code renderedAt} began;
     * its ETag is a hash of its bytes, its Last-Modified its edition's last change.
     */
    public Page store(String key, String language, String html, String contentType, long renderedAt, Set<String> keys) {
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        Page page = Page.of(body, contentType, language, etag(body), lastModified(language), keys);
        if (capacity > 0 && pages.size() >= capacity) {
            evictLeastUsed();
        }
        if (capacity > 0 && nextVisibilityChange.get() != UNKNOWN && generation.get() == renderedAt) {
            pages.put(key, new Kept(page, System.nanoTime()));
        }
        return page;
    }

    /**
     * Lets go of the tenth of the pages readers asked for least recently: the home page and the day's articles stay,
     * one-off searches go first (and so a database outage finds the pages readers actually read still here).
     */
    private synchronized void evictLeastUsed() {
        if (pages.size() < capacity) {
            return;
        }
        List<Map.Entry<String, Long>> byUse = new ArrayList<>(pages.size());
        pages.forEach((key, kept) -> byUse.add(Map.entry(key, kept.lastUsed)));
        byUse.sort(Map.Entry.comparingByValue());
        int drop = Math.max(1, capacity / 10);
        for (int i = 0; i < drop && i < byUse.size(); i++) {
            pages.remove(byUse.get(i).getKey());
        }
    }

    public Instant lastModified(String language) {
        return editionChanged.getOrDefault(language, Instant.EPOCH);
    }

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) PublicChange change) {
        drop(change, change.reason());
    }

    /** A change another node made, read from the change log (see {@link ChangeFeed}). */
    void changedElsewhere(PublicChange change) {
        drop(change, "on another node: " + change.reason());
    }

    /** Forgets the pages that carry a key the change affects ({@link SurrogateKeys}). */
    private void drop(PublicChange change, String reason) {
        Set<String> keys = SurrogateKeys.of(change);
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.SECONDS);
        generation.incrementAndGet();
        pages.values().removeIf(kept -> kept.page.keys().stream().anyMatch(keys::contains));
        // the pages rendered anew must not be answered 304 to an If-Modified-Since from before the change
        change.languages().forEach(language -> editionChanged.merge(language, now, (a, b) -> a.isAfter(b) ? a : b));
        nextVisibilityChange.set(UNKNOWN);
        LOG.debugf("Public pages with %s dropped: %s", keys, reason);
    }

    /** How many pages are held, for tests and metrics. */
    public int size() {
        return pages.size();
    }

    /**
     * A strong validator from the page's bytes: two checksums with different polynomials (CRC-32C
     * and CRC-32, both computed by the processor) and the length, so two different renderings of an
     * address practically never share one. A cryptographic hash would cost more than the render.
     */
    static String etag(byte[] body) {
        CRC32C c = new CRC32C();
        c.update(body);
        CRC32 d = new CRC32();
        d.update(body);
        return "\"" + Long.toString(c.getValue(), 36) + "-" + Long.toString(d.getValue(), 36) + "-" + Integer.toString(body.length, 36)
                + "\"";
    }
}
