package uk.beacon.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    /**
     * The server is Beacon's configured address (BEACON_BASE_URL), or "/" (wherever the description was read
     * from) without one: never the host a request named.
     */
    @Bean
    OpenAPI beaconOpenApi(WebSettings settings) {
        return new OpenAPI()
                .servers(List.of(new Server().url(settings.link("/"))))
                .info(new Info().title("Beacon API").version("v1")
                        .description("Beacon's JSON API. Errors are RFC 9457 problem JSON; long work answers 202 "
                                + "with a job to follow at /api/v1/jobs/{id}.")
                        .license(new License().name("Reference data: Open Government Licence v3.0")))
                .components(new Components().addSecuritySchemes("basic",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }
}
