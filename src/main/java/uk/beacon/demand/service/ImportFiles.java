package uk.beacon.demand.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Predicate;
import java.util.function.Supplier;
import uk.beacon.demand.domain.CadReader;
import uk.beacon.demand.domain.ColumnMapping;
import uk.beacon.demand.domain.FirstColumnOrder;
import uk.beacon.demand.domain.ForceClock;
import uk.beacon.demand.domain.ImportFormat;
import uk.beacon.demand.domain.LineCheck;
import uk.beacon.demand.domain.PoliceUkStopSearchReader;
import uk.beacon.demand.domain.PoliceUkStreetReader;
import uk.beacon.demand.domain.SafeZip;
import uk.beacon.demand.domain.TextFiles;
import uk.beacon.demand.domain.Upload;
import uk.beacon.demand.store.CanonicalParts;
import uk.beacon.demand.store.DemandStore;

/**
 * The "read" step of an import: a saved upload becomes the files to store, unpacking a zip, and each
 * file gets the domain reader of its format (or, for Beacon's canonical CSV, DuckDB's own reader).
 */
final class ImportFiles {

    private ImportFiles() {
    }

    /**
     * The CSV files in a saved upload: the file itself, or the right files inside a zip.
     *
     * @param checksum the upload's SHA-256 if it is already known, else null
     */
    static List<DemandStore.ImportFile> expand(ImportFormat format, ColumnMapping mapping, ForceClock clock,
            String name, Path file, String checksum, Path folder) throws IOException {
        List<DemandStore.ImportFile> files = new ArrayList<>();
        if (SafeZip.isZip(file)) {
            Path unpacked = Files.createTempDirectory(folder, "zip-");
            for (SafeZip.Entry entry : SafeZip.unpack(file, name, unpacked, wanted(format), SafeZip.Limits.defaults())) {
                files.add(file(format, mapping, clock, name + "/" + entry.name(), entry.path(), null));
            }
        } else if (Upload.isZipName(name)) {
            throw SafeZip.notAZip(name, "it does not start as a zip does");
        } else {
            files.add(file(format, mapping, clock, name, file, checksum));
        }
        return files;
    }

    private static Predicate<String> wanted(ImportFormat format) {
        return switch (format) {
            case POLICE_UK_STREET -> entry -> entry.endsWith("-street.csv");
            case POLICE_UK_STOP_SEARCH -> entry -> entry.endsWith("-stop-and-search.csv");
            case CAD -> entry -> entry.toLowerCase(Locale.ROOT).endsWith(".csv");
        };
    }

    private static DemandStore.ImportFile file(ImportFormat format, ColumnMapping mapping, ForceClock clock,
            String name, Path path, String knownChecksum) {
        boolean canonical = format == ImportFormat.CAD && mapping.equals(ColumnMapping.CANONICAL);
        if (!canonical) {
            // The domain readers check every line as they read it.
            CompletableFuture<Scan> scan = knownChecksum != null
                    ? CompletableFuture.completedFuture(new Scan(knownChecksum, FirstColumnOrder.Verdict.UNKNOWN))
                    : scanAsync(path, name, false);
            return DemandStore.ImportFile.rows(name, () -> joined(scan).sha256(), sink -> {
                try (Reader reader = TextFiles.open(path, name)) {
                    return switch (format) {
                        case POLICE_UK_STREET -> PoliceUkStreetReader.read(reader, name, sink);
                        case POLICE_UK_STOP_SEARCH -> PoliceUkStopSearchReader.read(reader, name, clock, sink);
                        case CAD -> CadReader.read(reader, name, mapping, clock, sink);
                    };
                }
            });
        }
        // DuckDB reads a canonical file itself, so the scan, on another thread while DuckDB stores the
        // rows, checks its lines, works out its checksum and watches whether its ids ascend (if they do,
        // the import need not count them for repeats afterwards). It is asked for before the import is
        // recorded, so a file that breaks a line rule is never stored.
        CompletableFuture<Scan> scan = scanAsync(path, name, true);
        Supplier<String> checksum = () -> joined(scan).sha256();
        return DemandStore.ImportFile.canonical(name, checksum, CanonicalParts.whole(path, () -> {
            try {
                return scan.join().ids();
            } catch (CompletionException e) {
                // The checksum asks again and fails the import with the reason.
                return FirstColumnOrder.Verdict.UNKNOWN;
            }
        }));
    }

    /** The scan's outcome, or the import error it met, as itself rather than wrapped. */
    static <T> T joined(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private static CompletableFuture<Scan> scanAsync(Path path, String name, boolean watchIds) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return scan(path, name, watchIds ? new FirstColumnOrder() : null);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read " + name, e);
            }
        });
    }

    /** A saved file's SHA-256, and whether its first column ascends if that was watched. */
    private record Scan(String sha256, FirstColumnOrder.Verdict ids) {
    }

    /** Reads a saved file once for its SHA-256, its lines' rules and, given an {@code order}, its ids. */
    private static Scan scan(Path file, String name, FirstColumnOrder order) throws IOException {
        MessageDigest sha256 = Upload.sha256();
        LineCheck lines = new LineCheck(name);
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            int read;
            while ((read = in.read(buffer)) > 0) {
                sha256.update(buffer, 0, read);
                lines.accept(buffer, 0, read);
                if (order != null) {
                    order.accept(buffer, 0, read);
                }
            }
        }
        return new Scan(HexFormat.of().formatHex(sha256.digest()),
                order == null ? FirstColumnOrder.Verdict.UNKNOWN : order.finish());
    }
}
