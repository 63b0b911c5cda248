package uk.beacon.governance.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.beacon.platform.PublicPaths;

/**
 * The horizon-scanning pages and API are for anyone to read; changes still need a national
 * coordinator, which the controllers check. (The module's own configuration may list the pages
 * too; a pattern listed twice is harmless.)
 */
@Configuration(proxyBeanMethods = false)
class HorizonPublicPaths {

    @Bean
    PublicPaths horizonPublicPathPatterns() {
        return PublicPaths.of("/horizon", "/horizon/**", "/api/v1/horizon", "/api/v1/horizon/**");
    }
}
