package org.masthead.web.api.problem;

import org.masthead.shared.StaleVersionException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A stale save answers 409 with the version that won and who saved it. */
public class StaleVersionMapper {

    @ServerExceptionMapper
    public Response conflict(StaleVersionException e, UriInfo uri) {
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("currentVersion", e.currentVersion());
        if (e.updatedBy() != null) {
            members.put("updatedBy", e.updatedBy());
        }
        if (e.updatedAt() != null) {
            members.put("updatedAt", e.updatedAt().toString());
        }
        return Problem.of(Response.Status.CONFLICT, e.getMessage(), uri.getPath()).withExtensions(members).toResponse();
    }
}
