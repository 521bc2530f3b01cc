package org.masthead.media;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import jakarta.enterprise.context.ApplicationScoped;

/** A node that cannot reach its media store takes no readers: a load balancer sends them to one that can. */
@Readiness
@ApplicationScoped
class MediaStoreReadiness implements HealthCheck {

    private final MediaStore store;

    MediaStoreReadiness(MediaStore store) {
        this.store = store;
    }

    @Override
    public HealthCheckResponse call() {
        return store.problem()
                .map(problem -> HealthCheckResponse.named("media store").down().withData("problem", problem).build())
                .orElseGet(() -> HealthCheckResponse.named("media store").up().build());
    }
}
