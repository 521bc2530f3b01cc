package org.masthead.web.api;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.masthead.security.Roles;
import org.masthead.security.StaffMember;
import org.masthead.settings.SiteSettingsService;
import org.masthead.settings.SiteSettingsUpdate;
import org.masthead.settings.SiteSettingsView;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("/api/v1/settings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Site settings")
@SecurityRequirement(name = "bearer")
public class SettingsResource {

    @Inject
    SiteSettingsService settings;

    @Inject
    SecurityIdentity identity;

    @GET
    @RolesAllowed({ Roles.EDITOR, Roles.REVIEWER, Roles.ADMIN })
    @Operation(summary = "The site settings")
    public SiteSettingsView get() {
        return settings.current();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Change the site settings", description = "Carries the version it edits; a stale version answers 409.")
    @APIResponse(responseCode = "200", description = "Saved")
    @APIResponse(responseCode = "400", description = "A field is invalid (problem+json naming each field)")
    @APIResponse(responseCode = "403", description = "The caller is not an admin")
    @APIResponse(responseCode = "409", description = "Someone saved first (problem+json with currentVersion and updatedBy)")
    public SiteSettingsView update(@Valid @NotNull SiteSettingsUpdate change) {
        return settings.update(StaffMember.of(identity), change);
    }
}
