package org.masthead.web.desk.comment;

import java.net.URI;
import java.util.Locale;
import java.util.Map;

import org.jboss.resteasy.reactive.RestForm;
import org.masthead.comment.CommentPage;
import org.masthead.comment.CommentService;
import org.masthead.comment.CommentStatus;
import org.masthead.security.Roles;
import org.masthead.security.CurrentStaff;
import org.masthead.security.StaffMember;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Readers' comments on the desk: the queue by status, newest first, with approve, reject and delete. */
@Path("/admin/comments")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.REVIEWER)
public class CommentDeskResource {

    private static final int PAGE_SIZE = 20;
    private static final Map<String, String> DONE = Map.of("approved", "Comment approved: it now shows on the article.",
            "rejected", "Comment rejected: readers do not see it.", "deleted", "Comment deleted.");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance comments(StaffMember me, CommentStatus status, CommentPage page, String after,
                String message);
    }

    @Inject
    CommentService comments;

    @Inject
    CurrentStaff staff;

    private StaffMember me() {
        return staff.required();
    }

    @GET
    public TemplateInstance list(@QueryParam("status") String status, @QueryParam("after") String after,
            @QueryParam("done") String done) {
        CommentStatus shown = status(status);
        return Templates.comments(me(), shown, comments.list(me(), shown, after, PAGE_SIZE), after == null ? "" : after,
                done == null ? null : DONE.get(done));
    }

    @POST
    @Path("{id: \\d+}/{action: approve|reject|delete}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response moderate(@PathParam("id") long id, @PathParam("action") String action, @RestForm String status,
            @RestForm String after) {
        switch (action) {
            case "approve" -> comments.approve(me(), id);
            case "reject" -> comments.reject(me(), id);
            default -> comments.delete(me(), id);
        }
        String back = "/admin/comments?status=" + status(status).name().toLowerCase(Locale.ROOT)
                + (after != null && after.matches("[0-9T:.Z_-]{1,60}") ? "&after=" + after : "")
                + "&done=" + (action.equals("approve") ? "approved" : action.equals("reject") ? "rejected" : "deleted");
        return Response.seeOther(URI.create(back)).build();
    }

    /** The status asked for, pending (the queue) when none or an unknown one. */
    private static CommentStatus status(String value) {
        if (value != null) {
            for (CommentStatus s : CommentStatus.values()) {
                if (s.name().equalsIgnoreCase(value.strip())) {
                    return s;
                }
            }
        }
        return CommentStatus.PENDING;
    }
}
