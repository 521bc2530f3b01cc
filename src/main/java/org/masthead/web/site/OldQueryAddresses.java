package org.masthead.web.site;

import java.util.Optional;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.masthead.redirect.RedirectService;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

/**
 * WordPress answers {@code /?p=12}, {@code /?page_id=7} and {@code /?attachment_id=9} on its home page; links like
 * these live on in other sites and in readers' bookmarks. A request for the home page carrying one is answered with
 * a 301 to the item's address when an import recorded it; every other request passes untouched (a string check).
 */
public class OldQueryAddresses {

    private final RedirectService redirects;

    OldQueryAddresses(RedirectService redirects) {
        this.redirects = redirects;
    }

    @ServerRequestFilter(preMatching = true)
    public Uni<Response> redirect(ContainerRequestContext request) {
        String query = request.getUriInfo().getRequestUri().getRawQuery();
        String method = request.getMethod();
        Optional<String> key = "/".equals(request.getUriInfo().getPath()) && ("GET".equals(method) || "HEAD".equals(method))
                ? RedirectService.queryKey(query) : Optional.empty();
        if (key.isEmpty()) {
            return Uni.createFrom().nullItem();
        }
        return Uni.createFrom().item(() -> redirects.resolve(key.get()).map(PublicResponder::movedTo).orElse(null))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }
}
