package org.masthead.web.desk.item;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jboss.resteasy.reactive.RestForm;
import org.masthead.shared.Edition;
import org.masthead.shared.ConflictException;
import org.masthead.shared.InvalidFieldsException;
import org.masthead.shared.StaleVersionException;
import org.masthead.shared.Text;
import org.masthead.shared.ContentKind;
import org.masthead.content.ContentService;
import org.masthead.content.ItemFilter;
import org.masthead.content.ItemInput;
import org.masthead.content.ItemPage;
import org.masthead.content.ItemView;
import org.masthead.content.Translations;
import org.masthead.content.RevisionComparison;
import org.masthead.content.RevisionService;
import org.masthead.content.RevisionSummary;
import org.masthead.security.CurrentStaff;
import org.masthead.security.Roles;
import org.masthead.security.StaffMember;
import org.masthead.taxonomy.CategoryView;
import org.masthead.taxonomy.CategoryService;
import org.masthead.audit.AuditEntryView;
import org.masthead.workflow.Workflow;
import org.masthead.shared.WorkflowStatus;
import org.masthead.web.desk.DeskFormat;
import org.masthead.web.desk.FormErrors;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The editorial desk: lists with filters, the editor, workflow buttons, history and comparisons
 * for every kind. New articles, pages, digests (with the digest composer), media items and
 * publications are written here. Every form posts, then redirects to a page (or shows itself again
 * with the input kept and each problem named); the editor's list buttons post the whole form with
 * {@code op} and get it back with the change applied and nothing saved.
 */
@Path("/admin/{collection: articles|pages|digests|media|publications}")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.EDITOR)
public class ItemDeskResource {

    private static final Set<String> ACTIONS = Set.of("submit", "withdraw", "approve", "request-changes", "unpublish",
            "archive");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(StaffMember me, String collection, String heading, List<ItemView> items,
                String next, String status, String language, String q, List<CategoryView> categories, String categoryId,
                String author, String sort);

        static native TemplateInstance edit(StaffMember me, String collection, ItemView item, ItemForm form,
                Map<String, String> errors, List<CategoryView> categories, List<String> actions, String message,
                boolean problem, ItemView conflict, String zone, EditorLookups.Panels panels);

        static native TemplateInstance history(StaffMember me, String collection, ItemView item,
                List<RevisionSummary> revisions, List<AuditEntryView> events);

        static native TemplateInstance compare(StaffMember me, String collection, ItemView item, RevisionComparison diff);
    }

    @Inject
    ContentService content;

    @Inject
    Workflow workflow;

    @Inject
    RevisionService revisions;

    @Inject
    CategoryService categories;

    @Inject
    DeskFormat desk;

    @Inject
    EditorLookups lookups;

    @Inject
    Translations translations;

    @Inject
    Validator validator;

    @Inject
    CurrentStaff staff;

    @PathParam("collection")
    String collection;

    private ContentKind kind() {
        return ContentKind.ofCollection(collection).orElseThrow(NotFoundException::new);
    }

    private StaffMember me() {
        return staff.required();
    }

    private String heading() {
        return collection.substring(0, 1).toUpperCase() + collection.substring(1);
    }

    @GET
    public TemplateInstance list(@QueryParam("status") String status, @QueryParam("language") String language,
            @QueryParam("q") String q, @QueryParam("categoryId") String categoryId, @QueryParam("after") String after,
            @QueryParam("author") String author, @QueryParam("sort") String sort) {
        WorkflowStatus wanted = parseStatus(status);
        String edition = Edition.knownOrNull(language);
        Long category = categoryId != null && categoryId.matches("\\d{1,18}") ? Long.valueOf(categoryId) : null;
        String cursor = after != null && after.matches("\\d{1,18}") ? after : null;
        String by = Text.blankToNull(author);
        boolean oldestFirst = "oldest".equals(sort);
        ItemPage page = content.list(kind(), new ItemFilter(wanted, edition, category, q, by, oldestFirst), cursor, 20,
                Optional.of(me()));
        return Templates.list(me(), collection, heading(), page.items(), page.next(), wanted == null ? "" : wanted.name(),
                edition == null ? "" : edition, q == null ? "" : q, categories.list(null),
                category == null ? "" : category.toString(), by == null ? "" : by, oldestFirst ? "oldest" : "newest");
    }

    @GET
    @Path("new")
    public TemplateInstance create(@QueryParam("language") String language, @QueryParam("translationOf") String translationOf,
            @QueryParam("pick") String pick, @QueryParam("upload") String upload) {
        ContentKind kind = kind();
        ItemForm form = ItemForm.empty(Edition.knownOrRoot(language));
        UploadFields.pick(form, pick, upload);
        if (kind == ContentKind.DIGEST) {
            form.digest = DigestForm.empty();
        }
        if (translationOf != null && translationOf.matches("\\d{1,18}")) {
            // "Create translation" of a digest lands here: the source's title to translate, and the link.
            form.translationOf = translationOf;
            form.title = content.read(kind, Long.parseLong(translationOf), Optional.of(me())).title();
        }
        return editPage(null, form, Map.of(), null, null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@BeanParam ItemForm form) {
        if (form.hasOp()) {
            return Response.ok(applyOp(null, form)).build();
        }
        String typedTitle = form.title;
        defaultDigestTitle(form);
        Map<String, String> errors = ItemForm.newErrors();
        ItemInput input = form.toInput(desk.zone(), errors, null);
        form.title = typedTitle;
        validate(input, errors, false);
        if (errors.isEmpty()) {
            try {
                ItemView created = content.create(kind(), me(), input);
                return seeOther(created.id(), "created");
            } catch (InvalidFieldsException e) {
                FormErrors.add(errors, e);
            }
        }
        return Response.status(Response.Status.BAD_REQUEST).entity(editPage(null, form, errors, null, null)).build();
    }

    @GET
    @Path("{id}")
    public TemplateInstance edit(@PathParam("id") long id, @QueryParam("done") String done, @QueryParam("pick") String pick,
            @QueryParam("upload") String upload) {
        ItemView item = content.read(kind(), id, Optional.of(me()));
        ItemForm form = ItemForm.of(item, desk.zone());
        UploadFields.pick(form, pick, upload);
        return editPage(item, form, Map.of(), message(done), null);
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("id") long id, @BeanParam ItemForm form) {
        ItemView current = content.read(kind(), id, Optional.of(me()));
        if (form.hasOp()) {
            return Response.ok(applyOp(current, form)).build();
        }
        String typedTitle = form.title;
        defaultDigestTitle(form);
        Map<String, String> errors = ItemForm.newErrors();
        ItemInput input = form.toInput(desk.zone(), errors, current);
        form.title = typedTitle;
        validate(input, errors, true);
        if (errors.isEmpty()) {
            try {
                content.update(kind(), id, me(), input);
                return seeOther(id, "saved");
            } catch (InvalidFieldsException e) {
                FormErrors.add(errors, e);
            } catch (StaleVersionException e) {
                // Keep what this person typed, and show what the other person saved.
                ItemView theirs = content.read(kind(), id, Optional.of(me()));
                return Response.status(Response.Status.CONFLICT).entity(editPage(theirs, form, Map.of(),
                        e.getMessage(), theirs)).build();
            } catch (ConflictException e) {
                return Response.status(Response.Status.CONFLICT).entity(editPage(current, form, Map.of(), e.getMessage(), null))
                        .build();
            }
        }
        return Response.status(Response.Status.BAD_REQUEST).entity(editPage(current, form, errors, null, null)).build();
    }

    @POST
    @Path("{id}/{action}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response act(@PathParam("id") long id, @PathParam("action") String action, @RestForm String comment,
            @RestForm String publishAt, @RestForm String when, @RestForm String version) {
        if (!ACTIONS.contains(action)) {
            throw new NotFoundException();
        }
        StaffMember me = me();
        Long seen = version == null || !version.strip().matches("\\d{1,18}") ? null : Long.valueOf(version.strip());
        try {
            switch (action) {
                case "submit" -> workflow.submit(kind(), id, me, seen);
                case "withdraw" -> workflow.withdraw(kind(), id, me);
                case "approve" -> workflow.approve(kind(), id, me, seen, "later".equals(when) ? schedule(publishAt) : null);
                case "request-changes" -> workflow.requestChanges(kind(), id, me, seen, comment);
                case "unpublish" -> workflow.unpublish(kind(), id, me);
                default -> workflow.archive(kind(), id, me);
            }
            return seeOther(id, action);
        } catch (InvalidFieldsException | ConflictException | StaleVersionException e) {
            ItemView item = content.read(kind(), id, Optional.of(me));
            Map<String, String> errors = ItemForm.newErrors();
            if (e instanceof InvalidFieldsException invalid) {
                FormErrors.add(errors, invalid);
            }
            return Response.status(e instanceof InvalidFieldsException ? Response.Status.BAD_REQUEST : Response.Status.CONFLICT)
                    .entity(editPage(item, ItemForm.of(item, desk.zone()), errors, e.getMessage(), null)).build();
        }
    }

    /** Starts a translation of the item in another edition and opens it. */
    @POST
    @Path("{id}/translations")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response translate(@PathParam("id") long id, @RestForm String language) {
        try {
            ItemView draft = translations.start(kind(), id, language, me());
            return seeOther(draft.id(), "translation");
        } catch (InvalidFieldsException e) {
            ItemView item = content.read(kind(), id, Optional.of(me()));
            return Response.status(Response.Status.CONFLICT).entity(editPage(item, ItemForm.of(item, desk.zone()), Map.of(),
                    "No translation was started: " + e.errors().get(0).message() + ".", null)).build();
        }
    }

    @GET
    @Path("{id}/history")
    public TemplateInstance history(@PathParam("id") long id) {
        ItemView item = content.read(kind(), id, Optional.of(me()));
        return Templates.history(me(), collection, item, revisions.list(kind(), id), revisions.history(kind(), id));
    }

    @GET
    @Path("{id}/compare")
    public TemplateInstance compare(@PathParam("id") long id, @QueryParam("from") int from, @QueryParam("to") int to) {
        ItemView item = content.read(kind(), id, Optional.of(me()));
        return Templates.compare(me(), collection, item, revisions.compare(kind(), id, from, to));
    }

    @POST
    @Path("{id}/revisions/{number}/restore")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response restore(@PathParam("id") long id, @PathParam("number") int number, @RestForm String version) {
        try {
            content.restore(kind(), id, number, me(), version == null || !version.matches("\\d{1,18}") ? null : Long.valueOf(version));
            return seeOther(id, "restored");
        } catch (StaleVersionException | ConflictException | InvalidFieldsException e) {
            ItemView item = content.read(kind(), id, Optional.of(me()));
            return Response.status(Response.Status.CONFLICT)
                    .entity(editPage(item, ItemForm.of(item, desk.zone()), Map.of(), e.getMessage(), null)).build();
        }
    }

    private TemplateInstance editPage(ItemView item, ItemForm form, Map<String, String> errors, String message,
            ItemView conflict) {
        StaffMember me = me();
        List<String> actions = item == null ? List.of()
                : workflow.offered(kind(), item.id(), me);
        boolean problem = conflict != null || !errors.isEmpty() || (message != null && !SUCCESS.contains(message));
        return Templates.edit(me, collection, item, form, errors, categories.list(null), actions, message, problem,
                conflict, desk.getZoneName(), lookups.panels(kind(), item, form, desk.zone(), form.isOp("related-find")));
    }

    /**
     * A button of the editor that changes the form rather than saving it (move an "Also read" entry
     * up, add a digest section...): the editor again, with the change applied and nothing saved.
     */
    private TemplateInstance applyOp(ItemView current, ItemForm form) {
        String name = form.op.replaceAll(":.*", "");
        String argument = form.op.contains(":") ? form.op.substring(form.op.indexOf(':') + 1) : null;
        if (!form.alsoRead.apply(name, argument)) {
            form.digest.apply(name, argument, lookups::title);
        }
        return editPage(current, form, Map.of(), null, null);
    }

    private void defaultDigestTitle(ItemForm form) {
        if (kind() == ContentKind.DIGEST && form.digest.onPage() && (form.title == null || form.title.isBlank())) {
            form.title = lookups.digestTitle(form.digest);
        }
    }

    private void validate(ItemInput input, Map<String, String> errors, boolean needsVersion) {
        FormErrors.validate(validator, input).forEach(errors::putIfAbsent);
        if (needsVersion && input.version() == null) {
            errors.putIfAbsent("version", "is missing; reload the page");
        }
    }

    private Instant schedule(String publishAt) {
        if (publishAt == null || publishAt.isBlank()) {
            throw InvalidFieldsException.of("publishAt", "choose the date and time to publish");
        }
        try {
            return LocalDateTime.parse(publishAt.strip()).atZone(desk.zone()).toInstant();
        } catch (DateTimeParseException e) {
            throw InvalidFieldsException.of("publishAt", "must be a date and time like 2031-06-11T07:00");
        }
    }

    private static WorkflowStatus parseStatus(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return WorkflowStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static final Set<String> SUCCESS = Set.of("Created as a draft.", "Saved.", "Submitted for review.",
            "Withdrawn from review.", "Approved.", "Sent back to its author with your comment.", "Unpublished.", "Archived.",
            "Revision restored as the working copy.", "Translation started as a draft; translate its title and text.",
            "Preview link revoked: it no longer opens.");

    private static String message(String done) {
        if (done == null) {
            return null;
        }
        return switch (done) {
            case "created" -> "Created as a draft.";
            case "saved" -> "Saved.";
            case "submit" -> "Submitted for review.";
            case "withdraw" -> "Withdrawn from review.";
            case "approve" -> "Approved.";
            case "request-changes" -> "Sent back to its author with your comment.";
            case "unpublish" -> "Unpublished.";
            case "archive" -> "Archived.";
            case "restored" -> "Revision restored as the working copy.";
            case "translation" -> "Translation started as a draft; translate its title and text.";
            case "preview-revoked" -> "Preview link revoked: it no longer opens.";
            default -> null;
        };
    }

    private Response seeOther(long id, String done) {
        return Response.seeOther(URI.create("/admin/" + collection + "/" + id + "?done=" + done)).build();
    }
}
