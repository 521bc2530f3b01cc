package org.masthead.web.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.masthead.security.Roles;
import org.masthead.audit.AuditEntryView;
import org.masthead.audit.AuditLog;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

@Path("/api/v1/history")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "History")
@SecurityRequirement(name = "bearer")
public class HistoryResource {

    @Inject
    AuditLog audit;

    @GET
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "The site-wide audit log, newest first", description = "Pass the last id seen as `before` for the next page.")
    public List<AuditEntryView> recent(@QueryParam("before") String before, @QueryParam("limit") String limit) {
        return audit.recent(QueryParams.optionalLong("before", before), QueryParams.limit(limit, 50, 200));
    }
}
