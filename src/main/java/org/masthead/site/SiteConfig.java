package org.masthead.site;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The site as configured at start (masthead.site.*); what admins change at run time is in SiteSettings. */
@ConfigMapping(prefix = "masthead.site")
public interface SiteConfig {

    /** The newsroom's time zone: schedules are entered in it, and readers' dates shown in it. */
    @WithDefault("UTC")
    String timeZone();

    /** The public address of the site (https://news.example.org), for feeds, sitemaps and canonical links; else the request's. */
    Optional<String> publicUrl();

    /** How many rendered public pages are kept in memory. */
    @WithDefault("5000")
    int cachedPages();

    /** How long browsers and CDNs may reuse a public page without asking again, in seconds. */
    @WithDefault("60")
    int maxAge();
}
