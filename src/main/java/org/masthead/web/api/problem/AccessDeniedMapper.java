package org.masthead.web.api.problem;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * Refusals: the API answers problem+json, the admin UI a page. Both say which role the action
 * needs, read from the {@code @RolesAllowed} of the method that refused.
 */
public class AccessDeniedMapper {

    @CheckedTemplate(basePath = "errors")
    static class Templates {
        static native TemplateInstance forbidden(List<String> requiredRoles, String path);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri, SimpleResourceInfo resource) {
        List<String> required = requiredRoles(resource);
        String path = uri.getPath();
        if (isApi(path)) {
            String detail = e.getMessage() != null && !e.getMessage().isBlank() ? e.getMessage() + "."
                    : required.isEmpty() ? "You may not do this."
                    : "This needs the role " + String.join(" or ", required) + ", which your account does not have.";
            return Problem.of(Response.Status.FORBIDDEN, detail, path).toResponse();
        }
        return Response.status(Response.Status.FORBIDDEN).type(MediaType.TEXT_HTML_TYPE)
                .entity(Templates.forbidden(required, path)).build();
    }

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    public Response unauthorized(RuntimeException e, UriInfo uri) {
        return Response.fromResponse(Problem.of(Response.Status.UNAUTHORIZED,
                "Sign in first: send a bearer token from the masthead realm.", uri.getPath()).toResponse())
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"masthead\"").build();
    }

    private static boolean isApi(String path) {
        return path.startsWith("/api/");
    }

    private static List<String> requiredRoles(SimpleResourceInfo resource) {
        if (resource == null || resource.getResourceClass() == null) {
            return List.of();
        }
        RolesAllowed allowed = null;
        for (Method method : resource.getResourceClass().getMethods()) {
            if (method.getName().equals(resource.getMethodName())
                    && Arrays.equals(method.getParameterTypes(), resource.parameterTypes())) {
                allowed = method.getAnnotation(RolesAllowed.class);
            }
        }
        if (allowed == null) {
            allowed = resource.getResourceClass().getAnnotation(RolesAllowed.class);
        }
        return allowed == null ? List.of() : List.of(allowed.value());
    }
}
