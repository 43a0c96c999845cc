package org.redheart.app.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The REST API under {@code /api}: records in, records out, RFC 9457 problem details for errors. */
@ApplicationPath("/api")
@OpenAPIDefinition(
    info = @Info(title = "Red Heart Organiser API", version = "1",
        description = "Meetings, tasks and personal API tokens. Authenticate with 'Authorization: Bearer <token>'."),
    security = @SecurityRequirement(name = "token"))
@SecurityScheme(securitySchemeName = "token", type = SecuritySchemeType.HTTP, scheme = "bearer")
public class RestApplication extends Application {}
