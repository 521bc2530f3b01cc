package org.masthead.web.site;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import org.masthead.content.PreviewLinkService;
import org.masthead.web.site.read.ReaderContent;

/**
 * Where a reviewer's signed preview link leads: the revision it was made for, as readers will see it,
 * until the link expires or is revoked, or the item is archived.
 */
@Path("/preview/{token}")
public class PreviewRoute {

    private final PreviewLinks links;
    private final PreviewLinkService grants;
    private final ReaderContent reader;
    private final PublicResponder responder;

    PreviewRoute(PreviewLinks links, PreviewLinkService grants, ReaderContent reader, PublicResponder responder) {
        this.links = links;
        this.grants = grants;
        this.reader = reader;
        this.responder = responder;
    }

    @GET
    public Uni<Response> preview(@PathParam("token") String token, @Context UriInfo uri) {
        return Uni.createFrom().item(() -> links.check(token)
                .flatMap(signed -> grants.grant(signed.linkId(), signed.expires()))
                .flatMap(grant -> reader.preview(grant.itemId(), grant.revision())))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .flatMap(item -> item.isPresent()
                        ? Uni.createFrom().item(() -> responder.preview(uri, item.get()))
                                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                        : responder.notFound(uri));
    }
}
