package uk.beacon.demand;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import uk.beacon.demand.domain.ColumnMapping;
import uk.beacon.demand.domain.ImportException;
import uk.beacon.demand.domain.MappingPreview;
import uk.beacon.demand.domain.TextFiles;
import uk.beacon.demand.store.MappingStore;
import uk.beacon.platform.AuditLog;
import uk.beacon.platform.InvalidRequestException;
import uk.beacon.platform.SignedInUser;

/** Column mappings for CAD and incident exports: the shipped ones, and those a force saves. */
@Service
public class DemandMappingService {

    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final MappingStore store;
    private final DemandAccess access;
    private final AuditLog audit;

    DemandMappingService(MappingStore store, DemandAccess access, AuditLog audit) {
        this.store = store;
        this.access = access;
        this.audit = audit;
    }

    public List<ColumnMapping> mappings(String forceId, SignedInUser viewer) throws SQLException {
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
        try {
            return store.find(forceId, name).orElseThrow(() -> new InvalidRequestException(
                    "There is no column mapping called '" + name + "'"));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the force's column mappings", e);
        }
    }

    public ColumnMapping save(String forceId, SignedInUser viewer, ColumnMapping mapping) throws SQLException {
        access.requireImporter(forceId, viewer);
        if (!NAME.matcher(mapping.name()).matches()) {
            throw new InvalidRequestException("A mapping's name is lower-case letters, digits and hyphens, such as "
                    + "'storm-export'");
        }
        if (ColumnMapping.shipped().stream().anyMatch(shipped -> shipped.name().equals(mapping.name()))) {
            throw new InvalidRequestException("'" + mapping.name() + "' is the name of a mapping Beacon ships; "
                    + "choose another");
        }
        store.save(forceId, mapping);
        audit.record(viewer, "demand.mapping.save", "force/" + forceId + "/mapping/" + mapping.name(), null);
        return mapping;
    }

    /**
     * The file's header and first rows, a suggested mapping, and the first rows as the mapping (or
     * the suggestion) reads them. Nothing is stored.
     */
    public MappingPreview.Result preview(String forceId, SignedInUser viewer, String fileName,
            DemandImportService.InputStreamSource content, ColumnMapping mapping) throws SQLException {
        access.requireImporter(forceId, viewer);
        Path file = null;
        try {
            file = Files.createTempFile("beacon-preview-", ".csv");
            try (InputStream in = content.open()) {
                Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            }
            MappingPreview.Result raw;
            try (Reader reader = TextFiles.open(file, fileName)) {
                raw = MappingPreview.raw(reader, fileName);
            }
            try (Reader reader = TextFiles.open(file, fileName)) {
                return MappingPreview.read(reader, fileName, mapping != null ? mapping : raw.mapping(), raw);
            }
        } catch (ImportException e) {
            throw new InvalidRequestException(e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the file to preview", e);
        } catch (Exception e) {
            throw new IllegalStateException("Could not preview " + fileName, e);
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
}
