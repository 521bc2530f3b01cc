package org.masthead.web.desk.site;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jboss.resteasy.reactive.RestForm;
import org.masthead.shared.Edition;
import org.masthead.shared.ConflictException;
import org.masthead.shared.InvalidFieldsException;
import org.masthead.security.Roles;
import org.masthead.security.CurrentStaff;
import org.masthead.security.StaffMember;
import org.masthead.taxonomy.SeriesService;
import org.masthead.taxonomy.SeriesInput;
import org.masthead.taxonomy.SeriesView;
import org.masthead.web.desk.FormErrors;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Digest series on the desk: list with issue counts, create, rename, delete while empty. */
@Path("/admin/site/series")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ADMIN)
public class SeriesDeskResource {

    private static final Map<String, String> DONE = Map.of("created", "Series created.", "saved", "Series saved.",
            "deleted", "Series deleted.");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance series(StaffMember me, List<SeriesView> series, SeriesView editing,
                Map<String, String> form, Map<String, String> errors, String message, boolean problem);
    }

    @Inject
    SeriesService series;

    @Inject
    Validator validator;

    @Inject
    CurrentStaff staff;

    private StaffMember me() {
        return staff.required();
    }

    @GET
    public TemplateInstance series(@QueryParam("edit") Long edit, @QueryParam("done") String done) {
        SeriesView editing = edit == null ? null : series.byId(edit);
        Map<String, String> form = editing == null ? form("", Edition.ROOT, "") : form(editing.title(), editing.language(), editing.slug());
        return Templates.series(me(), series.all(false), editing, form, Map.of(), done == null ? null : DONE.get(done), false);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@RestForm String title, @RestForm String language, @RestForm String slug) {
        return save(null, form(title, language, slug), "created");
    }

    /** Renames a series; its edition stays, since its issues belong to it. */
    @POST
    @Path("{id: \\d+}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response rename(@PathParam("id") long id, @RestForm String title, @RestForm String slug) {
        SeriesView editing = series.byId(id);
        return save(editing, form(title, editing.language(), slug), "saved");
    }

    @POST
    @Path("{id: \\d+}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response delete(@PathParam("id") long id) {
        try {
            series.delete(me(), id);
            return Response.seeOther(URI.create("/admin/site/series?done=deleted")).build();
        } catch (ConflictException e) {
            return Response.status(Response.Status.CONFLICT).entity(Templates.series(me(), series.all(false), null,
                    form("", Edition.ROOT, ""), Map.of(), e.getMessage(), true)).build();
        }
    }

    private Response save(SeriesView editing, Map<String, String> form, String done) {
        SeriesInput input = new SeriesInput(form.get("title"), form.get("language"), form.get("slug"));
        Map<String, String> errors = FormErrors.validate(validator, input);
        if (errors.isEmpty()) {
            try {
                series.save(me(), editing == null ? null : editing.id(), input);
                return Response.seeOther(URI.create("/admin/site/series?done=" + done)).build();
            } catch (InvalidFieldsException e) {
                FormErrors.add(errors, e);
            }
        }
        return Response.status(Response.Status.BAD_REQUEST)
                .entity(Templates.series(me(), series.all(false), editing, form, errors, null, true)).build();
    }

    private static Map<String, String> form(String title, String language, String slug) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("title", title == null ? "" : title);
        form.put("language", language);
        form.put("slug", slug == null ? "" : slug);
        return form;
    }
}
