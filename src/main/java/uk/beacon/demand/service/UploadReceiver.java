package uk.beacon.demand.service;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import uk.beacon.demand.domain.ColumnMapping;
import uk.beacon.demand.domain.CsvParts;
import uk.beacon.demand.domain.ImportException;
import uk.beacon.demand.domain.ImportFormat;
import uk.beacon.demand.domain.SafeZip;
import uk.beacon.demand.domain.Upload;
import uk.beacon.demand.store.CanonicalParts;

/**
 * The "receive" step of an import: an HTTP request's files do not outlive it, so they are saved
 * (moved where they can be) into a folder of the upload's own before the request returns, with
 * their checksums worked out on the way. A canonical CSV sent as a stream is written in parts as it
 * arrives instead, so that storing it overlaps receiving it.
 */
@Component
class UploadReceiver {

    private static final Logger log = LoggerFactory.getLogger(UploadReceiver.class);

    private final UploadFolders folders;
    private final long partBytes;

    UploadReceiver(UploadFolders folders, @Value("${beacon.demand.import-part-bytes:268435456}") long partBytes) {
        this.folders = folders;
        this.partBytes = partBytes;
    }

    /**
     * Saves the uploads, or opens the one that can be stored while it arrives: then the caller starts
     * the job and calls {@link #arrive} for the rest of it.
     */
    ReceivedUpload receive(String forceId, ImportFormat format, ColumnMapping mapping, List<Upload> uploads) {
        Path folder = folders.create(forceId);
        try {
            Upload only = uploads.size() == 1 ? uploads.get(0) : null;
            if (only != null && only.isStream() && !only.namedAsZip() && ColumnMapping.CANONICAL.equals(mapping)) {
                InputStream in = new BufferedInputStream(only.stream().open(), 1 << 16);
                in.mark(4);
                boolean zip = SafeZip.isZipSignature(in.readNBytes(4));
                in.reset();
                if (!zip) {
                    return new ReceivedUpload.Arriving(only.name(), only.size(), in, CanonicalParts.arriving(),
                            new CompletableFuture<>(), folder);
                }
                // A zip of canonical files is unpacked once whole, as any other upload.
                uploads = List.of(Upload.fromStream(only.name(), () -> in));
            }
            List<Path> saved = new ArrayList<>();
            List<String> checksums = new ArrayList<>();
            for (int i = 0; i < uploads.size(); i++) {
                Path file = folder.resolve("upload-" + i);
                checksums.add(uploads.get(i).saveTo(file));
                saved.add(file);
            }
            return new ReceivedUpload.Saved(format, mapping, uploads.stream().map(Upload::name).toList(), saved,
                    checksums, folder);
        } catch (IOException e) {
            UploadFolders.delete(folder);
            throw new UncheckedIOException("Could not save the uploaded files", e);
        } catch (RuntimeException e) {
            UploadFolders.delete(folder);
            throw e;
        }
    }

    /**
     * Writes the rest of an arriving file into parts for the job, until it ends or the job no longer
     * wants it; nothing to do for files saved whole. Every line is checked before the part holding it
     * is handed over, so a file that breaks a line rule fails its import with nothing stored.
     */
    void arrive(ReceivedUpload received) {
        if (!(received instanceof ReceivedUpload.Arriving arriving)) {
            return;
        }
        InputStream in = arriving.in();
        CanonicalParts parts = arriving.parts();
        try (in) {
            try {
                CsvParts.Result whole = CsvParts.split(in, arriving.name(), arriving.folder(), partBytes, part -> {
                    if (parts.isClosed()) {
                        // The import has ended (it failed early): the rest of the file is not needed.
                        throw new ImportOver();
                    }
                    parts.add(part);
                });
                arriving.checksum().complete(whole.sha256());
                parts.end(whole.firstColumn());
            } catch (ImportException e) {
                parts.breakOff(e.getMessage());
                arriving.checksum().completeExceptionally(e);
                drain(in, arriving.name());
            } catch (IOException e) {
                if (!parts.isClosed()) {
                    parts.breakOff("The upload of " + arriving.name() + " broke off before its end");
                    arriving.checksum().completeExceptionally(e);
                    log.info("The upload of {} broke off", arriving.name(), e);
                }
                drain(in, arriving.name());
            }
        } catch (IOException e) {
            log.debug("Could not close the upload of {}", arriving.name(), e);
        }
    }

    /** Reads what is left, so that the client is not cut off before it hears how the import went. */
    private static void drain(InputStream in, String name) {
        try {
            in.transferTo(OutputStream.nullOutputStream());
        } catch (IOException gone) {
            log.debug("The rest of {} could not be read", name, gone);
        }
    }

    /** Thrown to stop writing parts of a file that no import is reading any more. */
    private static final class ImportOver extends IOException {
        ImportOver() {
            super("The import has ended", null);
        }
    }
}
