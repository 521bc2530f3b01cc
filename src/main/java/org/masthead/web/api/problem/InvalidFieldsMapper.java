package org.masthead.web.api.problem;

import org.masthead.shared.InvalidFieldsException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Field errors found by services answer 400 like annotation failures do. */
public class InvalidFieldsMapper {

    @ServerExceptionMapper
    public Response invalid(InvalidFieldsException e, UriInfo uri) {
        return Problem.of(Response.Status.BAD_REQUEST, e.getMessage(), uri.getPath()).withErrors(e.errors()).toResponse();
    }
}
