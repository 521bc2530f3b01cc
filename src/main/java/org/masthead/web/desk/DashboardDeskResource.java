package org.masthead.web.desk;

import org.masthead.security.CurrentStaff;
import org.masthead.security.Roles;
import org.masthead.security.StaffMember;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The editorial desk's front page. */
@Path("/admin")
@Produces(MediaType.TEXT_HTML)
public class DashboardDeskResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(StaffMember me, DeskQueries.Dashboard board);
    }

    @Inject
    CurrentStaff staff;

    @Inject
    DeskQueries desk;

    @GET
    @RolesAllowed({ Roles.EDITOR, Roles.REVIEWER, Roles.ADMIN })
    public TemplateInstance index() {
        StaffMember me = staff.required();
        return Templates.index(me, desk.dashboard(me));
    }
}
