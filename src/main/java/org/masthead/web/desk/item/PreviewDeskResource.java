package org.masthead.web.desk.item;

import java.time.Duration;

import org.masthead.shared.ContentKind;
import org.masthead.security.CurrentStaff;
import org.masthead.security.Roles;
import org.masthead.security.StaffMember;
import org.masthead.content.PreviewLinkService;
import org.masthead.content.PreviewLinkService.PreviewLinkView;
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
        static native TemplateInstance link(StaffMember me, String collection, long id, String url, PreviewLinkView link);
    }

    private final ReaderContent reader;
    private final PreviewLinks links;
    private final PreviewLinkService previews;
    private final PublicResponder responder;
    private final CurrentStaff staff;

    PreviewDeskResource(ReaderContent reader, PreviewLinks links, PreviewLinkService previews, PublicResponder responder,
            CurrentStaff staff) {
        this.reader = reader;
        this.links = links;
        this.previews = previews;
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
        PreviewLinkView link = previews.issue(kind(collection), id, Duration.ofHours(parseHours(hours)), staff.required());
        return Response.seeOther(URI.create("/admin/preview/" + collection + "/" + id + "/link/" + link.id())).build();
    }

    @GET
    @Path("link/{link}")
    @RolesAllowed(Roles.REVIEWER)
    public TemplateInstance link(@PathParam("collection") String collection, @PathParam("id") long id,
            @PathParam("link") long linkId, @Context UriInfo uri) {
        kind(collection);
        PreviewLinkView link = previews.open(id).stream().filter(l -> l.id() == linkId).findFirst()
                .orElseThrow(NotFoundException::new);
        return Templates.link(staff.required(), collection, id, responder.absolute(uri, path(link)), link);
    }

    @POST
    @Path("link/{link}/revoke")
    @RolesAllowed(Roles.REVIEWER)
    public Response revoke(@PathParam("collection") String collection, @PathParam("id") long id, @PathParam("link") long linkId) {
        previews.revoke(kind(collection), id, linkId, staff.required());
        return Response.seeOther(URI.create("/admin/" + collection + "/" + id + "?done=preview-revoked")).build();
    }

    private String path(PreviewLinkView link) {
        return "/preview/" + links.token(link);
    }

    private static long parseHours(String hours) {
        try {
            long value = Long.parseLong(hours == null ? "24" : hours.strip());
            if (value >= 1 && value <= PreviewLinkService.LONGEST.toHours()) {
                return value;
            }
        } catch (NumberFormatException e) {
            // falls through to the refusal below
        }
        throw InvalidFieldsException.of("hours",
                "must be a whole number of hours from 1 to " + PreviewLinkService.LONGEST.toHours());
    }

    private static ContentKind kind(String collection) {
        return ContentKind.ofCollection(collection).orElseThrow(NotFoundException::new);
    }
}
