package org.masthead.web.api.problem;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.masthead.web.site.PublicResponder;

import io.smallrye.mutiny.Uni;

/**
 * Not found, or not visible to this caller (which must look the same): a 404 problem on the API and
 * the desk, the edition's themed "Page not found" on the public site.
 */
public class NotFoundMapper {

    private final PublicResponder site;

    NotFoundMapper(PublicResponder site) {
        this.site = site;
    }

    @ServerExceptionMapper
    public Uni<Response> notFound(NotFoundException e, UriInfo uri) {
        return notFound(e.getMessage(), uri);
    }

    /** The domain's own "not found", answered exactly as the HTTP one. */
    @ServerExceptionMapper
    public Uni<Response> notFound(org.masthead.shared.NotFoundException e, UriInfo uri) {
        return notFound(e.getMessage(), uri);
    }

    private Uni<Response> notFound(String message, UriInfo uri) {
        String path = uri.getPath();
        if (path.startsWith("/api/") || path.equals("/api") || path.startsWith("/admin") || path.startsWith("/q/")) {
            String detail = message == null || message.startsWith("HTTP 404") ? "Nothing here." : message;
            return Uni.createFrom().item(Problem.of(Response.Status.NOT_FOUND, detail, path).toResponse());
        }
        return site.notFound(uri);
    }
}
