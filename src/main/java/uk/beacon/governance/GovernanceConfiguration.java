package uk.beacon.governance;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.beacon.governance.service.HorizonDeploymentCounts;
import uk.beacon.governance.service.PublicRegister;
import uk.beacon.platform.PublicPaths;

@Configuration(proxyBeanMethods = false)
class GovernanceConfiguration {

    /** The gaps view counts a type's deployments as the records of that type on the public register now. */
    @Bean
    HorizonDeploymentCounts horizonDeploymentCounts(PublicRegister register) {
        return register::registeredByTechnologyType;
    }

    /**
     * The transparency register and horizon scanning are for anyone, with their APIs; {@code /governance}
     * sends a force's members to their records and anyone else to the register.
     */
    @Bean
    PublicPaths governancePublicPaths() {
        return PublicPaths.of("/governance", "/register", "/register/**", "/api/v1/register", "/api/v1/register/**",
                "/api/v1/register.csv", "/api/v1/register.json", "/horizon", "/horizon/**");
    }
}
