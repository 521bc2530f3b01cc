package org.masthead.web.api.problem;

import org.masthead.shared.ConflictException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

public class ConflictMapper {

    @ServerExceptionMapper
    public Response conflict(ConflictException e, UriInfo uri) {
        return Problem.of(Response.Status.CONFLICT, e.getMessage(), uri.getPath()).toResponse();
    }
}
