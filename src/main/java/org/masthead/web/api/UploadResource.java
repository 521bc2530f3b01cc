package org.masthead.web.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.masthead.media.UploadDetails;
import org.masthead.media.UploadService;
import org.masthead.media.UploadView;
import org.masthead.security.CurrentStaff;
import org.masthead.security.Roles;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** The media library: upload images and PDFs, describe them, find them. */
@Path("/api/v1/uploads")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Uploads")
@SecurityRequirement(name = "bearer")
public class UploadResource {

    @Inject
    UploadService uploads;

    @Inject
    CurrentStaff staff;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "Upload a JPEG, PNG or GIF image (alt text required) or a PDF",
            description = "The type is judged from the file's bytes; a file whose content is not one of these is refused.")
    public Response upload(@RestForm("file") FileUpload file, @RestForm("alt") String alt,
            @RestForm("caption") String caption, @RestForm("credit") String credit, @Context UriInfo uri) {
        UploadView stored = uploads.store(staff.required(), file == null ? null : file.uploadedFile(),
                file == null ? null : file.fileName(), alt, caption, credit);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(stored.id())).build()).entity(stored).build();
    }

    @GET
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "Uploads, newest first; q searches name, alt text, caption and credit")
    public List<UploadView> list(@QueryParam("q") String text, @QueryParam("before") String before,
            @QueryParam("limit") String limit) {
        return uploads.list(text, QueryParams.optionalLong("before", before), QueryParams.limit(limit, 50, 200));
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Roles.EDITOR)
    public UploadView get(@PathParam("id") long id) {
        return uploads.get(id);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "Change alt text, caption and credit (carries version)")
    public UploadView describe(@PathParam("id") long id, @Valid @NotNull UploadDetails details) {
        return uploads.describe(staff.required(), id, details);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.REVIEWER)
    @Operation(summary = "Delete an upload no item uses")
    public Response delete(@PathParam("id") long id) {
        uploads.delete(staff.required(), id);
        return Response.noContent().build();
    }
}
