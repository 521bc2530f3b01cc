package org.masthead.web.site;

import jakarta.ws.rs.Path;

/** The Arabic edition, under /ar. */
@Path("/ar")
public class ArabicEdition extends EditionRoutes {

    @Override
    protected String language() {
        return "ar";
    }
}
