package uk.beacon;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/**
 * Beacon: an open platform for public-safety transformation. One deployable, a modular monolith;
 * each direct sub-package of {@code uk.beacon} is a module (see the README's module map).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(systemName = "Beacon", sharedModules = "platform")
public class BeaconApplication {

    public static void main(String[] args) {
        SpringApplication.run(BeaconApplication.class, args);
    }
}
