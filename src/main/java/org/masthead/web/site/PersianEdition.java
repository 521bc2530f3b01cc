package org.masthead.web.site;

import jakarta.ws.rs.Path;

/** The Persian edition, under /fa. */
@Path("/fa")
public class PersianEdition extends EditionRoutes {

    @Override
    protected String language() {
        return "fa";
    }
}
