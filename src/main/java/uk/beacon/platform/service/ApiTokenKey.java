package uk.beacon.platform.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.beacon.platform.BeaconProperties;
import uk.beacon.platform.domain.TokenHash;

/**
 * The server key that API tokens are hashed under: {@code BEACON_API_TOKEN_KEY} when set (at least 32 characters;
 * set it where several servers share one database, or where the data directory does not last), otherwise a random
 * key made on first start and kept in the data directory as {@code api-token-key}, readable by its owner only.
 * Changing the key makes every existing token stop working.
 */
@Configuration(proxyBeanMethods = false)
class ApiTokenKey {

    static final String FILE = "api-token-key";

    @Bean
    TokenHash tokenHash(@Value("${beacon.api-token-key:}") String configured, BeaconProperties properties) {
        return new TokenHash(key(configured, properties.dataDir()));
    }

    static byte[] key(String configured, Path dataDir) {
        if (configured != null && !configured.isBlank()) {
            return checked(configured.strip(), "BEACON_API_TOKEN_KEY");
        }
        Path file = dataDir.resolve(FILE);
        try {
            if (!Files.exists(file) || Files.size(file) == 0) {
                create(file);
            }
            return checked(Files.readString(file, StandardCharsets.UTF_8).strip(), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or create the API token key " + file, e);
        }
    }

    /** Writes a new random key whole or not at all: to a file of its own, then renamed into place. */
    private static void create(Path file) throws IOException {
        Path directory = file.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String key = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Path partial;
        try {
            // Readable by its owner only from the start, where the file system has POSIX permissions.
            partial = Files.createTempFile(directory, FILE, ".new",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            partial = Files.createTempFile(directory, FILE, ".new");
        }
        try {
            Files.writeString(partial, key + "\n", StandardCharsets.UTF_8);
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private static byte[] checked(String key, String where) {
        byte[] bytes = key.getBytes(StandardCharsets.UTF_8);
        if (bytes.length < TokenHash.MINIMUM_KEY_BYTES) {
            throw new IllegalStateException("The API token key in " + where + " must have at least "
                    + TokenHash.MINIMUM_KEY_BYTES + " characters");
        }
        return bytes;
    }
}
