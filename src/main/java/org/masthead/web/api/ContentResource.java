package org.masthead.web.api;

import java.net.URI;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.masthead.shared.Edition;
import org.masthead.shared.ContentKind;
import org.masthead.content.ContentService;
import org.masthead.content.ItemFilter;
import org.masthead.content.ItemInput;
import org.masthead.content.ItemPage;
import org.masthead.content.ItemView;
import org.masthead.content.RevisionComparison;
import org.masthead.content.RevisionService;
import org.masthead.content.RevisionSummary;
import org.masthead.content.ItemSnapshot;
import org.masthead.security.CurrentStaff;
import org.masthead.security.Roles;
import org.masthead.audit.AuditEntryView;
import org.masthead.workflow.Workflow;
import org.masthead.shared.WorkflowStatus;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;

/**
 * Every kind of content (articles, pages, digests, media, publications): the item core, its workflow actions, revisions and history. Reading is open
 * (anonymous callers see live items only); writing needs a staff role.
 */
@Path("/api/v1/{collection: articles|pages|digests|media|publications}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Content")
@SecurityRequirement(name = "bearer")
public class ContentResource {

    private static final String STAFF_ONLY_EDITOR = Roles.EDITOR;

    @Inject
    ContentService content;

    @Inject
    Workflow workflow;

    @Inject
    RevisionService revisions;

    @Inject
    CurrentStaff staff;

    @PathParam("collection")
    @Parameter(description = "the kind's collection",
            schema = @Schema(type = SchemaType.STRING, enumeration = { "articles", "pages", "digests", "media", "publications" }))
    String collection;

    private ContentKind kind() {
        return ContentKind.ofCollection(collection).orElseThrow(NotFoundException::new);
    }

    @GET
    @PermitAll
    @Operation(summary = "List items, newest first", description = "Staff see every item and may filter by status and text; "
            + "everyone else sees live items only. Follow `next` for the following page.")
    public ItemPage list(@QueryParam("status") @Pattern(regexp = "DRAFT|IN_REVIEW|SCHEDULED|PUBLISHED|UNPUBLISHED|ARCHIVED",
            message = "must be one of DRAFT, IN_REVIEW, SCHEDULED, PUBLISHED, UNPUBLISHED, ARCHIVED") String status,
            @QueryParam("language") @Pattern(regexp = Edition.PATTERN, message = Edition.PATTERN_MESSAGE) String language,
            @QueryParam("categoryId") String categoryId, @QueryParam("q") String text, @QueryParam("after") String after,
            @QueryParam("limit") String limit) {
        return content.list(kind(), new ItemFilter(status == null ? null : WorkflowStatus.valueOf(status), language,
                QueryParams.optionalLong("categoryId", categoryId), text), after, QueryParams.limit(limit, 20, 100),
                staff.optional());
    }

    @POST
    @RolesAllowed(STAFF_ONLY_EDITOR)
    @Operation(summary = "Create an item (a draft)")
    @APIResponse(responseCode = "201", description = "Created; Location names it")
    @APIResponse(responseCode = "400", description = "problem+json naming each bad field")
    public Response create(@Valid @NotNull ItemInput input, @Context UriInfo uri) {
        ItemView created = content.create(kind(), staff.required(), input);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build()).entity(created).build();
    }

    @GET
    @Path("{id}")
    @PermitAll
    @Operation(summary = "Read an item", description = "Staff get the working copy; others the live version, or 404.")
    public ItemView get(@PathParam("id") long id) {
        return content.read(kind(), id, staff.optional());
    }

    @GET
    @Path("by-slug/{language}/{slug}")
    @PermitAll
    @Operation(summary = "Find an item by its slug in an edition", description = "An old slug of a live item answers 301 to its current one.")
    @APIResponse(responseCode = "301", description = "The item has a new slug; Location has it")
    public Response bySlug(@PathParam("language") String language, @PathParam("slug") String slug,
            @Context UriInfo uri) {
        ContentService.SlugLookup found = content.bySlug(kind(), language, slug, staff.optional());
        if (found.item() != null) {
            return Response.ok(found.item()).build();
        }
        URI current = uri.getBaseUriBuilder().path("api/v1").path(collection).path("by-slug").path(language)
                .path(found.currentSlug()).build();
        return Response.status(Response.Status.MOVED_PERMANENTLY).location(current).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(STAFF_ONLY_EDITOR)
    @Operation(summary = "Save the working copy", description = "Carries the version it edits; a stale one answers 409 "
            + "and saves nothing. Saving a live item keeps the live version up until the change is approved.")
    @APIResponse(responseCode = "409", description = "Someone saved first, or the item is in review or archived")
    public ItemView update(@PathParam("id") long id, @Valid @NotNull ItemInput input) {
        return content.update(kind(), id, staff.required(), input);
    }

    @POST
    @Path("{id}/submit")
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "Submit for review (DRAFT → IN_REVIEW)", description = "The body names the version you read.")
    public ItemView submit(@PathParam("id") long id, WorkflowRequests.Submit request) {
        return workflow.submit(kind(), id, staff.required(), request == null ? null : request.version());
    }

    @POST
    @Path("{id}/withdraw")
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "Withdraw from review (IN_REVIEW → DRAFT), by whoever submitted it")
    public ItemView withdraw(@PathParam("id") long id) {
        return workflow.withdraw(kind(), id, staff.required());
    }

    @POST
    @Path("{id}/approve")
    @RolesAllowed(Roles.REVIEWER)
    @Operation(summary = "Approve: publish now, or schedule for publishAt", description = "The body names the version you "
            + "reviewed; a newer one is refused with 409. Not by the person who submitted it or saved any revision since the "
            + "live one, unless the site relaxed four-eyes review (such approvals are marked in the history).")
    public ItemView approve(@PathParam("id") long id, WorkflowRequests.Approve request) {
        return workflow.approve(kind(), id, staff.required(), request == null ? null : request.version(),
                request == null ? null : request.publishAt());
    }

    @POST
    @Path("{id}/request-changes")
    @RolesAllowed(Roles.REVIEWER)
    @Operation(summary = "Send back to its author with a comment (IN_REVIEW → DRAFT)")
    public ItemView requestChanges(@PathParam("id") long id, @Valid @NotNull WorkflowRequests.RequestChanges request) {
        return workflow.requestChanges(kind(), id, staff.required(), request.version(), request.comment());
    }

    @POST
    @Path("{id}/unpublish")
    @RolesAllowed(Roles.REVIEWER)
    @Operation(summary = "Take a live or scheduled item offline")
    public ItemView unpublish(@PathParam("id") long id) {
        return workflow.unpublish(kind(), id, staff.required());
    }

    @POST
    @Path("{id}/archive")
    @RolesAllowed(Roles.REVIEWER)
    @Operation(summary = "Archive: offline and read-only")
    public ItemView archive(@PathParam("id") long id) {
        return workflow.archive(kind(), id, staff.required());
    }

    @GET
    @Path("{id}/revisions")
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "The item's revisions, newest first")
    public List<RevisionSummary> revisions(@PathParam("id") long id) {
        return revisions.list(kind(), id);
    }

    @GET
    @Path("{id}/revisions/{number}")
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "One revision's full snapshot")
    public ItemSnapshot revision(@PathParam("id") long id, @PathParam("number") int number) {
        return revisions.get(kind(), id, number);
    }

    @GET
    @Path("{id}/revisions/{from}/compare/{to}")
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "Compare two revisions: changed fields and a line diff of the body text")
    public RevisionComparison compare(@PathParam("id") long id, @PathParam("from") int from, @PathParam("to") int to) {
        return revisions.compare(kind(), id, from, to);
    }

    @POST
    @Path("{id}/revisions/{number}/restore")
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "Restore a revision as a new working revision")
    public ItemView restore(@PathParam("id") long id, @PathParam("number") int number, WorkflowRequests.Restore request) {
        return content.restore(kind(), id, number, staff.required(), request == null ? null : request.version());
    }

    @GET
    @Path("{id}/history")
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "The item's audit trail, oldest first")
    public List<AuditEntryView> history(@PathParam("id") long id) {
        return revisions.history(kind(), id);
    }
}
