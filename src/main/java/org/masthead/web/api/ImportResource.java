package org.masthead.web.api;

import java.util.List;
import java.util.Optional;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.masthead.security.CurrentStaff;
import org.masthead.security.Roles;
import org.masthead.wordpress.ImportJobs;
import org.masthead.wordpress.ImportJobs.JobView;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** WordPress imports for scripts: queue one (202), then follow it until it is done. */
@Path("/api/v1/imports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Imports")
@SecurityRequirement(name = "bearer")
@RolesAllowed(Roles.ADMIN)
public class ImportResource {

    private final ImportJobs jobs;
    private final CurrentStaff staff;

    ImportResource(ImportJobs jobs, CurrentStaff staff) {
        this.jobs = jobs;
        this.staff = staff;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Import a WordPress export (multipart file, optional uploads zip of wp-content/uploads, dryRun)",
            description = "Answers 202 with the import's id at once; the import runs in the background. Running one again changes nothing already imported.")
    public Response start(@RestForm("file") FileUpload file, @RestForm("uploads") FileUpload uploads, @RestForm("dryRun") String dryRun,
            @Context UriInfo uri) {
        JobView job = jobs.start(staff.required(), file == null ? null : file.uploadedFile(), file == null ? null : file.fileName(),
                Optional.ofNullable(uploads).map(FileUpload::uploadedFile), "true".equalsIgnoreCase(dryRun) || "on".equals(dryRun));
        return Response.accepted(job).location(uri.getAbsolutePathBuilder().path(Long.toString(job.id())).build()).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "An import's status (queued, running, done, failed), progress, counts and report")
    public JobView get(@PathParam("id") long id) {
        return jobs.view(id);
    }

    @POST
    @Path("{id}/resume")
    @Operation(summary = "Start a failed import again from its kept files",
            description = "Answers 202 with the new import; what the failed one imported is found, not imported twice. 400 unless failed.")
    public Response resume(@PathParam("id") long id, @Context UriInfo uri) {
        JobView job = jobs.resume(staff.required(), id);
        return Response.accepted(job).location(uri.getBaseUriBuilder().path("api/v1/imports").path(Long.toString(job.id())).build())
                .build();
    }

    @GET
    @Operation(summary = "Past and running imports, newest first")
    public List<JobView> list() {
        return jobs.recent(50);
    }
}
