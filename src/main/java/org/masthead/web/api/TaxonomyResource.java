package org.masthead.web.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.masthead.security.CurrentStaff;
import org.masthead.security.Roles;
import org.masthead.taxonomy.CategoryInput;
import org.masthead.taxonomy.CategoryView;
import org.masthead.taxonomy.CategoryService;
import org.masthead.taxonomy.SeriesInput;
import org.masthead.taxonomy.SeriesService;
import org.masthead.taxonomy.SeriesView;
import org.masthead.taxonomy.TagService;
import org.masthead.taxonomy.TagView;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Categories (nested, per edition; admins change them) and tags (read-only; items create them). */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Taxonomy")
@SecurityRequirement(name = "bearer")
public class TaxonomyResource {

    @Inject
    CategoryService categories;
    @Inject
    TagService tags;
    @Inject
    SeriesService series;

    @Inject
    CurrentStaff staff;

    @GET
    @Path("categories")
    @PermitAll
    @Operation(summary = "Categories in tree order; parentId links a subcategory to its parent")
    public List<CategoryView> categories(@QueryParam("language") String language) {
        return categories.list(language);
    }

    @GET
    @Path("categories/{id}")
    @PermitAll
    public CategoryView category(@PathParam("id") long id) {
        return categories.byId(id);
    }

    @POST
    @Path("categories")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Create a category (slug from the name unless given)")
    public Response create(@Valid @NotNull CategoryInput input, @Context UriInfo uri) {
        CategoryView created = categories.create(staff.required(), input);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build()).entity(created).build();
    }

    @PUT
    @Path("categories/{id}")
    @RolesAllowed(Roles.ADMIN)
    public CategoryView update(@PathParam("id") long id, @Valid @NotNull CategoryInput input) {
        return categories.update(staff.required(), id, input);
    }

    @DELETE
    @Path("categories/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Delete an empty category without subcategories")
    public Response delete(@PathParam("id") long id) {
        categories.delete(staff.required(), id);
        return Response.noContent().build();
    }

    @GET
    @Path("series")
    @PermitAll
    @Operation(summary = "Digest series, with how many issues each has",
            description = "Staff count issues in every state; everyone else only the issues readers can open.")
    public List<SeriesView> series() {
        return series.all(staff.optional().isEmpty());
    }

    @POST
    @Path("series")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Create a digest series")
    public Response createSeries(@Valid @NotNull SeriesInput input, @Context UriInfo uri) {
        SeriesView created = series.save(staff.required(), null, input);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build()).entity(created).build();
    }

    @PUT
    @Path("series/{id}")
    @RolesAllowed(Roles.ADMIN)
    public SeriesView updateSeries(@PathParam("id") long id, @Valid @NotNull SeriesInput input) {
        return series.save(staff.required(), id, input);
    }

    @DELETE
    @Path("series/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Delete a digest series that has no issues")
    public Response deleteSeries(@PathParam("id") long id) {
        series.delete(staff.required(), id);
        return Response.noContent().build();
    }

    @GET
    @Path("tags")
    @PermitAll
    @Operation(summary = "Tags items have used, by edition",
            description = "Staff see every tag; everyone else the tags of items readers can open.")
    public List<TagView> tags(@QueryParam("language") String language) {
        return staff.optional().isPresent() ? tags.tags(language) : tags.publicTags(language);
    }

    public record TagRename(@NotBlank @Size(max = 200) String name) {
    }

    public record TagMerge(@NotNull Long into) {
    }

    @PUT
    @Path("tags/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Rename a tag (its slug follows the name)")
    public TagView renameTag(@PathParam("id") long id, @Valid @NotNull TagRename input) {
        return tags.rename(staff.required(), id, input.name());
    }

    @POST
    @Path("tags/{id}/merge")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Give the tag's items the tag 'into' instead, and delete this tag")
    public TagView mergeTag(@PathParam("id") long id, @Valid @NotNull TagMerge input) {
        return tags.merge(staff.required(), id, input.into());
    }

    @DELETE
    @Path("tags/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Delete a tag and take it off every item")
    public Response deleteTag(@PathParam("id") long id) {
        tags.delete(staff.required(), id);
        return Response.noContent().build();
    }
}
