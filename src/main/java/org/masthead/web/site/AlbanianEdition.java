package org.masthead.web.site;

import jakarta.ws.rs.Path;

/** The Albanian edition, under /sq. */
@Path("/sq")
public class AlbanianEdition extends EditionRoutes {

    @Override
    protected String language() {
        return "sq";
    }
}
