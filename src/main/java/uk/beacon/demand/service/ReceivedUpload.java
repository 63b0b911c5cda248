package uk.beacon.demand.service;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import uk.beacon.demand.domain.ColumnMapping;
import uk.beacon.demand.domain.ForceClock;
import uk.beacon.demand.domain.ImportException;
import uk.beacon.demand.domain.ImportFormat;
import uk.beacon.demand.store.CanonicalParts;
import uk.beacon.demand.store.DemandStore;
import uk.beacon.platform.JobContext;

/**
 * What the upload receiver hands the import job: files saved whole before the job starts, or one
 * canonical CSV still arriving in parts. Either way it lives in a folder of its own, removed when
 * the job ends.
 */
sealed interface ReceivedUpload permits ReceivedUpload.Saved, ReceivedUpload.Arriving {

    /** The names of the files as the person sent them, for messages. */
    String names();

    /** The files to store, reading (and unpacking) what was received, on the force's clock. */
    List<DemandStore.ImportFile> files(JobContext context, ForceClock clock) throws IOException;

    /** Removes what was received; called once the job ends, however it ends. */
    void close();

    /** Files saved whole: each name, its saved file, and its SHA-256 if it was worked out on the way. */
    record Saved(ImportFormat format, ColumnMapping mapping, List<String> fileNames, List<Path> saved,
            List<String> checksums, Path folder) implements ReceivedUpload {

        @Override
        public String names() {
            return String.join(", ", fileNames);
        }

        @Override
        public List<DemandStore.ImportFile> files(JobContext context, ForceClock clock) throws IOException {
            context.progress(5, "Checking " + names());
            List<DemandStore.ImportFile> files = new ArrayList<>();
            for (int i = 0; i < saved.size(); i++) {
                files.addAll(ImportFiles.expand(format, mapping, clock, fileNames.get(i), saved.get(i),
                        checksums.get(i), folder));
            }
            if (files.isEmpty()) {
                throw new ImportException(names() + ": there is no " + format.code() + " CSV file in it");
            }
            context.progress(20, "Reading " + files.size() + " file(s)");
            return files;
        }

        @Override
        public void close() {
            UploadFolders.delete(folder);
        }
    }

    /**
     * A canonical CSV still arriving: the receiver writes it into parts that each end at a record's end,
     * and the job stores each part as soon as it is complete.
     *
     * @param size the file's size in bytes, or -1 if not known
     * @param in the rest of the file, still to be read by the receiver
     */
    record Arriving(String name, long size, java.io.InputStream in, CanonicalParts parts, CompletableFuture<String> checksum, Path folder)
            implements ReceivedUpload {

        @Override
        public String names() {
            return name;
        }

        @Override
        public List<DemandStore.ImportFile> files(JobContext context, ForceClock clock) {
            context.progress(5, "Receiving and storing " + name);
            parts.onStored(bytes -> {
                context.stopIfCancelled();
                context.progress(size > 0 ? (int) Math.min(90, 5 + 85 * bytes / size) : 5,
                        "Stored " + megabytes(bytes) + (size > 0 ? " of " + megabytes(size) : "") + " of " + name
                                + "; checking it as a whole comes last");
            });
            return List.of(DemandStore.ImportFile.canonical(name, () -> ImportFiles.joined(checksum), parts));
        }

        @Override
        public void close() {
            parts.close();
            UploadFolders.delete(folder);
        }

        private static String megabytes(long bytes) {
            return String.format(Locale.ROOT, "%,.0f MB", bytes / 1_048_576.0);
        }
    }
}
