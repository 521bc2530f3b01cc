package org.masthead.web.desk.site;

import java.net.URI;

import org.masthead.mail.Outbox;
import org.masthead.security.CurrentStaff;
import org.masthead.security.Roles;
import org.masthead.security.StaffMember;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

/** The mail outbox for admins: what is queued, sent and failed (with the server's answer), and a failed one sent again. */
@Path("/admin/site/mail")
@RolesAllowed(Roles.ADMIN)
public class MailDeskResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance mail(StaffMember me, Outbox.Overview overview, boolean enabled, String done);
    }

    private final Outbox outbox;
    private final CurrentStaff staff;

    MailDeskResource(Outbox outbox, CurrentStaff staff) {
        this.outbox = outbox;
        this.staff = staff;
    }

    @GET
    public TemplateInstance index(@jakarta.ws.rs.QueryParam("done") String done) {
        return Templates.mail(staff.required(), outbox.overview(200), outbox.enabled(), done);
    }

    @POST
    @Path("{id: \\d+}/retry")
    public Response retry(@PathParam("id") long id) {
        boolean queued = outbox.retry(id);
        return Response.seeOther(URI.create("/admin/site/mail?done=" + (queued ? "retry" : "not-failed"))).build();
    }
}
