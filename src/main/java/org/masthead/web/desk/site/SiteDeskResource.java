package org.masthead.web.desk.site;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.jboss.resteasy.reactive.RestForm;
import org.masthead.shared.Edition;
import org.masthead.shared.ConflictException;
import org.masthead.shared.InvalidFieldsException;
import org.masthead.shared.StaleVersionException;
import org.masthead.security.Roles;
import org.masthead.security.CurrentStaff;
import org.masthead.security.StaffMember;
import org.masthead.settings.SiteSettingsService;
import org.masthead.settings.SiteSettingsUpdate;
import org.masthead.settings.SiteSettingsView;
import org.masthead.taxonomy.CategoryInput;
import org.masthead.taxonomy.CategoryView;
import org.masthead.taxonomy.CategoryService;
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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Set;

/** Site administration for admins: the site settings and each edition's category tree. */
@Path("/admin/site")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ADMIN)
public class SiteDeskResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance settings(StaffMember me, SiteSettingsView settings, Map<String, String> form,
                Map<String, String> errors, String message, boolean problem);

        static native TemplateInstance categories(StaffMember me, List<CategoryView> categories,
                Map<String, List<CategoryTree>> trees, CategoryView editing, List<CategoryTree> parents,
                Map<String, String> form, Map<String, String> errors, String message, boolean problem);
    }

    @Inject
    SiteSettingsService settings;

    @Inject
    CategoryService categories;

    @Inject
    Validator validator;

    @Inject
    CurrentStaff staff;

    private StaffMember me() {
        return staff.required();
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
        Map<String, String> form = new LinkedHashMap<>();
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
    public Response categories(@QueryParam("edit") Long edit, @QueryParam("done") String done) {
        CategoryView editing = edit == null ? null : categories.byId(edit);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("language", Edition.ROOT);
        if (editing != null) {
            form.put("name", editing.name());
            form.put("slug", editing.slug());
            form.put("parentId", editing.parentId() == null ? null : editing.parentId().toString());
        }
        return categoriesPage(Response.Status.OK, editing, form, Map.of(), done == null ? null : CATEGORY_DONE.get(done));
    }

    private static final Map<String, String> CATEGORY_DONE = Map.of("saved", "Category saved.", "deleted", "Category deleted.",
            "moved", "Category moved.");

    @POST
    @Path("categories")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response createCategory(@RestForm String name, @RestForm String language, @RestForm String slug,
            @RestForm String parentId, @RestForm String position) {
        Map<String, String> form = new LinkedHashMap<>();
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
                categories.create(me(), input);
                return Response.seeOther(URI.create("/admin/site/categories?done=saved")).build();
            } catch (InvalidFieldsException e) {
                FormErrors.add(errors, e);
            }
        }
        return categoriesPage(Response.Status.BAD_REQUEST, null, form, errors, null);
    }

    /** Renames a category (name, slug) and/or moves it under another parent of its edition. */
    @POST
    @Path("categories/{id: \\d+}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response editCategory(@PathParam("id") long id, @RestForm String name, @RestForm String slug,
            @RestForm String parentId) {
        CategoryView editing = categories.byId(id);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("name", name);
        form.put("language", editing.language());
        form.put("slug", slug);
        form.put("parentId", parentId);
        Long parent = parentId != null && parentId.matches("\\d{1,18}") ? Long.valueOf(parentId) : null;
        Map<String, String> errors = FormErrors.validate(validator,
                new CategoryInput(name, editing.language(), slug, parent, 0));
        if (errors.isEmpty()) {
            try {
                categories.edit(me(), id, name, slug, parent);
                return Response.seeOther(URI.create("/admin/site/categories?done=saved")).build();
            } catch (InvalidFieldsException e) {
                FormErrors.add(errors, e);
            }
        }
        return categoriesPage(Response.Status.BAD_REQUEST, editing, form, errors, null);
    }

    @POST
    @Path("categories/{id: \\d+}/{direction: up|down}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response moveCategory(@PathParam("id") long id, @PathParam("direction") String direction) {
        try {
            categories.move(me(), id, "up".equals(direction));
            return Response.seeOther(URI.create("/admin/site/categories?done=moved")).build();
        } catch (ConflictException e) {
            return categoriesPage(Response.Status.CONFLICT, null, Map.of("language", Edition.ROOT), Map.of(), e.getMessage());
        }
    }

    @POST
    @Path("categories/{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response deleteCategory(@PathParam("id") long id) {
        try {
            categories.delete(me(), id);
            return Response.seeOther(URI.create("/admin/site/categories?done=deleted")).build();
        } catch (ConflictException e) {
            return categoriesPage(Response.Status.CONFLICT, null, Map.of("language", Edition.ROOT), Map.of(), e.getMessage());
        }
    }

    private Response categoriesPage(Response.Status status, CategoryView editing, Map<String, String> form,
            Map<String, String> errors, String message) {
        List<CategoryView> all = categories.list(null);
        Map<String, List<CategoryTree>> trees = CategoryTree.byEdition(all);
        List<CategoryTree> parents = List.of();
        if (editing != null) {
            // Offered parents: the edition's categories except the one edited and what lies under it.
            List<CategoryTree> edition = CategoryTree.flatten(trees.get(editing.language()));
            Set<Long> excluded = new HashSet<>();
            edition.stream().filter(t -> t.category().id() == editing.id())
                    .forEach(t -> CategoryTree.flatten(List.of(t)).forEach(d -> excluded.add(d.category().id())));
            parents = edition.stream().filter(t -> !excluded.contains(t.category().id())).toList();
        }
        boolean problem = status != Response.Status.OK;
        return Response.status(status).entity(Templates.categories(me(), all, trees, editing, parents, form, errors,
                message, problem)).build();
    }

    private static Map<String, String> formOf(SiteSettingsView s) {
        Map<String, String> form = new LinkedHashMap<>();
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
