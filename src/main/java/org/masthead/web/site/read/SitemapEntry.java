package org.masthead.web.site.read;

import java.time.Instant;

/** An entry of the sitemap: a live item's address, when it last went live, and its translation group. */
public record SitemapEntry(String href, Instant modified, Long group, String language) {
}
