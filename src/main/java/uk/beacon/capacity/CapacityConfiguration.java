package uk.beacon.capacity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.beacon.platform.PublicPaths;

@Configuration(proxyBeanMethods = false)
class CapacityConfiguration {

    /** The staffing calculator and its API are for anyone; {@code /capacity} lists it for the public. */
    @Bean
    PublicPaths capacityPublicPaths() {
        return PublicPaths.of("/capacity", "/capacity/calculator", "/api/v1/capacity/erlang-c");
    }
}
