package uk.beacon.demand.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;
import uk.beacon.platform.BeaconProperties;

/**
 * Where uploads wait for their import: {@code <data dir>/uploads}, one folder per upload, removed when
 * its job ends. An upload left there by a crash belongs to a job that can never finish, so whatever
 * is there is removed when Beacon starts and when it stops (large imports left gigabytes behind).
 */
@Component
class UploadFolders implements InitializingBean, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(UploadFolders.class);

    private final Path uploads;

    UploadFolders(BeaconProperties properties) {
        this.uploads = properties.dataDir().resolve("uploads");
    }

    /** A new, empty folder for one upload of the force. */
    Path create(String forceId) {
        try {
            Files.createDirectories(uploads);
            return Files.createTempDirectory(uploads, forceId + "-");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not save the uploaded files", e);
        }
    }

    @Override
    public void afterPropertiesSet() {
        removeLeftovers("start");
    }

    @Override
    public void destroy() {
        removeLeftovers("stop");
    }

    private void removeLeftovers(String when) {
        if (!Files.isDirectory(uploads)) {
            return;
        }
        try (Stream<Path> folders = Files.list(uploads)) {
            long removed = folders.filter(folder -> delete(folder)).count();
            if (removed > 0) {
                log.info("Removed {} upload folder(s) of unfinished imports at {}", removed, when);
            }
        } catch (IOException e) {
            log.warn("Could not list {} to remove the uploads of unfinished imports", uploads, e);
        }
    }

    /** Removes the folder and everything in it; true if it is gone. */
    static boolean delete(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            log.warn("Could not remove the upload folder {}", folder);
        }
        return !Files.exists(folder);
    }
}
