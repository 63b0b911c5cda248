package uk.beacon.platform;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.modulith.NamedInterface;

/**
 * Beacon's own settings, from {@code application.properties} or environment variables
 * ({@code BEACON_DATA_DIR}, {@code BEACON_DEMO_PASSWORD}, {@code BEACON_ADMIN_PASSWORD}).
 *
 * @param dataDir where the embedded database and other local files live
 * @param demo the demo profile's settings
 * @param adminPassword outside the demo profile, the password of the first administrator
 * @param signIn how many failed sign-ins lock an account, and for how long
 * @param jobThreads how many jobs run at once
 */
@NamedInterface("settings")
@ConfigurationProperties("beacon")
public record BeaconProperties(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue Demo demo,
        String adminPassword,
        @DefaultValue SignIn signIn,
        @DefaultValue("2") int jobThreads) {

    /** @param enabled whether this is the demo profile; @param password the demo accounts' password */
    public record Demo(@DefaultValue("false") boolean enabled, String password) {
    }

    public record SignIn(@DefaultValue("5") int allowedFailures, @DefaultValue("15m") Duration lockDuration) {
    }
}
