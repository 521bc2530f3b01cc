package org.masthead.admin;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.jboss.resteasy.reactive.RestForm;
import org.masthead.api.problem.ConflictException;
import org.masthead.api.problem.InvalidFieldsException;
import org.masthead.api.problem.StaleVersionException;
import org.masthead.security.Roles;
import org.masthead.security.StaffMember;
import org.masthead.settings.SiteSettingsService;
import org.masthead.settings.SiteSettingsUpdate;
import org.masthead.settings.SiteSettingsView;
import org.masthead.taxonomy.CategoryInput;
import org.masthead.taxonomy.CategoryView;
import org.masthead.taxonomy.TaxonomyService;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
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

/** Site administration for admins: the site settings and each edition's category tree. */
@Path("/admin/site")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ADMIN)
public class SiteAdminResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance settings(StaffMember me, SiteSettingsView settings, Map<String, String> form,
                Map<String, String> errors, String message, boolean problem);

        static native TemplateInstance categories(StaffMember me, List<CategoryView> categories, Map<String, String> form,
                Map<String, String> errors, String message, boolean problem);
    }

    @Inject
    SiteSettingsService settings;

    @Inject
    TaxonomyService taxonomy;

    @Inject
    Validator validator;

    @Inject
    SecurityIdentity identity;

    private StaffMember me() {
        return StaffMember.of(identity);
    }

    @GET
    @Path("settings")
    public TemplateInstance settings(@QueryParam("done") String done) {
        SiteSettingsView current = settings.current();
        return Templates.settings(me(), current, formOf(current), Map.of(), done == null ? null : "Settings saved.", false);
    }

    @POST
    @Path("settings")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveSettings(@RestForm String version, @RestForm String siteName, @RestForm String footerLine,
            @RestForm String fourEyesRelaxed, @RestForm String facebookUrl, @RestForm String twitterUrl,
            @RestForm String instagramUrl, @RestForm String youtubeUrl) {
        Map<String, String> form = new java.util.LinkedHashMap<>();
        form.put("version", version);
        form.put("siteName", siteName);
        form.put("footerLine", footerLine);
        form.put("fourEyesRelaxed", fourEyesRelaxed == null ? "" : "on");
        form.put("facebookUrl", facebookUrl);
        form.put("twitterUrl", twitterUrl);
        form.put("instagramUrl", instagramUrl);
        form.put("youtubeUrl", youtubeUrl);
        Integer parsedVersion = version != null && version.matches("\\d{1,9}") ? Integer.valueOf(version) : null;
        SiteSettingsUpdate update = new SiteSettingsUpdate(parsedVersion, siteName, footerLine, fourEyesRelaxed != null,
                facebookUrl, twitterUrl, instagramUrl, youtubeUrl);
        Map<String, String> errors = FormErrors.validate(validator, update);
        if (errors.isEmpty()) {
            try {
                settings.update(me(), update);
                return Response.seeOther(URI.create("/admin/site/settings?done=saved")).build();
            } catch (StaleVersionException e) {
                return Response.status(Response.Status.CONFLICT)
                        .entity(Templates.settings(me(), settings.current(), form, Map.of(), e.getMessage(), true)).build();
            }
        }
        return Response.status(Response.Status.BAD_REQUEST)
                .entity(Templates.settings(me(), settings.current(), form, errors, null, true)).build();
    }

    @GET
    @Path("categories")
    public TemplateInstance categories(@QueryParam("done") String done) {
        return Templates.categories(me(), taxonomy.categories(null), Map.of("language", "en"), Map.of(),
                done == null ? null : "Category saved.", false);
    }

    @POST
    @Path("categories")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response createCategory(@RestForm String name, @RestForm String language, @RestForm String slug,
            @RestForm String parentId, @RestForm String position) {
        Map<String, String> form = new java.util.LinkedHashMap<>();
        form.put("name", name);
        form.put("language", language);
        form.put("slug", slug);
        form.put("parentId", parentId);
        form.put("position", position);
        CategoryInput input = new CategoryInput(name, language, slug,
                parentId != null && parentId.matches("\\d{1,18}") ? Long.valueOf(parentId) : null,
                position != null && position.matches("\\d{1,6}") ? Integer.valueOf(position) : 0);
        Map<String, String> errors = FormErrors.validate(validator, input);
        if (errors.isEmpty()) {
            try {
                taxonomy.create(me(), input);
                return Response.seeOther(URI.create("/admin/site/categories?done=saved")).build();
            } catch (InvalidFieldsException e) {
                FormErrors.add(errors, e);
            }
        }
        return Response.status(Response.Status.BAD_REQUEST)
                .entity(Templates.categories(me(), taxonomy.categories(null), form, errors, null, true)).build();
    }

    @POST
    @Path("categories/{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response deleteCategory(@PathParam("id") long id) {
        try {
            taxonomy.delete(me(), id);
            return Response.seeOther(URI.create("/admin/site/categories?done=deleted")).build();
        } catch (ConflictException e) {
            return Response.status(Response.Status.CONFLICT).entity(Templates.categories(me(), taxonomy.categories(null),
                    Map.of("language", "en"), Map.of(), e.getMessage(), true)).build();
        }
    }

    private static Map<String, String> formOf(SiteSettingsView s) {
        Map<String, String> form = new java.util.LinkedHashMap<>();
        form.put("version", Integer.toString(s.version()));
        form.put("siteName", s.siteName());
        form.put("footerLine", s.footerLine());
        form.put("fourEyesRelaxed", s.fourEyesRelaxed() ? "on" : "");
        form.put("facebookUrl", s.facebookUrl());
        form.put("twitterUrl", s.twitterUrl());
        form.put("instagramUrl", s.instagramUrl());
        form.put("youtubeUrl", s.youtubeUrl());
        return form;
    }
}
