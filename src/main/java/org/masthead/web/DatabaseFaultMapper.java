package org.masthead.web;

import java.sql.SQLException;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.masthead.shared.DatabaseFaults;
import org.masthead.web.api.problem.Problem;
import org.masthead.web.site.PublicResponder;

import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * Database failures that reach the HTTP layer, answered in each face's own terms instead of Quarkus's error page:
 * while the database cannot be reached, 503 with Retry-After (problem+json on the API, a short page on the desk,
 * the edition's themed page on the site); any other database failure, a 500 that names no internals.
 */
public class DatabaseFaultMapper {

    private static final Logger LOG = Logger.getLogger(DatabaseFaultMapper.class);

    private final PublicResponder site;

    DatabaseFaultMapper(PublicResponder site) {
        this.site = site;
    }

    @ServerExceptionMapper({ PersistenceException.class, SQLException.class, TransactionalException.class,
            DatabaseFaults.Unanswered.class })
    public Response failed(Exception e, UriInfo uri) {
        boolean unreachable = DatabaseFaults.unreachable(e);
        String path = uri.getPath();
        if (unreachable) {
            LOG.warnf("Database unreachable, %s answered 503: %s", path, e.getMessage());
        } else {
            LOG.errorf(e, "Database failure answering %s", path);
        }
        Response.Status status = unreachable ? Response.Status.SERVICE_UNAVAILABLE : Response.Status.INTERNAL_SERVER_ERROR;
        if (path.startsWith("/api/")) {
            String detail = unreachable ? "The database cannot be reached just now; nothing was changed. Try again in a minute."
                    : "The request failed on the server; nothing was changed. The error is in the server's log.";
            return withRetry(Response.fromResponse(Problem.of(status, detail, path).toResponse()), unreachable);
        }
        if (path.equals("/admin") || path.startsWith("/admin/")) {
            String text = unreachable ? "The database cannot be reached just now, so nothing was saved. Go back, wait a minute and try again."
                    : "Something went wrong on the server, so nothing was saved. The error is in the server's log.";
            String html = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Masthead</title>"
                    + "<link rel=\"stylesheet\" href=\"/admin-assets/admin.css\"></head><body><main class=\"wrap\"><h1>"
                    + (unreachable ? "Back in a moment" : "Something went wrong") + "</h1><p class=\"message problem\">" + text
                    + "</p><p><a href=\"/admin\">Back to the desk</a></p></main></body></html>";
            return withRetry(Response.status(status).type(MediaType.TEXT_HTML + ";charset=UTF-8").entity(html)
                    .header(HttpHeaders.CACHE_CONTROL, "no-store"), unreachable);
        }
        if (unreachable) {
            return site.unavailable(uri);
        }
        return Response.status(status).type(MediaType.TEXT_PLAIN + ";charset=UTF-8")
                .entity("Something went wrong on our side. Please try again later.").header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }

    private static Response withRetry(Response.ResponseBuilder response, boolean unreachable) {
        return (unreachable ? response.header(HttpHeaders.RETRY_AFTER, PublicResponder.RETRY_AFTER_SECONDS) : response).build();
    }
}
