package org.masthead.web.site;

import org.masthead.media.UploadService;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

/**
 * Serves uploaded files to readers. The URL carries the random storage key, so files cannot be
 * enumerated by id; the type sent is the sniffed one and browsers are told not to guess another.
 */
@Path("/uploads/{id}/{key}")
public class UploadFileResource {

    @Inject
    UploadService uploads;

    @GET
    @PermitAll
    public Response file(@PathParam("id") long id, @PathParam("key") String key) {
        UploadService.StoredFile file = uploads.file(id, key).orElseThrow(NotFoundException::new);
        return Response.ok(file.path().toFile(), file.contentType())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Disposition", "inline; filename=\"" + file.fileName().replace("\"", "") + "\"")
                .header("Cache-Control", "public, max-age=31536000, immutable")
                .build();
    }
}
