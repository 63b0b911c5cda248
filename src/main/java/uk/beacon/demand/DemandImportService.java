package uk.beacon.demand;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import uk.beacon.demand.domain.CadReader;
import uk.beacon.demand.domain.ColumnMapping;
import uk.beacon.demand.domain.CsvParts;
import uk.beacon.demand.domain.FirstColumnOrder;
import uk.beacon.demand.domain.ImportException;
import uk.beacon.demand.domain.ImportFormat;
import uk.beacon.demand.domain.PoliceUkStopSearchReader;
import uk.beacon.demand.domain.PoliceUkStreetReader;
import uk.beacon.demand.domain.SafeZip;
import uk.beacon.demand.domain.TextFiles;
import uk.beacon.demand.store.CanonicalParts;
import uk.beacon.demand.store.DemandImport;
import uk.beacon.demand.store.DemandStore;
import uk.beacon.platform.AuditLog;
import uk.beacon.platform.BeaconProperties;
import uk.beacon.platform.Job;
import uk.beacon.platform.JobFailure;
import uk.beacon.platform.JobService;
import uk.beacon.platform.NotFoundException;
import uk.beacon.platform.InvalidRequestException;
import uk.beacon.platform.SignedInUser;

/**
 * Imports a force's demand files as a job: all the files of one upload are stored together or not
 * at all, a file imported before is refused, and a bad row fails the import naming its file, line,
 * column and value.
 */
@Service
public class DemandImportService {

    private static final Logger log = LoggerFactory.getLogger(DemandImportService.class);

    private final DemandStore store;
    private final DemandAccess access;
    private final JobService jobs;
    private final AuditLog audit;
    private final Path uploads;
    private final DemandMappingService mappings;
    private final long partBytes;

    DemandImportService(DemandStore store, DemandAccess access, JobService jobs, AuditLog audit,
            BeaconProperties properties, DemandMappingService mappings,
            @Value("${beacon.demand.import-part-bytes:268435456}") long partBytes) {
        this.store = store;
        this.partBytes = partBytes;
        this.mappings = mappings;
        this.access = access;
        this.jobs = jobs;
        this.audit = audit;
        this.uploads = properties.dataDir().resolve("uploads");
    }

    /**
     * An uploaded file: its name and a way to save it once, moving rather than copying where it can
     * ({@code saver}), or a stream of its bytes ({@code stream}), whose checksum is worked out as they
     * are written, so that a large file is not read again just for it.
     */
    public record Upload(String name, Saver saver, InputStreamSource stream, long size) {

        public Upload(String name, Saver saver) {
            this(name, saver, null, -1);
        }

        /** An upload read from a stream, such as a request body or a file shipped with Beacon. */
        public static Upload fromStream(String name, InputStreamSource content) {
            return fromStream(name, content, -1);
        }

        /** An upload read from a stream of a known size in bytes (-1 if not known). */
        public static Upload fromStream(String name, InputStreamSource content, long size) {
            return new Upload(name, null, content, size);
        }

        /** Saves the file; returns its SHA-256 when it was worked out on the way, else null. */
        String saveTo(Path target) throws IOException {
            if (stream == null) {
                saver.saveTo(target);
                return null;
            }
            MessageDigest sha256 = sha256();
            try (InputStream in = new DigestInputStream(stream.open(), sha256)) {
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return HexFormat.of().formatHex(sha256.digest());
        }
    }

    @FunctionalInterface
    public interface Saver {
        void saveTo(Path target) throws IOException;
    }

    @FunctionalInterface
    public interface InputStreamSource {
        InputStream open() throws IOException;
    }

    /**
     * Saves the uploads and starts the import job. The uploads are saved (moved where they can be)
     * before this returns, because an HTTP request's files do not outlive it.
     */
    public Job start(String forceId, SignedInUser viewer, ImportFormat format, String mappingName,
            List<Upload> uploaded) {
        access.requireImporter(forceId, viewer);
        if (uploaded.isEmpty()) {
            throw new InvalidRequestException("Choose at least one file to import");
        }
        ColumnMapping mapping = format == ImportFormat.CAD ? mappings.mapping(forceId, mappingName) : null;
        Path folder;
        try {
            Files.createDirectories(uploads);
            folder = Files.createTempDirectory(uploads, forceId + "-");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not save the uploaded files", e);
        }
        List<String> names = uploaded.stream().map(Upload::name).toList();
        if (uploaded.size() == 1 && uploaded.get(0).stream() != null && ColumnMapping.CANONICAL.equals(mapping)) {
            return startArriving(forceId, viewer, uploaded.get(0), folder);
        }
        List<Path> saved = new ArrayList<>();
        List<String> checksums = new ArrayList<>();
        try {
            for (int i = 0; i < uploaded.size(); i++) {
                Path file = folder.resolve("upload-" + i);
                checksums.add(uploaded.get(i).saveTo(file));
                saved.add(file);
            }
        } catch (IOException e) {
            deleteQuietly(folder);
            throw new UncheckedIOException("Could not save the uploaded files", e);
        }
        return jobs.start("demand.import", viewer, context -> {
            try {
                context.progress(5, "Checking " + String.join(", ", names));
                List<DemandStore.ImportFile> files = new ArrayList<>();
                for (int i = 0; i < saved.size(); i++) {
                    files.addAll(expand(format, mapping, names.get(i), saved.get(i), checksums.get(i), folder));
                }
                if (files.isEmpty()) {
                    throw new JobFailure("There is no " + format.code() + " CSV file in " + String.join(", ", names));
                }
                context.progress(20, "Reading " + files.size() + " file(s)");
                return store(forceId, viewer, format, files);
            } catch (ImportException e) {
                throw new JobFailure(e.getMessage(), e);
            } finally {
                deleteQuietly(folder);
            }
        });
    }

    /**
     * A canonical CSV sent as a stream is stored while it arrives: it is written in parts that each end
     * at a record's end, and the job stores each part as soon as it is complete, so that receiving a
     * large file and storing it overlap. The request returns once the whole file has arrived; the file
     * is still refused as a whole if any row of it is bad, or if it was imported before.
     */
    private Job startArriving(String forceId, SignedInUser viewer, Upload upload, Path folder) {
        CanonicalParts parts = CanonicalParts.arriving();
        CompletableFuture<String> checksum = new CompletableFuture<>();
        try (InputStream in = new java.io.BufferedInputStream(upload.stream().open(), 1 << 16)) {
            in.mark(4);
            boolean zip = SafeZip.isZipSignature(in.readNBytes(4));
            in.reset();
            if (zip) {
                // A zip of canonical files is unpacked once whole, as any other upload.
                Path file = folder.resolve("upload-0");
                String sum = Upload.fromStream(upload.name(), () -> in).saveTo(file);
                return jobs.start("demand.import", viewer, context -> {
                    try {
                        context.progress(5, "Checking " + upload.name());
                        return store(forceId, viewer, ImportFormat.CAD,
                                expand(ImportFormat.CAD, ColumnMapping.CANONICAL, upload.name(), file, sum, folder));
                    } catch (ImportException e) {
                        throw new JobFailure(e.getMessage(), e);
                    } finally {
                        deleteQuietly(folder);
                    }
                });
            }
            Job job = jobs.start("demand.import", viewer, context -> {
                try {
                    context.progress(5, "Receiving and storing " + upload.name());
                    parts.onStored(bytes -> {
                        context.stopIfCancelled();
                        context.progress(upload.size() > 0 ? (int) Math.min(90, 5 + 85 * bytes / upload.size()) : 5,
                                "Stored " + megabytes(bytes) + (upload.size() > 0 ? " of " + megabytes(upload.size())
                                        : "") + " of " + upload.name() + "; checking it as a whole comes last");
                    });
                    return store(forceId, viewer, ImportFormat.CAD,
                            List.of(DemandStore.ImportFile.canonical(upload.name(), checksum::join, parts)));
                } catch (ImportException e) {
                    throw new JobFailure(e.getMessage(), e);
                } catch (IOException e) {
                    throw new JobFailure(e.getMessage() + "; nothing of it was imported", e);
                } finally {
                    parts.close();
                    deleteQuietly(folder);
                }
            });
            receive(in, upload.name(), folder, parts, checksum);
            // By now much of the file is stored: the answer says how far the job has got.
            return jobs.find(job.id(), viewer);
        } catch (IOException e) {
            deleteQuietly(folder);
            throw new UncheckedIOException("Could not save the uploaded file", e);
        }
    }

    /** Writes the arriving file into parts for the job, until it ends or the job no longer wants it. */
    private void receive(InputStream in, String name, Path folder, CanonicalParts parts,
            CompletableFuture<String> checksum) {
        try {
            CsvParts.Result whole = CsvParts.split(in, folder, partBytes, part -> {
                if (parts.isClosed()) {
                    // The import has ended (it failed early): the rest of the file is not needed.
                    throw new ImportOver();
                }
                parts.add(part);
            });
            checksum.complete(whole.sha256());
            parts.end(whole.firstColumn());
        } catch (IOException e) {
            if (!parts.isClosed()) {
                parts.breakOff("The upload of " + name + " broke off before its end");
                checksum.completeExceptionally(e);
                log.info("The upload of {} broke off", name, e);
            }
            // Read what is left, so that the client is not cut off before it hears how the import went.
            try {
                in.transferTo(java.io.OutputStream.nullOutputStream());
            } catch (IOException gone) {
                log.debug("The rest of {} could not be read", name, gone);
            }
        }
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%,.0f MB", bytes / 1_048_576.0);
    }

    /** Thrown to stop writing parts of a file that no import is reading any more. */
    private static final class ImportOver extends IOException {
        ImportOver() {
            super("The import has ended", null);
        }
    }

    private Map<String, Object> store(String forceId, SignedInUser viewer, ImportFormat format,
            List<DemandStore.ImportFile> files) throws Exception {
        List<DemandImport> imports = store.importFiles(forceId, format.code(), format == ImportFormat.CAD, files,
                viewer.getUsername());
        long rows = imports.stream().mapToLong(DemandImport::rows).sum();
        long incidents = imports.stream().mapToLong(DemandImport::incidents).sum();
        audit.record(viewer, "demand.import", "force/" + forceId,
                imports.size() + " file(s), " + rows + " rows, " + incidents + " incidents");
        return Map.of("imports", imports, "rows", rows, "incidents", incidents);
    }

    public List<DemandImport> history(String forceId, SignedInUser viewer) throws SQLException {
        access.requireReader(forceId, viewer);
        return store.imports(forceId);
    }

    /** Whether the viewer, a member of the force, may import and delete its demand data. */
    public boolean mayImport(String forceId, SignedInUser viewer) {
        return access.isImporter(forceId, viewer);
    }

    /** An import that the viewer may delete, so that they can be asked to confirm it. */
    public DemandImport findForDeletion(String forceId, String importId, SignedInUser viewer) throws SQLException {
        access.requireImporter(forceId, viewer);
        return store.findImport(forceId, importId)
                .orElseThrow(() -> new NotFoundException("There is no import with the id '" + importId + "'"));
    }

    /** Deletes an import and its incidents; returns what was deleted. */
    public DemandImport delete(String forceId, String importId, SignedInUser viewer) throws SQLException {
        DemandImport found = findForDeletion(forceId, importId, viewer);
        store.deleteImport(forceId, importId);
        audit.record(viewer, "demand.import.delete", "force/" + forceId + "/import/" + importId,
                found.fileName() + ", " + found.incidents() + " incidents");
        return found;
    }

    /**
     * The CSV files in an upload: the file itself, or the right files inside a zip.
     *
     * @param checksum the upload's SHA-256 if it is already known, else null
     */
    private static List<DemandStore.ImportFile> expand(ImportFormat format, ColumnMapping mapping, String name,
            Path file, String checksum, Path folder) throws IOException {
        List<DemandStore.ImportFile> files = new ArrayList<>();
        if (SafeZip.isZip(file)) {
            Path unpacked = Files.createTempDirectory(folder, "zip-");
            for (SafeZip.Entry entry : SafeZip.unpack(file, name, unpacked, wanted(format), SafeZip.Limits.defaults())) {
                files.add(importFile(format, mapping, name + "/" + entry.name(), entry.path(), null));
            }
        } else {
            files.add(importFile(format, mapping, name, file, checksum));
        }
        return files;
    }

    private static Predicate<String> wanted(ImportFormat format) {
        return switch (format) {
            case POLICE_UK_STREET -> entry -> entry.endsWith("-street.csv");
            case POLICE_UK_STOP_SEARCH -> entry -> entry.endsWith("-stop-and-search.csv");
            case CAD -> entry -> entry.toLowerCase(java.util.Locale.ROOT).endsWith(".csv");
        };
    }

    private static DemandStore.ImportFile importFile(ImportFormat format, ColumnMapping mapping, String name,
            Path path, String knownChecksum) {
        boolean canonical = format == ImportFormat.CAD && mapping.equals(ColumnMapping.CANONICAL);
        // Unless known already, worked out on another thread while the file is stored; asked for before
        // the import is recorded. A canonical file's ids are watched in the same reading: if they ascend,
        // the import need not count them for repeats afterwards.
        CompletableFuture<Scan> scan = knownChecksum != null && !canonical
                ? CompletableFuture.completedFuture(new Scan(knownChecksum, FirstColumnOrder.Verdict.UNKNOWN))
                : CompletableFuture.supplyAsync(() -> {
                    try {
                        return scan(path, canonical ? new FirstColumnOrder() : null);
                    } catch (IOException e) {
                        throw new UncheckedIOException("Could not read " + name, e);
                    }
                });
        Supplier<String> checksum = knownChecksum != null ? () -> knownChecksum : () -> scan.join().sha256();
        if (canonical) {
            return DemandStore.ImportFile.canonical(name, checksum, CanonicalParts.whole(path, () -> {
                try {
                    return scan.join().ids();
                } catch (java.util.concurrent.CompletionException e) {
                    // The checksum asks again and fails the import with the reason.
                    return FirstColumnOrder.Verdict.UNKNOWN;
                }
            }));
        }
        return DemandStore.ImportFile.rows(name, checksum, sink -> {
            try (Reader reader = TextFiles.open(path, name)) {
                return switch (format) {
                    case POLICE_UK_STREET -> PoliceUkStreetReader.read(reader, name, sink);
                    case POLICE_UK_STOP_SEARCH -> PoliceUkStopSearchReader.read(reader, name, sink);
                    case CAD -> CadReader.read(reader, name, mapping, sink);
                };
            }
        });
    }

    /** A saved file's SHA-256, and whether its first column ascends if that was watched. */
    private record Scan(String sha256, FirstColumnOrder.Verdict ids) {
    }

    /** Reads a saved file once for its SHA-256 and, given an {@code order}, whether its ids ascend. */
    private static Scan scan(Path file, FirstColumnOrder order) throws IOException {
        MessageDigest sha256 = sha256();
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            int read;
            while ((read = in.read(buffer)) > 0) {
                sha256.update(buffer, 0, read);
                if (order != null) {
                    order.accept(buffer, 0, read);
                }
            }
        }
        return new Scan(HexFormat.of().formatHex(sha256.digest()),
                order == null ? FirstColumnOrder.Verdict.UNKNOWN : order.finish());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }

    private static void deleteQuietly(Path folder) {
        try (var paths = Files.walk(folder)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            log.warn("Could not remove the upload folder {}", folder);
        }
    }
}
