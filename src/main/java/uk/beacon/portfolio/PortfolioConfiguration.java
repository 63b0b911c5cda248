package uk.beacon.portfolio;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.beacon.platform.PublicPaths;

@Configuration(proxyBeanMethods = false)
class PortfolioConfiguration {

    /** The Green Book appraisal calculator and its API are for anyone, signed in or not. */
    @Bean
    PublicPaths portfolioPublicPaths() {
        return PublicPaths.of("/portfolio/appraisal", "/api/v1/appraisal");
    }
}
