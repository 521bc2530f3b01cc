package org.masthead.web.desk.site;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.masthead.redirect.RedirectService;
import org.masthead.redirect.RedirectService.Miss;
import org.masthead.redirect.RedirectService.RedirectView;
import org.masthead.security.CurrentStaff;
import org.masthead.security.Roles;
import org.masthead.security.StaffMember;
import org.masthead.shared.FieldError;
import org.masthead.shared.InvalidFieldsException;
import org.masthead.web.desk.FormErrors;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
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
 * Old addresses on the desk: the redirects (an import's and the desk's own), most used first, and the addresses readers
 * asked for that nothing answers, each with "make a redirect".
 */
@Path("/admin/site/redirects")
@RolesAllowed(Roles.ADMIN)
public class RedirectDeskResource {

    private static final int SHOWN = 500;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance redirects(StaffMember me, List<RedirectView> redirects, long total, String query,
                List<Miss> misses, RedirectView editing, Map<String, String> form, Map<String, String> errors, List<String> csvErrors,
                String message);
    }

    private final RedirectService redirects;
    private final CurrentStaff staff;

    RedirectDeskResource(RedirectService redirects, CurrentStaff staff) {
        this.redirects = redirects;
        this.staff = staff;
    }

    @GET
    public TemplateInstance index(@QueryParam("path") String path, @QueryParam("q") String query, @QueryParam("edit") Long edit,
            @QueryParam("done") String done) {
        Map<String, String> form = new LinkedHashMap<>();
        RedirectView editing = edit == null ? null : redirects.get(edit);
        form.put("path", editing != null ? editing.path() : path);
        form.put("target", editing != null ? editing.to() : null);
        String message = switch (done == null ? "" : done) {
            case "added" -> "Redirect saved.";
            case "deleted" -> "Redirect deleted.";
            case "" -> null;
            default -> done.matches("imported-\\d+-\\d+") ? "CSV imported: " + done.split("-")[1] + " redirects added, "
                    + done.split("-")[2] + " repointed." : null;
        };
        return page(query, editing, form, Map.of(), message);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response add(@RestForm String path, @RestForm String target) {
        try {
            redirects.add(staff.required(), path, target);
            return Response.seeOther(URI.create("/admin/site/redirects?done=added")).build();
        } catch (InvalidFieldsException e) {
            return refused(e, null, path, target);
        }
    }

    @POST
    @Path("{id: \\d+}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("id") long id, @RestForm String path, @RestForm String target) {
        try {
            redirects.update(staff.required(), id, path, target);
            return Response.seeOther(URI.create("/admin/site/redirects?done=added")).build();
        } catch (InvalidFieldsException e) {
            return refused(e, redirects.get(id), path, target);
        }
    }

    @POST
    @Path("{id: \\d+}/delete")
    public Response delete(@PathParam("id") long id) {
        redirects.delete(staff.required(), id);
        return Response.seeOther(URI.create("/admin/site/redirects?done=deleted")).build();
    }

    /** Every redirect as a CSV file, for a spreadsheet or another site. */
    @GET
    @Path("export.csv")
    @Produces("text/csv; charset=UTF-8")
    public Response export() throws IOException {
        StringWriter csv = new StringWriter();
        // the byte order mark tells spreadsheets the file is UTF-8, so Persian and Arabic addresses read right
        csv.write('\uFEFF');
        redirects.exportCsv(staff.required(), csv);
        return Response.ok(csv.toString()).header("Content-Disposition", "attachment; filename=\"redirects.csv\"")
                .header("Cache-Control", "no-store").build();
    }

    /** Redirects from a CSV file: all of them, or none and each bad line named. */
    @POST
    @Path("import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response importCsv(@RestForm("file") FileUpload file) {
        if (file == null || file.size() == 0) {
            return refused(new InvalidFieldsException(List.of(new FieldError("file", "choose a CSV file to import"))), null, null, null);
        }
        if (file.size() > MAX_CSV_BYTES) {
            return refused(new InvalidFieldsException(List.of(new FieldError("file", "is larger than 20 MB; split it"))), null, null,
                    null);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file.uploadedFile()),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)))) {
            // a spreadsheet's "CSV UTF-8" starts with a byte order mark
            reader.mark(1);
            if (reader.read() != '\uFEFF') {
                reader.reset();
            }
            RedirectService.CsvResult result = redirects.importCsv(staff.required(), reader);
            return Response.seeOther(URI.create("/admin/site/redirects?done=imported-" + result.created() + "-" + result.updated()))
                    .build();
        } catch (InvalidFieldsException e) {
            return refused(e, null, null, null);
        } catch (IOException e) {
            return refused(new InvalidFieldsException(List.of(new FieldError("file",
                    "is not UTF-8 text (save it from the spreadsheet as \"CSV UTF-8\")"))), null, null, null);
        }
    }

    private static final long MAX_CSV_BYTES = 20L * 1024 * 1024;

    private Response refused(InvalidFieldsException e, RedirectView editing, String path, String target) {
        Map<String, String> errors = new LinkedHashMap<>();
        FormErrors.add(errors, e);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("path", path);
        form.put("target", target);
        return Response.status(Response.Status.BAD_REQUEST).entity(page(null, editing, form, errors, null)).build();
    }

    private TemplateInstance page(String query, RedirectView editing, Map<String, String> form, Map<String, String> errors,
            String message) {
        List<String> csvErrors = errors.entrySet().stream().filter(e -> e.getKey().startsWith("line "))
                .map(e -> csvLine(e.getKey()) + ": " + e.getValue()).toList();
        return Templates.redirects(staff.required(), redirects.list(query, SHOWN), redirects.count(query), query == null ? "" : query,
                redirects.misses(100), editing, form, errors, csvErrors, message);
    }

    /** "line 3.target" → "Line 3, where it leads". */
    private static String csvLine(String key) {
        String[] parts = key.split("\\.", 2);
        String line = "L" + parts[0].substring(1);
        return parts.length == 1 ? line : line + ", " + switch (parts[1]) {
            case "path" -> "old address";
            case "target" -> "where it leads";
            default -> parts[1];
        };
    }
}
