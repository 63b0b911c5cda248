package uk.beacon.demand.service;

import java.util.List;
import org.springframework.stereotype.Service;
import uk.beacon.demand.domain.ColumnMapping;
import uk.beacon.demand.domain.DemandImport;
import uk.beacon.demand.domain.ImportFormat;
import uk.beacon.demand.domain.Upload;
import uk.beacon.demand.store.DemandStore;
import uk.beacon.platform.AuditLog;
import uk.beacon.platform.InvalidRequestException;
import uk.beacon.platform.Job;
import uk.beacon.platform.JobService;
import uk.beacon.platform.NotFoundException;
import uk.beacon.platform.SignedInUser;

/**
 * Imports a force's demand files as a job, in a straight line: receive the upload (stream, checksum,
 * parts: {@link UploadReceiver}), then the job reads it (domain readers: {@link ImportFiles}), stores it
 * in one transaction and ends ({@link ImportJob}). All the files of one upload are stored together or not
 * at all, a file imported before is refused, and a bad row fails the import naming its file, line,
 * column and value. Also the import history and its deletions.
 */
@Service
public class DemandImportService {

    private final DemandStore store;
    private final DemandAccess access;
    private final DemandMappingService mappings;
    private final UploadReceiver receiver;
    private final ImportJob importJob;
    private final JobService jobs;
    private final AuditLog audit;

    DemandImportService(DemandStore store, DemandAccess access, DemandMappingService mappings, UploadReceiver receiver,
            ImportJob importJob, JobService jobs, AuditLog audit) {
        this.store = store;
        this.access = access;
        this.mappings = mappings;
        this.receiver = receiver;
        this.importJob = importJob;
        this.jobs = jobs;
        this.audit = audit;
    }

    /**
     * Saves the uploads and starts the import job. The uploads are received before this returns,
     * because an HTTP request's files do not outlive it; a canonical file sent as a stream is stored
     * while it arrives, so by the time this returns much of it is stored, and the job says how far.
     */
    public Job start(String forceId, SignedInUser viewer, ImportFormat format, String mappingName,
            List<Upload> uploaded) {
        return start(forceId, viewer, format, mappingName, uploaded, false);
    }

    /**
     * As {@link #start(String, SignedInUser, ImportFormat, String, List)}, saying whether the files are synthetic
     * (made by Beacon's generator, not a force's records): every figure drawn from them then says so.
     */
    public Job start(String forceId, SignedInUser viewer, ImportFormat format, String mappingName,
            List<Upload> uploaded, boolean synthetic) {
        access.requireImporter(forceId, viewer);
        if (uploaded.isEmpty()) {
            throw new InvalidRequestException("Choose at least one file to import");
        }
        ColumnMapping mapping = format == ImportFormat.CAD ? mappings.mapping(forceId, mappingName) : null;
        ReceivedUpload received = receiver.receive(forceId, format, mapping, uploaded);
        Job job = importJob.start(forceId, viewer, format, received, synthetic);
        receiver.arrive(received);
        return jobs.find(job.id(), viewer);
    }

    public List<DemandImport> history(String forceId, SignedInUser viewer) {
        access.requireReader(forceId, viewer);
        return store.imports(forceId);
    }

    /** Whether the viewer, a member of the force, may import and delete its demand data. */
    public boolean mayImport(String forceId, SignedInUser viewer) {
        return access.isImporter(forceId, viewer);
    }

    /** An import that the viewer may delete, so that they can be asked to confirm it. */
    public DemandImport findForDeletion(String forceId, String importId, SignedInUser viewer) {
        access.requireImporter(forceId, viewer);
        return store.findImport(forceId, importId)
                .orElseThrow(() -> new NotFoundException("There is no import with the id '" + importId + "'"));
    }

    /** Deletes an import and its incidents; returns what was deleted. */
    public DemandImport delete(String forceId, String importId, SignedInUser viewer) {
        DemandImport found = findForDeletion(forceId, importId, viewer);
        store.deleteImport(forceId, importId);
        audit.record(viewer, "demand.import.delete", "force/" + forceId + "/import/" + importId,
                found.fileName() + ", " + found.incidents() + " incidents");
        return found;
    }
}
