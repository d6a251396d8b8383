package org.tenaga.platform.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The JSON API under {@code /api}, versioned by path ({@code /api/v1}). */
@ApplicationPath("/api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Tenaga API",
            version = "1",
            description =
                "Capacity-building training management: catalogue, cohorts, enrolment, certificates, inclusion statistics."))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class RestApplication extends Application {}
