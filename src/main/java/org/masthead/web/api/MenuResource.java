package org.masthead.web.api;

import java.util.List;
import java.util.Locale;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.masthead.menu.MenuEntryInput;
import org.masthead.menu.MenuEntryView;
import org.masthead.menu.MenuNode;
import org.masthead.menu.MenuService;
import org.masthead.security.CurrentStaff;
import org.masthead.security.Roles;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** Each edition's navigation menu: the tree readers see, and the entries admins change. */
@Path("/api/v1/menus")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Menus")
@SecurityRequirement(name = "bearer")
public class MenuResource {

    @Inject
    MenuService menus;

    @Inject
    CurrentStaff staff;

    @GET
    @Path("{language}")
    @PermitAll
    @Operation(summary = "The menu readers see: nested entries with their reader addresses, entries not live left out")
    public List<MenuNode> menu(@PathParam("language") String language) {
        return menus.menu(language);
    }

    @GET
    @Path("{language}/entries")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Every entry of the menu with its target, version and why readers do not see it")
    public List<MenuEntryView> entries(@PathParam("language") String language) {
        return menus.tree(language);
    }

    @POST
    @Path("{language}/entries")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Add an entry (last among its siblings)")
    public Response add(@PathParam("language") String language, @Valid @NotNull MenuEntryInput input, @Context UriInfo uri) {
        MenuEntryView created = menus.add(staff.required(), language, input);
        return Response.created(uri.getBaseUriBuilder().path("api/v1/menus/entries").path(Long.toString(created.id())).build())
                .entity(created).build();
    }

    @GET
    @Path("entries/{id: \\d+}")
    @RolesAllowed(Roles.ADMIN)
    public MenuEntryView entry(@PathParam("id") long id) {
        return menus.entry(id);
    }

    @PUT
    @Path("entries/{id: \\d+}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Change an entry's label, target or parent (carries the version it edits; stale → 409)")
    public MenuEntryView edit(@PathParam("id") long id, @Valid @NotNull MenuEntryInput input) {
        return menus.edit(staff.required(), id, input);
    }

    @POST
    @Path("entries/{id: \\d+}/{move: up|down|indent|outdent}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Move an entry among its siblings, under the entry above it (indent) or a level out")
    public MenuEntryView move(@PathParam("id") long id, @PathParam("move") String move) {
        return menus.move(staff.required(), id, MenuService.Move.valueOf(move.toUpperCase(Locale.ROOT)));
    }

    @DELETE
    @Path("entries/{id: \\d+}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Delete an entry with its sub-entries")
    public Response delete(@PathParam("id") long id) {
        menus.delete(staff.required(), id);
        return Response.noContent().build();
    }
}
