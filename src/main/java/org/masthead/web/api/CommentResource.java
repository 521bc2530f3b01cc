package org.masthead.web.api;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.masthead.shared.InvalidFieldsException;
import org.masthead.comment.CommentPage;
import org.masthead.comment.CommentService;
import org.masthead.comment.CommentStatus;
import org.masthead.comment.CommentView;
import org.masthead.security.CurrentStaff;
import org.masthead.security.Roles;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;

/** Moderating readers' comments (reviewers and admins). Readers post comments through the public site's form. */
@Path("/api/v1/comments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Comments")
@SecurityRequirement(name = "bearer")
@RolesAllowed(Roles.REVIEWER)
public class CommentResource {

    @Inject
    CommentService comments;

    @Inject
    CurrentStaff staff;

    @GET
    @Operation(summary = "Comments of one status (PENDING unless given), newest first; page on with ?after={next}")
    public CommentPage list(@QueryParam("status") String status, @QueryParam("after") String after,
            @QueryParam("limit") String limit) {
        return comments.list(staff.required(), status(status), after, QueryParams.limit(limit, 20, 100));
    }

    @POST
    @Path("{id}/approve")
    @Operation(summary = "Show the comment to readers")
    public CommentView approve(@PathParam("id") long id) {
        return comments.approve(staff.required(), id);
    }

    @POST
    @Path("{id}/reject")
    @Operation(summary = "Keep the comment from readers (it stays on the desk)")
    public CommentView reject(@PathParam("id") long id) {
        return comments.reject(staff.required(), id);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete the comment for good")
    public Response delete(@PathParam("id") long id) {
        comments.delete(staff.required(), id);
        return Response.noContent().build();
    }

    private static CommentStatus status(String value) {
        if (value == null || value.isBlank()) {
            return CommentStatus.PENDING;
        }
        try {
            return CommentStatus.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidFieldsException.of("status", "must be one of PENDING, APPROVED, REJECTED");
        }
    }
}
