package org.masthead.web.api.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import java.util.List;
import java.util.Map;

/**
 * Other refusals of the HTTP layer on the API (unreadable body, wrong method or media type) as
 * problem+json with their own status; elsewhere the response is left as it was.
 */
public class HttpProblemMapper {

    @ServerExceptionMapper
    public Response refused(WebApplicationException e, UriInfo uri) {
        Response original = e.getResponse();
        if (!uri.getPath().startsWith("/api/") || original.getStatus() >= 500 || original.hasEntity()) {
            return original;
        }
        Response.Status status = Response.Status.fromStatusCode(original.getStatus());
        String detail = switch (original.getStatus()) {
            case 400 -> "The request could not be read; send a JSON body that matches the documented shape.";
            case 405 -> "This method is not allowed here.";
            case 406 -> "This resource answers application/json.";
            case 415 -> "Send the body as application/json (uploads: multipart/form-data).";
            default -> status == null ? "The request was refused." : status.getReasonPhrase() + ".";
        };
        Response.ResponseBuilder problem = Response.fromResponse(
                new Problem("about:blank", status == null ? "Error" : status.getReasonPhrase(), original.getStatus(), detail,
                        uri.getPath(), List.of(), Map.of()).toResponse());
        original.getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Type") && !name.equalsIgnoreCase("Content-Length")) {
                values.forEach(value -> problem.header(name, value));
            }
        });
        return problem.build();
    }
}
