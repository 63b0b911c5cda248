package uk.beacon.demand.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import uk.beacon.demand.domain.ColumnMapping;
import uk.beacon.demand.domain.ForceClock;
import uk.beacon.demand.domain.Upload;
import uk.beacon.demand.domain.ImportException;
import uk.beacon.demand.domain.MappingPreview;
import uk.beacon.demand.domain.SafeZip;
import uk.beacon.demand.domain.TextFiles;
import uk.beacon.demand.store.MappingStore;
import uk.beacon.platform.AuditLog;
import uk.beacon.platform.InvalidRequestException;
import uk.beacon.platform.NotFoundException;
import uk.beacon.platform.SignedInUser;

/** Column mappings for CAD and incident exports: the shipped ones, and those a force saves. */
@Service
public class DemandMappingService {

    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final MappingStore store;
    private final DemandAccess access;
    private final AuditLog audit;
    private final PreviewUploads uploads;

    DemandMappingService(MappingStore store, DemandAccess access, AuditLog audit, PreviewUploads uploads) {
        this.store = store;
        this.access = access;
        this.audit = audit;
        this.uploads = uploads;
    }

    /** A file held for building a mapping from it: the id its pages use, and the name it was uploaded with. */
    public record PreviewUpload(String id, String fileName) {
    }

    /** A held file's preview: its header and first rows, and those rows as a mapping reads them. */
    public record UploadPreview(PreviewUpload upload, MappingPreview.Result result) {
    }

    /** Whether the viewer, a member of the force, may save mappings and hold files to build them from. */
    public boolean mayChange(String forceId, SignedInUser viewer) {
        return access.isImporter(forceId, viewer);
    }

    public List<ColumnMapping> mappings(String forceId, SignedInUser viewer) {
        access.requireReader(forceId, viewer);
        List<ColumnMapping> all = new ArrayList<>(ColumnMapping.shipped());
        all.addAll(store.saved(forceId));
        return all;
    }

    /** The named mapping for the force: a shipped one, or one the force saved. */
    ColumnMapping mapping(String forceId, String name) {
        var shipped = ColumnMapping.shipped().stream().filter(mapping -> mapping.name().equals(name)).findFirst();
        if (shipped.isPresent()) {
            return shipped.get();
        }
        return store.find(forceId, name).orElseThrow(() -> new InvalidRequestException(
                "There is no column mapping called '" + name + "'"));
    }

    public ColumnMapping save(String forceId, SignedInUser viewer, ColumnMapping mapping) {
        access.requireImporter(forceId, viewer);
        Optional<String> nameError = nameError(mapping.name());
        if (nameError.isPresent()) {
            throw new InvalidRequestException(nameError.get());
        }
        store.save(forceId, mapping);
        audit.record(viewer, "demand.mapping.save", "force/" + forceId + "/mapping/" + mapping.name(), null);
        return mapping;
    }

    /** What is wrong with a name for a saved mapping, if anything. */
    public static Optional<String> nameError(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            return Optional.of("A mapping's name is lower-case letters, digits and hyphens, such as 'storm-export'");
        }
        if (ColumnMapping.shipped().stream().anyMatch(shipped -> shipped.name().equals(name))) {
            return Optional.of("'" + name + "' is the name of a mapping Beacon ships; choose another");
        }
        return Optional.empty();
    }

    /**
     * Holds the head of a file for a day, so that its uploader can build a mapping from it over
     * several pages.
     *
     * @throws InvalidRequestException when the file is a zip or its header cannot be read as CSV
     */
    public PreviewUpload hold(String forceId, SignedInUser viewer, String fileName,
            Upload.InputStreamSource content) {
        access.requireImporter(forceId, viewer);
        PreviewUploads.Held held;
        try (InputStream in = content.open()) {
            held = uploads.hold(forceId, viewer.getUsername(), fileName, in);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not hold the file to preview", e);
        }
        try {
            if (SafeZip.isZip(held.file())) {
                throw new InvalidRequestException("The selected file is a zip: choose the CSV file inside it");
            }
            read(held.file(), fileName, null, ForceClock.of(forceId));
        } catch (InvalidRequestException e) {
            discardQuietly(forceId, held.id());
            throw e;
        } catch (IOException e) {
            discardQuietly(forceId, held.id());
            throw new UncheckedIOException("Could not read the file to preview", e);
        }
        // The force's data is on disk for a day, so who put it there is recorded.
        audit.record(viewer, "demand.mapping.hold", "force/" + forceId + "/preview/" + held.id(), fileName);
        return new PreviewUpload(held.id(), fileName);
    }

    /**
     * A held file's header and first rows, and those rows as the mapping reads them, or as the
     * suggested mapping does when it is null.
     *
     * @throws NotFoundException when the viewer holds no such file for the force, or it has expired
     */
    public UploadPreview previewUpload(String forceId, SignedInUser viewer, String id, ColumnMapping mapping) {
        access.requireImporter(forceId, viewer);
        PreviewUploads.Held held = held(forceId, viewer, id);
        try {
            return new UploadPreview(new PreviewUpload(held.id(), held.fileName()),
                    read(held.file(), held.fileName(), mapping, ForceClock.of(forceId)));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the file to preview", e);
        }
    }

    /** Deletes a held file once it has served its purpose, such as when its mapping has been saved. */
    public void discardUpload(String forceId, SignedInUser viewer, String id) {
        access.requireImporter(forceId, viewer);
        PreviewUploads.Held held = held(forceId, viewer, id);
        discardQuietly(forceId, held.id());
    }

    private PreviewUploads.Held held(String forceId, SignedInUser viewer, String id) {
        try {
            return uploads.find(forceId, viewer.getUsername(), id).orElseThrow(() -> new NotFoundException(
                    "There is no file to preview with that id: it may have expired, so upload it again"));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not find the file to preview", e);
        }
    }

    private void discardQuietly(String forceId, String id) {
        try {
            uploads.discard(forceId, id);
        } catch (IOException e) {
            // It is deleted with the other expired uploads a day later.
        }
    }

    /**
     * The file's header and first rows, a suggested mapping, and the first rows as the mapping (or
     * the suggestion) reads them. Nothing is stored.
     */
    public MappingPreview.Result preview(String forceId, SignedInUser viewer, String fileName,
            Upload.InputStreamSource content, ColumnMapping mapping) {
        access.requireImporter(forceId, viewer);
        Path file = null;
        try {
            file = Files.createTempFile("beacon-preview-", ".csv");
            try (InputStream in = content.open()) {
                Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            }
            return read(file, fileName, mapping, ForceClock.of(forceId));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the file to preview", e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    // A temporary file left behind is removed with the system's temporary files.
                }
            }
        }
    }

    /** Reads the file's header and first rows, then the rows through the mapping (or the suggestion). */
    private static MappingPreview.Result read(Path file, String fileName, ColumnMapping mapping, ForceClock clock)
            throws IOException {
        try {
            MappingPreview.Result raw;
            try (Reader reader = TextFiles.open(file, fileName)) {
                raw = MappingPreview.raw(reader, fileName);
            }
            try (Reader reader = TextFiles.open(file, fileName)) {
                return MappingPreview.read(reader, fileName, mapping != null ? mapping : raw.mapping(), clock, raw);
            }
        } catch (ImportException e) {
            throw new InvalidRequestException(e.getMessage());
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("Could not preview " + fileName, e);
        }
    }
}
