package org.masthead.web.site;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * A shared cache in front of the app nodes (Varnish with its xkey module, or a CDN that purges by surrogate key):
 * which header names the keys of each public answer, where purges go, and how long stale pages may be served while the
 * app is unreachable ({@code masthead.cdn.*}).
 */
@ConfigMapping(prefix = "masthead.cdn")
public interface CdnConfig {

    /** The response header listing an answer's surrogate keys: Varnish xkey reads {@code xkey}; Fastly {@code Surrogate-Key}. */
    @WithDefault("xkey")
    String keyHeader();

    /** Where each change sends {@code PURGE} with the keys it affects (none: no shared cache to tell). */
    Optional<List<String>> purgeUrls();

    /** The request header a purge names its keys in ({@code xkey-purge} for the VCL in docker/varnish). */
    @WithDefault("xkey-purge")
    String purgeHeader();

    /** How long a shared cache may serve a page it holds while the app cannot answer (Cache-Control stale-if-error). */
    @WithDefault("24h")
    Duration staleIfError();

    /**
     * A second purge this long after the first: a node whose own page cache had not yet heard of the change (it follows
     * the change log twice a second) may have answered the shared cache's refetch with the page as it was.
     */
    @WithDefault("2s")
    Duration purgeAgainAfter();
}
