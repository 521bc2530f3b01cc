package org.masthead.web.desk.site;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jboss.resteasy.reactive.RestForm;
import org.masthead.shared.ConflictException;
import org.masthead.shared.InvalidFieldsException;
import org.masthead.shared.StaleVersionException;
import org.masthead.shared.Edition;
import org.masthead.menu.MenuEntryInput;
import org.masthead.menu.MenuEntryView;
import org.masthead.menu.MenuService;
import org.masthead.content.ItemChoice;
import org.masthead.content.ItemFinder;
import org.masthead.menu.MenuService.Move;
import org.masthead.menu.MenuTarget;
import org.masthead.security.Roles;
import org.masthead.security.CurrentStaff;
import org.masthead.security.StaffMember;
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
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The navigation menu of each edition on the desk: the tree with a form per action (move, indent,
 * outdent, delete), one form to add or change an entry, and an item search that fills that form.
 */
@Path("/admin/site/menu")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ADMIN)
public class MenuDeskResource {

    private static final Map<String, String> DONE = Map.of("added", "Menu entry added.", "saved", "Menu entry saved.",
            "moved", "Menu entry moved.", "deleted", "Menu entry deleted.");

    /** Everything the page shows besides the form. */
    record MenuPage(String language, List<MenuEntryView> tree, List<MenuEntryView> parents, MenuEntryView editing,
            List<CategoryView> categories, List<ItemChoice> pages, String query, List<ItemChoice> results) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance menu(StaffMember me, MenuPage page, List<MenuTarget> targets, Map<String, String> form,
                Map<String, String> errors, String message, boolean problem);
    }

    @Inject
    MenuService menus;

    @Inject
    CategoryService categories;

    @Inject
    ItemFinder finder;

    @Inject
    Validator validator;

    @Inject
    CurrentStaff staff;

    private StaffMember me() {
        return staff.required();
    }

    @GET
    public TemplateInstance menu(@QueryParam("language") String language, @QueryParam("edit") Long edit,
            @QueryParam("q") String query, @QueryParam("target") String target, @QueryParam("item") String item,
            @QueryParam("label") String label, @QueryParam("done") String done) {
        String edition = edition(language);
        MenuEntryView editing = edit == null ? null : menus.entry(edit);
        if (editing != null) {
            edition = editing.language();
        }
        Map<String, String> form = editing == null ? emptyForm(edition) : formOf(editing);
        if (target != null) {
            form.put("target", target);
        }
        if (item != null) {
            form.put("item", item);
        }
        if (label != null && form.get("label").isBlank()) {
            form.put("label", label);
        }
        return Templates.menu(me(), page(edition, editing, query), List.of(MenuTarget.values()), form, Map.of(),
                done == null ? null : DONE.get(done), false);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response add(@RestForm String language, @RestForm String label, @RestForm String target,
            @RestForm String categoryId, @RestForm String pageId, @RestForm String item, @RestForm String url,
            @RestForm String parentId) {
        String edition = edition(language);
        Map<String, String> form = form(edition, label, target, categoryId, pageId, item, url, parentId, null);
        MenuEntryInput input = input(form);
        Map<String, String> errors = FormErrors.validate(validator, input);
        if (errors.isEmpty()) {
            try {
                menus.add(me(), edition, input);
                return redirect(edition, "added");
            } catch (InvalidFieldsException e) {
                FormErrors.add(errors, e);
            }
        }
        return refused(Response.Status.BAD_REQUEST, edition, null, form, pageErrors(input, errors), null);
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response edit(@PathParam("id") long id, @RestForm String label, @RestForm String target,
            @RestForm String categoryId, @RestForm String pageId, @RestForm String item, @RestForm String url,
            @RestForm String parentId, @RestForm String version) {
        MenuEntryView entry = menus.entry(id);
        Map<String, String> form = form(entry.language(), label, target, categoryId, pageId, item, url, parentId, version);
        MenuEntryInput input = input(form);
        Map<String, String> errors = FormErrors.validate(validator, input);
        if (errors.isEmpty()) {
            try {
                menus.edit(me(), id, input);
                return redirect(entry.language(), "saved");
            } catch (InvalidFieldsException e) {
                FormErrors.add(errors, e);
            } catch (StaleVersionException e) {
                return refused(Response.Status.CONFLICT, entry.language(), id, form, Map.of(), e.getMessage());
            }
        }
        return refused(Response.Status.BAD_REQUEST, entry.language(), id, form, pageErrors(input, errors), null);
    }

    @POST
    @Path("{id}/{move: up|down|indent|outdent}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response move(@PathParam("id") long id, @PathParam("move") String move) {
        try {
            MenuEntryView moved = menus.move(me(), id, Move.valueOf(move.toUpperCase(Locale.ROOT)));
            return redirect(moved.language(), "moved");
        } catch (ConflictException e) {
            String language = menus.entry(id).language();
            return refused(Response.Status.CONFLICT, language, null, emptyForm(language), Map.of(), e.getMessage());
        }
    }

    @POST
    @Path("{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response delete(@PathParam("id") long id) {
        return redirect(menus.delete(me(), id), "deleted");
    }

    private Response refused(Response.Status status, String language, Long editing, Map<String, String> form,
            Map<String, String> errors, String message) {
        MenuPage page = page(language, editing == null ? null : menus.entry(editing), null);
        return Response.status(status).entity(Templates.menu(me(), page, List.of(MenuTarget.values()), form, errors,
                message, true)).build();
    }

    private MenuPage page(String language, MenuEntryView editing, String query) {
        List<MenuEntryView> tree = menus.tree(language);
        Set<Long> excluded = editing == null ? Set.of()
                : MenuEntryView.flatten(List.of(editing)).stream().map(MenuEntryView::id).collect(Collectors.toSet());
        List<MenuEntryView> parents = MenuEntryView.flatten(tree).stream().filter(e -> !excluded.contains(e.id())).toList();
        return new MenuPage(language, tree, parents, editing, categories.list(language), finder.pages(language),
                query == null ? "" : query, finder.search(language, query, null, 20));
    }

    /** The page select and the item box both set the item, which the service calls "itemId". */
    private static Map<String, String> pageErrors(MenuEntryInput input, Map<String, String> errors) {
        if ((input.target() == MenuTarget.PAGE || input.target() == MenuTarget.ITEM) && errors.containsKey("itemId")) {
            Map<String, String> renamed = new LinkedHashMap<>(errors);
            renamed.put(input.target() == MenuTarget.PAGE ? "pageId" : "item", renamed.remove("itemId"));
            return renamed;
        }
        return errors;
    }

    private static MenuEntryInput input(Map<String, String> form) {
        MenuTarget target = null;
        try {
            target = form.get("target") == null ? null : MenuTarget.valueOf(form.get("target"));
        } catch (IllegalArgumentException e) {
            // left null: "must not be null" next to the field
        }
        Long itemId = target == MenuTarget.PAGE ? id(form.get("pageId")) : null;
        return new MenuEntryInput(form.get("label"), target, id(form.get("categoryId")), itemId,
                target == MenuTarget.ITEM ? form.get("item") : null, form.get("url"), id(form.get("parentId")),
                id(form.get("version")));
    }

    private static Map<String, String> form(String language, String label, String target, String categoryId, String pageId,
            String item, String url, String parentId, String version) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("language", language);
        form.put("label", label == null ? "" : label);
        form.put("target", target);
        form.put("categoryId", categoryId);
        form.put("pageId", pageId);
        form.put("item", item == null ? "" : item);
        form.put("url", url == null ? "" : url);
        form.put("parentId", parentId);
        form.put("version", version);
        return form;
    }

    private static Map<String, String> emptyForm(String language) {
        return form(language, "", MenuTarget.URL.name(), null, null, null, null, null, null);
    }

    private static Map<String, String> formOf(MenuEntryView e) {
        String itemId = e.itemId() == null ? null : e.itemId().toString();
        return form(e.language(), e.label(), e.target().name(), e.categoryId() == null ? null : e.categoryId().toString(),
                e.target() == MenuTarget.PAGE ? itemId : null, e.target() == MenuTarget.ITEM ? itemId : null, e.url(),
                e.parentId() == null ? null : e.parentId().toString(), Long.toString(e.version()));
    }

    private static Long id(String value) {
        return value != null && value.strip().matches("\\d{1,18}") ? Long.valueOf(value.strip()) : null;
    }

    private static String edition(String language) {
        return Edition.knownOrRoot(language);
    }

    private static Response redirect(String language, String done) {
        return Response.seeOther(URI.create("/admin/site/menu?language=" + language + "&done=" + done)).build();
    }
}
