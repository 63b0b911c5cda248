package uk.beacon.demand.service;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import uk.beacon.demand.domain.DemandImport;
import uk.beacon.demand.domain.ImportException;
import uk.beacon.demand.domain.ImportFormat;
import uk.beacon.demand.store.DemandStore;
import uk.beacon.platform.AuditLog;
import uk.beacon.platform.Job;
import uk.beacon.platform.JobFailure;
import uk.beacon.platform.JobService;
import uk.beacon.platform.SignedInUser;

/**
 * The import job, the same for every upload: read what was received, store it in one transaction,
 * and end as succeeded, or failed with the file, line and column at fault and nothing stored. What
 * was received is removed however the job ends.
 */
@Component
class ImportJob {

    static final String KIND = "demand.import";

    private final DemandStore store;
    private final JobService jobs;
    private final AuditLog audit;

    ImportJob(DemandStore store, JobService jobs, AuditLog audit) {
        this.store = store;
        this.jobs = jobs;
        this.audit = audit;
    }

    Job start(String forceId, SignedInUser viewer, ImportFormat format, ReceivedUpload received, boolean synthetic) {
        return jobs.start(KIND, viewer, context -> {
            try {
                List<DemandStore.ImportFile> files = received.files(context);
                List<DemandImport> imports = store.importFiles(forceId, format.code(), format == ImportFormat.CAD,
                        files, viewer.getUsername(), context.jobId(), synthetic);
                Map<String, Object> result = result(imports);
                audit.record(viewer, "demand.import", "force/" + forceId,
                        imports.size() + " file(s), " + result.get("rows") + " rows, " + result.get("incidents")
                                + " incidents");
                return result;
            } catch (ImportException e) {
                throw new JobFailure(e.getMessage(), e);
            } catch (IOException e) {
                throw new JobFailure(e.getMessage() + "; nothing of " + received.names() + " was imported", e);
            } finally {
                received.close();
            }
        });
    }

    /** What a finished import job answers: the files imported, and their rows and incidents. */
    static Map<String, Object> result(List<DemandImport> imports) {
        long rows = imports.stream().mapToLong(DemandImport::rows).sum();
        long incidents = imports.stream().mapToLong(DemandImport::incidents).sum();
        return Map.of("imports", imports, "rows", rows, "incidents", incidents);
    }
}
