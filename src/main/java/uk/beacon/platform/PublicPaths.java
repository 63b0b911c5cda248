package uk.beacon.platform;

import java.util.List;
import org.springframework.modulith.NamedInterface;

/**
 * URL patterns that anyone may open without signing in. Each module that publishes something
 * declares a bean of this type; every other path needs a signed-in user.
 */
@NamedInterface("settings")
public record PublicPaths(List<String> patterns) {

    public static PublicPaths of(String... patterns) {
        return new PublicPaths(List.of(patterns));
    }
}
