package org.masthead.site;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/** The Arabic, Persian and Albanian editions, each under its language code. */
@Path("/{edition: ar|fa|sq}")
public class OtherEditions extends EditionRoutes {

    @PathParam("edition")
    String edition;

    @Override
    protected String language() {
        return edition;
    }
}
