package org.masthead.web.desk.site;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.masthead.security.CurrentStaff;
import org.masthead.security.Roles;
import org.masthead.security.StaffMember;
import org.masthead.shared.InvalidFieldsException;
import org.masthead.web.desk.FormErrors;
import org.masthead.wordpress.ImportJobs;
import org.masthead.wordpress.ImportJobs.JobView;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The desk's WordPress import for admins: upload the export (and a zip of its uploads), read the dry run's report,
 * then run the import; its page follows the background job with a progress bar (htmx polls while it runs, and a
 * reload shows where it is), and past imports are listed.
 */
@Path("/admin/site/import")
@RolesAllowed(Roles.ADMIN)
public class ImportDeskResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(StaffMember me, List<JobView> jobs, Map<String, String> errors);

        static native TemplateInstance job(StaffMember me, JobView job);

        static native TemplateInstance progress(JobView job);
    }

    private final ImportJobs jobs;
    private final CurrentStaff staff;

    ImportDeskResource(ImportJobs jobs, CurrentStaff staff) {
        this.jobs = jobs;
        this.staff = staff;
    }

    @GET
    public TemplateInstance index() {
        return Templates.index(staff.required(), jobs.recent(20), Map.of());
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response start(@RestForm("file") FileUpload file, @RestForm("uploads") FileUpload uploads, @RestForm String dryRun) {
        try {
            JobView job = jobs.start(staff.required(), file == null ? null : file.uploadedFile(), file == null ? null : file.fileName(),
                    Optional.ofNullable(uploads).filter(u -> u.size() > 0).map(FileUpload::uploadedFile), dryRun != null);
            return Response.seeOther(URI.create("/admin/site/import/" + job.id())).build();
        } catch (InvalidFieldsException e) {
            Map<String, String> errors = new LinkedHashMap<>();
            FormErrors.add(errors, e);
            return Response.status(Response.Status.BAD_REQUEST).entity(Templates.index(staff.required(), jobs.recent(20), errors))
                    .build();
        }
    }

    @GET
    @Path("{id: \\d+}")
    public TemplateInstance job(@PathParam("id") long id) {
        return Templates.job(staff.required(), jobs.view(id));
    }

    /** The progress part of the job's page, which htmx swaps in every second while the job runs. */
    @GET
    @Path("{id: \\d+}/progress")
    public TemplateInstance progress(@PathParam("id") long id) {
        return Templates.progress(jobs.view(id));
    }

    @POST
    @Path("{id: \\d+}/resume")
    public Response resume(@PathParam("id") long id) {
        JobView job = jobs.resume(staff.required(), id);
        return Response.seeOther(URI.create("/admin/site/import/" + job.id())).build();
    }

    @POST
    @Path("{id: \\d+}/run")
    public Response runForReal(@PathParam("id") long id) {
        JobView job = jobs.runForReal(staff.required(), id);
        return Response.seeOther(URI.create("/admin/site/import/" + job.id())).build();
    }
}
