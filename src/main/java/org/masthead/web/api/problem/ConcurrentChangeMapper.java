package org.masthead.web.api.problem;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Two requests raced for the same row or the same unique name (two new items with one title at
 * the same moment): the loser gets a 409 and can simply try again; nothing half-done was saved.
 */
public class ConcurrentChangeMapper {

    @ServerExceptionMapper({ OptimisticLockException.class, StaleStateException.class, ConstraintViolationException.class })
    public Response raced(RuntimeException e, UriInfo uri) {
        return Problem.of(Response.Status.CONFLICT,
                "Someone else changed this at the same moment; nothing was saved. Reload and try again.", uri.getPath())
                .toResponse();
    }
}
