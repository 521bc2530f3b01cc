package org.masthead.web.site;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.jboss.logging.Logger;
import org.masthead.media.FileRemoved;
import org.masthead.shared.PublicChange;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

/**
 * Tells the shared cache in front of the nodes what a change affects: after the change commits, a generic HTTP
 * {@code PURGE} with the affected surrogate keys in {@link CdnConfig#purgeHeader()} goes to each configured endpoint,
 * and again {@link CdnConfig#purgeAgainAfter()} later. The keys are those of {@link SurrogateKeys}.
 */
@ApplicationScoped
public class CdnPurger {

    private static final Logger LOG = Logger.getLogger(CdnPurger.class);

    private final CdnConfig config;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ScheduledExecutorService later = Executors.newSingleThreadScheduledExecutor(run -> {
        Thread thread = new Thread(run, "cdn-purge");
        thread.setDaemon(true);
        return thread;
    });

    CdnPurger(CdnConfig config) {
        this.config = config;
    }

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) PublicChange change) {
        List<String> urls = config.purgeUrls().orElse(List.of());
        Set<String> affected = SurrogateKeys.of(change);
        if (urls.isEmpty() || affected.isEmpty()) {
            return;
        }
        purgeNowAndAgain(urls, String.join(" ", affected));
    }

    /** A deleted file goes from the shared cache too (it may be a takedown): its answers carry {@code upload-N}. */
    void fileRemoved(@Observes(during = TransactionPhase.AFTER_SUCCESS) FileRemoved removed) {
        List<String> urls = config.purgeUrls().orElse(List.of());
        if (!urls.isEmpty()) {
            purgeNowAndAgain(urls, SurrogateKeys.upload(removed.uploadId()));
        }
    }

    /** Again after a while, in case another node refetched the page before its own cache had followed the change. */
    private void purgeNowAndAgain(List<String> urls, String keys) {
        purge(urls, keys);
        later.schedule(() -> purge(urls, keys), config.purgeAgainAfter().toMillis(), TimeUnit.MILLISECONDS);
    }

    private void purge(List<String> urls, String keys) {
        for (String url : urls) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5))
                    .method("PURGE", HttpRequest.BodyPublishers.noBody()).header(config.purgeHeader(), keys).build();
            http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
                if (failure != null) {
                    LOG.warnf("Purge of %s at %s failed: %s", keys, url, failure.getMessage());
                } else if (response.statusCode() / 100 != 2) {
                    LOG.warnf("Purge of %s at %s answered HTTP %d", keys, url, response.statusCode());
                } else {
                    LOG.debugf("Purged %s at %s", keys, url);
                }
            });
        }
    }

    void stop(@Observes ShutdownEvent stop) {
        later.shutdownNow();
    }
}
