package org.masthead.web.desk.library;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.masthead.shared.ConflictException;
import org.masthead.shared.InvalidFieldsException;
import org.masthead.shared.StaleVersionException;
import org.masthead.media.UploadDetails;
import org.masthead.media.UploadPage;
import org.masthead.media.UploadService;
import org.masthead.media.UploadUse;
import org.masthead.media.UploadView;
import org.masthead.security.Roles;
import org.masthead.security.CurrentStaff;
import org.masthead.security.StaffMember;
import org.masthead.web.desk.FormErrors;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import io.quarkus.security.ForbiddenException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The media library on the desk: upload images and PDFs, find them, describe them, see where they
 * are used, delete unused ones, and pick one for an item's editor. (/admin/media lists MEDIA items.)
 */
@Path("/admin/library")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.EDITOR)
public class LibraryDeskResource {

    private static final int PAGE = 24;

    /** The editor fields a file can be picked for, and whether they take a PDF rather than an image. */
    private static final Map<String, Boolean> PICKABLE = Map.of("featuredImageId", false, "mediaImageAdd", false,
            "coverImageId", false, "pdfId", true);

    private static final Set<String> SUCCESS = Set.of("Uploaded.", "Saved.", "Deleted.");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(StaffMember me, UploadPage page, String q, String type, boolean paged,
                Map<String, String> form, Map<String, String> errors, String message, boolean problem);

        static native TemplateInstance detail(StaffMember me, UploadView upload, List<UploadUse> uses,
                Map<String, String> form, Map<String, String> errors, String message, boolean problem);

        static native TemplateInstance pick(StaffMember me, UploadPage page, String field, boolean pdf, String back,
                String q, boolean paged);
    }

    @Inject
    UploadService uploads;

    @Inject
    Validator validator;

    @Inject
    CurrentStaff staff;

    private StaffMember me() {
        return staff.required();
    }

    @GET
    public TemplateInstance index(@QueryParam("q") String q, @QueryParam("type") String type,
            @QueryParam("before") String before, @QueryParam("done") String done) {
        return indexPage(q, type, before, Map.of(), Map.of(), "deleted".equals(done) ? "Deleted." : null);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@RestForm("file") FileUpload file, @RestForm String alt, @RestForm String caption,
            @RestForm String credit) {
        Map<String, String> errors = new LinkedHashMap<>();
        try {
            UploadView stored = uploads.store(me(), file == null ? null : file.uploadedFile(),
                    file == null ? null : file.fileName(), alt, caption, credit);
            return Response.seeOther(URI.create("/admin/library/" + stored.id() + "?done=uploaded")).build();
        } catch (InvalidFieldsException e) {
            FormErrors.add(errors, e);
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("alt", alt);
        form.put("caption", caption);
        form.put("credit", credit);
        form.put("fileName", file == null ? null : file.fileName());
        return Response.status(Response.Status.BAD_REQUEST).entity(indexPage(null, null, null, form, errors, null)).build();
    }

    @GET
    @Path("{id: \\d+}")
    public TemplateInstance detail(@PathParam("id") long id, @QueryParam("done") String done) {
        UploadView upload = uploads.get(id);
        String message = done == null ? null : switch (done) {
            case "uploaded" -> "Uploaded.";
            case "saved" -> "Saved.";
            default -> null;
        };
        return detailPage(upload, formOf(upload), Map.of(), message);
    }

    @POST
    @Path("{id: \\d+}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response describe(@PathParam("id") long id, @RestForm String version, @RestForm String alt,
            @RestForm String caption, @RestForm String credit) {
        UploadView current = uploads.get(id);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("version", version);
        form.put("alt", alt);
        form.put("caption", caption);
        form.put("credit", credit);
        UploadDetails details = new UploadDetails(version != null && version.matches("\\d{1,18}") ? Long.valueOf(version) : null,
                alt, caption, credit);
        Map<String, String> errors = FormErrors.validate(validator, details);
        if (errors.isEmpty()) {
            try {
                uploads.describe(me(), id, details);
                return Response.seeOther(URI.create("/admin/library/" + id + "?done=saved")).build();
            } catch (InvalidFieldsException e) {
                FormErrors.add(errors, e);
            } catch (ForbiddenException e) {
                // A file live pages show: this person's words stay in the form for a reviewer to take over.
                return Response.status(Response.Status.FORBIDDEN).entity(detailPage(current, form, Map.of(),
                        e.getMessage() + ": live pages show this file, so a reviewer makes the change.")).build();
            } catch (StaleVersionException e) {
                // Keep what this person typed; the page shows what is saved now above the form.
                form.put("version", Long.toString(current.version()));
                return Response.status(Response.Status.CONFLICT).entity(detailPage(current, form, Map.of(), e.getMessage()))
                        .build();
            }
        }
        return Response.status(Response.Status.BAD_REQUEST).entity(detailPage(current, form, errors, null)).build();
    }

    @POST
    @Path("{id: \\d+}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.REVIEWER)
    public Response delete(@PathParam("id") long id) {
        try {
            uploads.delete(me(), id);
            return Response.seeOther(URI.create("/admin/library?done=deleted")).build();
        } catch (ConflictException e) {
            UploadView upload = uploads.get(id);
            return Response.status(Response.Status.CONFLICT).entity(detailPage(upload, formOf(upload), Map.of(),
                    e.getMessage())).build();
        }
    }

    /**
     * Search for a file to put into an item's editor: each result links back to {@code back} (the
     * editor's address) naming the field and the file, and the editor shows it chosen, not yet saved.
     */
    @GET
    @Path("pick")
    public TemplateInstance pick(@QueryParam("field") String field, @QueryParam("back") String back,
            @QueryParam("q") String q, @QueryParam("before") String before) {
        String wanted = field != null && PICKABLE.containsKey(field) ? field : "featuredImageId";
        boolean pdf = PICKABLE.get(wanted);
        String editor = back != null && back.matches("/admin/(articles|pages|digests|media|publications)/(new|\\d{1,18})")
                ? back : "/admin";
        UploadPage page = uploads.browse(q, pdf ? "pdf" : "image", cursor(before), PAGE);
        return Templates.pick(me(), page, wanted, pdf, editor, q == null ? "" : q, cursor(before) != null);
    }

    private TemplateInstance indexPage(String q, String type, String before, Map<String, String> form,
            Map<String, String> errors, String message) {
        String kind = "image".equals(type) || "pdf".equals(type) ? type : "";
        UploadPage page = uploads.browse(q, kind.isEmpty() ? null : kind, cursor(before), PAGE);
        return Templates.index(me(), page, q == null ? "" : q, kind, cursor(before) != null, form, errors, message,
                !errors.isEmpty());
    }

    private TemplateInstance detailPage(UploadView upload, Map<String, String> form, Map<String, String> errors,
            String message) {
        boolean problem = !errors.isEmpty() || (message != null && !SUCCESS.contains(message));
        return Templates.detail(me(), upload, uploads.usages(upload.id()), form, errors, message, problem);
    }

    private static Map<String, String> formOf(UploadView upload) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("version", Long.toString(upload.version()));
        form.put("alt", upload.alt());
        form.put("caption", upload.caption());
        form.put("credit", upload.credit());
        return form;
    }

    private static Long cursor(String before) {
        return before != null && before.matches("\\d{1,18}") ? Long.valueOf(before) : null;
    }
}
