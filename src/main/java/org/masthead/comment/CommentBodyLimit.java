package org.masthead.comment;

import java.util.Optional;
import java.util.regex.Pattern;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Refuses an oversized comment form before it is read, let alone stored: the site otherwise takes
 * bodies up to the uploads' limit, and a reader's comment needs a few kilobytes.
 */
public class CommentBodyLimit {

    private static final Pattern COMMENTS = Pattern.compile("(/(ar|fa|sq))?/articles/[^/]+/comments/?");

    private final CommentConfig config;

    CommentBodyLimit(CommentConfig config) {
        this.config = config;
    }

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> limit(ContainerRequestContext request) {
        if (!"POST".equals(request.getMethod()) || !COMMENTS.matcher(request.getUriInfo().getPath()).matches()) {
            return Optional.empty();
        }
        int length = request.getLength();
        if (length < 0) {
            return Optional.of(Response.status(Response.Status.LENGTH_REQUIRED).build());
        }
        if (length > config.maxRequestBytes()) {
            return Optional.of(Response.status(Response.Status.REQUEST_ENTITY_TOO_LARGE).type(MediaType.TEXT_PLAIN + ";charset=UTF-8")
                    .entity("This comment is far longer than a comment may be.").build());
        }
        return Optional.empty();
    }
}
