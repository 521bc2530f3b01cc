package org.masthead.web.site;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import org.masthead.web.site.read.ReaderContent;

/** Where a reviewer's signed preview link leads: the working copy as readers will see it, until the link expires. */
@Path("/preview/{token}")
public class PreviewRoute {

    private final PreviewLinks links;
    private final ReaderContent reader;
    private final PublicResponder responder;

    PreviewRoute(PreviewLinks links, ReaderContent reader, PublicResponder responder) {
        this.links = links;
        this.reader = reader;
        this.responder = responder;
    }

    @GET
    public Uni<Response> preview(@PathParam("token") String token, @Context UriInfo uri) {
        return Uni.createFrom().item(() -> links.check(token).flatMap(grant -> reader.preview(grant.itemId())))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .flatMap(item -> item.isPresent()
                        ? Uni.createFrom().item(() -> responder.preview(uri, item.get()))
                                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                        : responder.notFound(uri));
    }
}
