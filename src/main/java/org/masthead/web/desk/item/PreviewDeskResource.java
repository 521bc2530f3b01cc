package org.masthead.web.desk.item;

import java.time.Duration;
import java.time.Instant;

import org.masthead.shared.ContentKind;
import org.masthead.security.CurrentStaff;
import org.masthead.security.Roles;
import org.masthead.security.StaffMember;
import org.masthead.web.site.PreviewLinks;
import org.masthead.web.site.PublicResponder;
import org.masthead.web.site.read.ReaderContent;
import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.masthead.shared.InvalidFieldsException;

/** Staff preview of a working copy as readers will see it, and the reviewer's expiring preview links. */
@Path("/admin/preview/{collection}/{id}")
@Authenticated
public class PreviewDeskResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance link(StaffMember me, String collection, long id, String url, Instant expires);
    }

    private final ReaderContent reader;
    private final PreviewLinks links;
    private final PublicResponder responder;
    private final CurrentStaff staff;

    PreviewDeskResource(ReaderContent reader, PreviewLinks links, PublicResponder responder, CurrentStaff staff) {
        this.reader = reader;
        this.links = links;
        this.responder = responder;
        this.staff = staff;
    }

    @GET
    @RolesAllowed(Roles.EDITOR)
    public Response preview(@PathParam("collection") String collection, @PathParam("id") long id, @Context UriInfo uri) {
        kind(collection);
        return responder.preview(uri, reader.preview(id).orElseThrow(NotFoundException::new));
    }

    @POST
    @Path("link")
    @RolesAllowed(Roles.REVIEWER)
    public Response createLink(@PathParam("collection") String collection, @PathParam("id") long id,
            @RestForm String hours) {
        kind(collection);
        staff.required().require(Roles.REVIEWER, "Creating preview links");
        reader.preview(id).orElseThrow(NotFoundException::new);
        long validHours = parseHours(hours);
        String token = links.issue(id, Duration.ofHours(validHours));
        return Response.seeOther(URI.create("/admin/preview/" + collection + "/" + id + "/link?token=" + token)).build();
    }

    @GET
    @Path("link")
    @RolesAllowed(Roles.REVIEWER)
    public TemplateInstance link(@PathParam("collection") String collection, @PathParam("id") long id,
            @QueryParam("token") String token, @Context UriInfo uri) {
        kind(collection);
        var grant = links.check(token).filter(g -> g.itemId() == id).orElseThrow(NotFoundException::new);
        String url = uri.getBaseUri().resolve("/preview/" + token).toString();
        return Templates.link(staff.required(), collection, id, url, grant.expires());
    }

    private static long parseHours(String hours) {
        try {
            long value = Long.parseLong(hours == null ? "24" : hours.strip());
            if (value >= 1 && value <= PreviewLinks.LONGEST.toHours()) {
                return value;
            }
        } catch (NumberFormatException e) {
            // falls through to the refusal below
        }
        throw InvalidFieldsException.of("hours",
                "must be a whole number of hours from 1 to " + PreviewLinks.LONGEST.toHours());
    }

    private static ContentKind kind(String collection) {
        return ContentKind.ofCollection(collection).orElseThrow(NotFoundException::new);
    }
}
