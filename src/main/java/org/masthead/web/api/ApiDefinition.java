package org.masthead.web.api;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

import jakarta.ws.rs.core.Application;

/** OpenAPI document header and the bearer scheme every /api/v1 operation refers to. */
@OpenAPIDefinition(info = @Info(title = "Masthead API", version = "v1",
        description = "Editorial content management: content, review workflow, revisions and history. "
                + "Errors are application/problem+json (RFC 9457)."))
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT",
        description = "An access token from the masthead realm of Keycloak")
public class ApiDefinition extends Application {
}
