package org.masthead.web.desk;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Where Keycloak sends a staff member back after signing out (outside /admin, so no login is forced). */
@Path("/signed-out")
@Produces(MediaType.TEXT_HTML)
public class SignedOutDeskResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance signedOut();
    }

    @GET
    public TemplateInstance signedOut() {
        return Templates.signedOut();
    }
}
