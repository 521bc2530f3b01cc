package org.masthead.web;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.masthead.media.MediaStore;
import org.masthead.web.api.problem.Problem;
import org.masthead.web.site.PublicResponder;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** A media store that cannot be reached is a 503 with Retry-After, like a database that cannot: try again, nothing was lost. */
public class MediaStoreFaultMapper {

    private static final Logger LOG = Logger.getLogger(MediaStoreFaultMapper.class);

    @ServerExceptionMapper
    public Response unavailable(MediaStore.Unavailable e, UriInfo uri) {
        String path = uri.getPath();
        LOG.warnf("Media store unavailable, %s answered 503: %s", path, e.getMessage());
        Response.ResponseBuilder response;
        if (path.startsWith("/api/")) {
            response = Response.fromResponse(Problem.of(Response.Status.SERVICE_UNAVAILABLE,
                    "The media store cannot be reached just now; nothing was saved. Try again in a minute.", path).toResponse());
        } else {
            response = Response.status(Response.Status.SERVICE_UNAVAILABLE).type(MediaType.TEXT_PLAIN + ";charset=UTF-8")
                    .entity("The file cannot be reached just now; nothing was saved. Please try again in a minute.");
        }
        return response.header(HttpHeaders.RETRY_AFTER, PublicResponder.RETRY_AFTER_SECONDS)
                .header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }
}
