package org.masthead.web.site;

import java.net.URI;

import org.masthead.media.MediaLinks;
import org.masthead.media.MediaStore;
import org.masthead.media.Upload;
import org.masthead.media.UploadService;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * Serves uploaded files to readers, from whichever store keeps them, or sends them to the public base URL that serves
 * them instead. The URL carries the random storage key, so files cannot be enumerated by id; the type sent is the sniffed
 * one and browsers are told not to guess another.
 */
@Path("/uploads/{id}/{key}")
public class UploadFileResource {

    @Inject
    UploadService uploads;

    @Inject
    MediaLinks links;

    @Inject
    CdnConfig cdn;

    @GET
    @PermitAll
    public Response file(@PathParam("id") long id, @PathParam("key") String key) {
        UploadService.StoredFile file = uploads.file(id, key).orElseThrow(NotFoundException::new);
        var elsewhere = links.elsewhere(file.storageKey());
        if (elsewhere.isPresent()) {
            return movedTo(elsewhere.get());
        }
        MediaStore.MediaObject stored = uploads.open(file).orElseThrow(NotFoundException::new);
        Response.ResponseBuilder response = stored.file() != null ? Response.ok(stored.file().toFile(), file.contentType())
                : Response.ok(stored.stream(), file.contentType()).header(HttpHeaders.CONTENT_LENGTH, stored.length());
        return headers(response, file).build();
    }

    /** The headers a GET would send, from the library's record alone: no file is opened (a stream would never be read). */
    @HEAD
    @PermitAll
    public Response head(@PathParam("id") long id, @PathParam("key") String key) {
        UploadService.StoredFile file = uploads.file(id, key).orElseThrow(NotFoundException::new);
        var elsewhere = links.elsewhere(file.storageKey());
        if (elsewhere.isPresent()) {
            return movedTo(elsewhere.get());
        }
        return headers(Response.ok().type(file.contentType()).header(HttpHeaders.CONTENT_LENGTH, file.sizeBytes()), file).build();
    }

    private static Response movedTo(String url) {
        // a day, not for good: the base URL may move to another CDN
        return Response.status(Response.Status.MOVED_PERMANENTLY).location(URI.create(url))
                .header(HttpHeaders.CACHE_CONTROL, "public, max-age=86400").build();
    }

    private Response.ResponseBuilder headers(Response.ResponseBuilder response, UploadService.StoredFile file) {
        return response.header("X-Content-Type-Options", "nosniff")
                .header("Content-Disposition", Upload.contentDisposition(file.fileName()))
                .header(HttpHeaders.CACHE_CONTROL, Upload.CACHE_CONTROL)
                // a deleted file is purged from a shared cache by this key
                .header(cdn.keyHeader(), SurrogateKeys.upload(file.id()));
    }
}
