package org.masthead.web.site;

import java.util.Optional;
import java.util.OptionalInt;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The site as configured at start (masthead.site.*); what admins change at run time is in SiteSettings. */
@ConfigMapping(prefix = "masthead.site")
public interface SiteConfig {

    /** The newsroom's time zone: schedules are entered in it, and readers' dates shown in it. */
    @WithDefault("UTC")
    String timeZone();

    /**
     * The public address of the site (https://news.example.org), for feeds, sitemaps, canonical and
     * share links. Production refuses to start without it (org.masthead.boot.DependencyCheck); only
     * dev and test fall back to the request's address.
     */
    Optional<String> publicUrl();

    /** How many rendered public pages are kept in memory. */
    @WithDefault("5000")
    int cachedPages();

    /** How long browsers and CDNs may reuse a public page without asking again, in seconds. */
    @WithDefault("60")
    int maxAge();

    /**
     * How many pages not in the cache are rendered at once; more wait their turn. Default: two per
     * processor — a render is mostly processor work with short waits on the database, and many more
     * at once only share the processors, so every reader waits longer (p99 at 50 readers on 2 cores:
     * 27 ms for an article with 4, 59–74 ms with the shared worker pool).
     */
    OptionalInt renderThreads();
}
