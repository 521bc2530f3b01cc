package org.masthead.web.desk.item;

import java.util.List;

import org.masthead.content.ItemChoice;
import org.masthead.shared.Edition;
import org.masthead.security.Roles;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * Finds items of one edition by title, slug or id, answering an HTML fragment: the editor's
 * "Also read" search fetches it with htmx as the editor types; each result carries the button that
 * adds it through the editor's own form.
 */
@Path("/admin/search/items")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.EDITOR)
public class ItemSearchDeskResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance items(List<ItemChoice> found, String q);
    }

    @Inject
    EditorLookups lookups;

    /** {@code relatedQuery} is the editor's own field name for the query, which htmx sends as it is. */
    @GET
    public TemplateInstance items(@QueryParam("q") String q, @QueryParam("relatedQuery") String relatedQuery,
            @QueryParam("language") String language, @QueryParam("exclude") Long exclude) {
        String query = q != null ? q : relatedQuery;
        String edition = Edition.knownOrNull(language);
        return Templates.items(lookups.search(edition, query, exclude), query == null ? "" : query.strip());
    }
}
