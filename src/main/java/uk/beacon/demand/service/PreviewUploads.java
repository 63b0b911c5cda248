package uk.beacon.demand.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import uk.beacon.platform.BeaconProperties;

/**
 * Files held while someone builds a column mapping from them, under
 * {@code uploads/previews/<force>/<id>.csv} in the data directory. Each is private to the force and
 * to the person who uploaded it, is named by an unguessable id, and is deleted when its mapping is
 * saved or, at the latest, a day after the upload.
 */
@Component
class PreviewUploads {

    static final Duration KEPT_FOR = Duration.ofDays(1);

    /**
     * Only the head of a file is kept: the preview reads its first rows, and a whole export can run to
     * gigabytes. It is cut at a line end, so that no character is split in two.
     */
    static final int KEPT_BYTES = 2 << 20;

    private static final Logger log = LoggerFactory.getLogger(PreviewUploads.class);
    private static final Pattern ID = Pattern.compile("[0-9a-f]{32}");
    private static final Pattern FORCE_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final Path root;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    PreviewUploads(BeaconProperties properties, Clock clock) {
        this.root = properties.dataDir().resolve("uploads").resolve("previews").toAbsolutePath().normalize();
        this.clock = clock;
    }

    /** A held file: the id that names it, the name it was uploaded with, and where it is. */
    record Held(String id, String fileName, Path file) {
    }

    Held hold(String forceId, String owner, String fileName, InputStream content) throws IOException {
        removeExpired();
        Path folder = Files.createDirectories(folder(forceId));
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        String id = HexFormat.of().formatHex(bytes);
        Path file = folder.resolve(id + ".csv");
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(head(content));
        }
        Properties about = new Properties();
        about.setProperty("owner", owner);
        about.setProperty("fileName", fileName);
        try (Writer writer = Files.newBufferedWriter(folder.resolve(id + ".properties"), StandardCharsets.UTF_8)) {
            about.store(writer, null);
        }
        return new Held(id, fileName, file);
    }

    /**
     * The held file with this id, if the owner uploaded it for this force within the last day. An id
     * that is not exactly 32 lower-case hex digits finds nothing, so it never reaches the file system.
     */
    Optional<Held> find(String forceId, String owner, String id) throws IOException {
        if (id == null || !ID.matcher(id).matches() || forceId == null || !FORCE_ID.matcher(forceId).matches()) {
            return Optional.empty();
        }
        Path folder = folder(forceId);
        Path file = folder.resolve(id + ".csv");
        Path aboutFile = folder.resolve(id + ".properties");
        if (!Files.isRegularFile(file) || !Files.isRegularFile(aboutFile)) {
            return Optional.empty();
        }
        if (expired(file)) {
            discard(forceId, id);
            return Optional.empty();
        }
        Properties about = new Properties();
        try (Reader reader = Files.newBufferedReader(aboutFile, StandardCharsets.UTF_8)) {
            about.load(reader);
        }
        if (!owner.equals(about.getProperty("owner"))) {
            return Optional.empty();
        }
        return Optional.of(new Held(id, about.getProperty("fileName", id + ".csv"), file));
    }

    void discard(String forceId, String id) throws IOException {
        if (ID.matcher(id).matches() && FORCE_ID.matcher(forceId).matches()) {
            Files.deleteIfExists(folder(forceId).resolve(id + ".csv"));
            Files.deleteIfExists(folder(forceId).resolve(id + ".properties"));
        }
    }

    /** Deletes every held file older than a day: on start-up, and whenever a new one is held. */
    @EventListener(ApplicationReadyEvent.class)
    void removeExpired() {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (DirectoryStream<Path> forces = Files.newDirectoryStream(root, Files::isDirectory)) {
            for (Path force : forces) {
                try (DirectoryStream<Path> files = Files.newDirectoryStream(force)) {
                    for (Path file : files) {
                        if (expired(file)) {
                            Files.deleteIfExists(file);
                        }
                    }
                }
            }
        } catch (IOException e) {
            log.warn("Could not remove expired preview uploads from {}", root, e);
        }
    }

    private boolean expired(Path file) throws IOException {
        Instant uploaded = Files.getLastModifiedTime(file).toInstant();
        return !uploaded.plus(KEPT_FOR).isAfter(clock.instant());
    }

    private Path folder(String forceId) {
        if (!FORCE_ID.matcher(forceId).matches()) {
            throw new IllegalArgumentException("Not a force id: " + forceId);
        }
        return root.resolve(forceId);
    }

    /** The first {@link #KEPT_BYTES} of the content, up to its last line end if there is more. */
    private static byte[] head(InputStream content) throws IOException {
        try (InputStream in = content) {
            byte[] head = in.readNBytes(KEPT_BYTES);
            if (head.length < KEPT_BYTES || in.read() < 0) {
                return head;
            }
            for (int end = head.length - 1; end >= 0; end--) {
                if (head[end] == '\n') {
                    return Arrays.copyOf(head, end + 1);
                }
            }
            return head;
        }
    }
}
