package org.masthead.web.desk.site;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jboss.resteasy.reactive.RestForm;
import org.masthead.redirect.RedirectService;
import org.masthead.redirect.RedirectService.Miss;
import org.masthead.redirect.RedirectService.RedirectView;
import org.masthead.security.CurrentStaff;
import org.masthead.security.Roles;
import org.masthead.security.StaffMember;
import org.masthead.shared.InvalidFieldsException;
import org.masthead.web.desk.FormErrors;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Old addresses on the desk: the redirects (an import's and the desk's own), most used first, and the addresses readers
 * asked for that nothing answers, each with "make a redirect".
 */
@Path("/admin/site/redirects")
@RolesAllowed(Roles.ADMIN)
public class RedirectDeskResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance redirects(StaffMember me, List<RedirectView> redirects, List<Miss> misses,
                Map<String, String> form, Map<String, String> errors, String message);
    }

    private final RedirectService redirects;
    private final CurrentStaff staff;

    RedirectDeskResource(RedirectService redirects, CurrentStaff staff) {
        this.redirects = redirects;
        this.staff = staff;
    }

    @GET
    public TemplateInstance index(@QueryParam("path") String path, @QueryParam("done") String done) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("path", path);
        String message = "added".equals(done) ? "Redirect saved." : "deleted".equals(done) ? "Redirect deleted." : null;
        return Templates.redirects(staff.required(), redirects.list(500), redirects.misses(100), form, Map.of(), message);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response add(@RestForm String path, @RestForm String target) {
        try {
            redirects.add(staff.required(), path, target);
            return Response.seeOther(URI.create("/admin/site/redirects?done=added")).build();
        } catch (InvalidFieldsException e) {
            Map<String, String> errors = new LinkedHashMap<>();
            FormErrors.add(errors, e);
            Map<String, String> form = new LinkedHashMap<>();
            form.put("path", path);
            form.put("target", target);
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(Templates.redirects(staff.required(), redirects.list(500), redirects.misses(100), form, errors, null)).build();
        }
    }

    @POST
    @Path("{id: \\d+}/delete")
    public Response delete(@PathParam("id") long id) {
        redirects.delete(staff.required(), id);
        return Response.seeOther(URI.create("/admin/site/redirects?done=deleted")).build();
    }
}
