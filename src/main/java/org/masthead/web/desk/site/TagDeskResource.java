package org.masthead.web.desk.site;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jboss.resteasy.reactive.RestForm;
import org.masthead.shared.InvalidFieldsException;
import org.masthead.shared.Edition;
import org.masthead.security.Roles;
import org.masthead.security.CurrentStaff;
import org.masthead.security.StaffMember;
import org.masthead.taxonomy.TagService;
import org.masthead.taxonomy.TagUsage;
import org.masthead.web.desk.FormErrors;

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

/** The tags of each edition on the desk: how many items use each, rename, merge and delete. */
@Path("/admin/site/tags")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ADMIN)
public class TagDeskResource {

    private static final Map<String, String> DONE = Map.of("renamed", "Tag renamed.", "merged", "Tags merged.",
            "deleted", "Tag deleted.");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance tags(StaffMember me, String language, List<TagUsage> tags, TagUsage editing,
                Map<String, String> form, Map<String, String> errors, String message, boolean problem);
    }

    @Inject
    TagService tags;

    @Inject
    CurrentStaff staff;

    private StaffMember me() {
        return staff.required();
    }

    @GET
    public TemplateInstance tags(@QueryParam("language") String language, @QueryParam("edit") Long edit,
            @QueryParam("done") String done) {
        String edition = edition(language);
        List<TagUsage> usage = tags.usage(edition);
        TagUsage editing = edit == null ? null : usage.stream().filter(t -> t.id() == edit).findFirst().orElse(null);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("name", editing == null ? "" : editing.name());
        return Templates.tags(me(), edition, usage, editing, form, Map.of(), done == null ? null : DONE.get(done), false);
    }

    @POST
    @Path("{id: \\d+}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response rename(@PathParam("id") long id, @RestForm String language, @RestForm String name) {
        String edition = edition(language);
        try {
            String renamedIn = tags.rename(me(), id, name).language();
            return redirect(renamedIn, "renamed");
        } catch (InvalidFieldsException e) {
            Map<String, String> errors = new LinkedHashMap<>();
            FormErrors.add(errors, e);
            List<TagUsage> usage = tags.usage(edition);
            TagUsage editing = usage.stream().filter(t -> t.id() == id).findFirst().orElse(null);
            Map<String, String> form = new LinkedHashMap<>();
            form.put("name", name == null ? "" : name);
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(Templates.tags(me(), edition, usage, editing, form, errors, null, true)).build();
        }
    }

    @POST
    @Path("merge")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response merge(@RestForm String language, @RestForm String from, @RestForm String into) {
        String edition = edition(language);
        Map<String, String> errors = new LinkedHashMap<>();
        Long source = id(from);
        Long target = id(into);
        if (source == null) {
            errors.put("from", "choose the tag to merge");
        }
        if (target == null) {
            errors.put("into", "choose the tag to keep");
        }
        if (errors.isEmpty()) {
            try {
                tags.merge(me(), source, target);
                return redirect(edition, "merged");
            } catch (InvalidFieldsException e) {
                FormErrors.add(errors, e);
            }
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("name", "");
        form.put("from", from);
        form.put("into", into);
        return Response.status(Response.Status.BAD_REQUEST)
                .entity(Templates.tags(me(), edition, tags.usage(edition), null, form, errors, null, true)).build();
    }

    @POST
    @Path("{id: \\d+}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response delete(@PathParam("id") long id) {
        return redirect(tags.delete(me(), id), "deleted");
    }

    private static Long id(String value) {
        return value != null && value.matches("\\d{1,18}") ? Long.valueOf(value) : null;
    }

    private static String edition(String language) {
        return Edition.knownOrRoot(language);
    }

    private static Response redirect(String language, String done) {
        return Response.seeOther(URI.create("/admin/site/tags?language=" + language + "&done=" + done)).build();
    }
}
