package org.masthead.web;

import java.util.Optional;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.masthead.media.UploadsConfig;
import org.masthead.web.api.problem.Problem;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Refuses an upload larger than any file may be from its declared length, before a byte of the body is read:
 * otherwise the server would first take up to quarkus.http.limits.max-body-size into its temporary folder. What
 * passes is streamed to a temporary file, never held in memory, and judged by type once it is there.
 */
public class UploadRequestLimit {

    /** Room for the form's other fields and the multipart boundaries around the file. */
    static final long FORM_OVERHEAD = 64 * 1024;

    private final UploadsConfig config;

    UploadRequestLimit(UploadsConfig config) {
        this.config = config;
    }

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> limit(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        boolean api = path.equals("/api/v1/uploads");
        if (!"POST".equals(request.getMethod()) || !api && !path.equals("/admin/library")) {
            return Optional.empty();
        }
        long largest = Math.max(config.maxImageBytes(), config.maxPdfBytes());
        String declared = request.getHeaderString("Content-Length");
        long length;
        try {
            length = declared == null ? -1 : Long.parseLong(declared.strip());
        } catch (NumberFormatException e) {
            length = -1;
        }
        if (length <= largest + FORM_OVERHEAD) {
            return Optional.empty();
        }
        String detail = "The upload is " + UploadsConfig.megabytes(length) + "; no file may be larger than "
                + UploadsConfig.megabytes(largest) + ".";
        if (api) {
            return Optional.of(Problem.of(Response.Status.REQUEST_ENTITY_TOO_LARGE, detail, path).toResponse());
        }
        return Optional.of(Response.status(Response.Status.REQUEST_ENTITY_TOO_LARGE)
                .type(MediaType.TEXT_PLAIN + ";charset=UTF-8").entity(detail + " Go back and choose a smaller file.").build());
    }
}
