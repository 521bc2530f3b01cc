package org.masthead.api.problem;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Not found, or not visible to this caller (which must look the same): a 404 problem on the API. */
public class NotFoundMapper {

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, UriInfo uri) {
        String detail = e.getMessage() == null || e.getMessage().startsWith("HTTP 404") ? "Nothing here." : e.getMessage();
        return Problem.of(Response.Status.NOT_FOUND, detail, uri.getPath()).toResponse();
    }
}
