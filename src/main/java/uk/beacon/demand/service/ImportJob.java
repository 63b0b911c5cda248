package uk.beacon.demand.service;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import uk.beacon.demand.domain.DemandImport;
import uk.beacon.demand.domain.ImportException;
import uk.beacon.demand.domain.ForceClock;
import uk.beacon.demand.domain.ImportFormat;
import uk.beacon.demand.store.DemandStore;
import uk.beacon.platform.AuditLog;
import uk.beacon.platform.Job;
import uk.beacon.platform.JobFailure;
import uk.beacon.platform.JobService;
import uk.beacon.platform.SignedInUser;
import uk.beacon.platform.format.Numbers;

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

    Job start(String forceId, SignedInUser viewer, ImportFormat format, ReceivedUpload received) {
        return jobs.start(KIND, "Import of " + received.names(), "/forces/" + forceId + "/demand/imports", viewer,
                context -> {
            try {
                List<DemandStore.ImportFile> files = received.files(context, ForceClock.of(forceId));
                List<DemandImport> imports = store.importFiles(forceId, format.code(), format == ImportFormat.CAD,
                        files, viewer.getUsername(), context.jobId());
                Map<String, Object> result = result(forceId, imports);
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

    /**
     * What a finished import job answers: the files imported, their rows and incidents, and for people
     * the same as a summary with its data-quality counts and a link to the profile they feed.
     */
    static Map<String, Object> result(String forceId, List<DemandImport> imports) {
        long rows = imports.stream().mapToLong(DemandImport::rows).sum();
        long incidents = imports.stream().mapToLong(DemandImport::incidents).sum();
        List<Map<String, String>> summary = new java.util.ArrayList<>();
        summary.add(line("Files imported", Numbers.count(imports.size())));
        summary.add(line("Rows read", Numbers.count(rows)));
        summary.add(line("Incidents", Numbers.count(incidents)));
        summary.add(line("Rows folded into an incident listed before (one row per responding unit)",
                Numbers.count(rows - incidents)));
        List<DemandImport.Quality> qualities = imports.stream().map(DemandImport::quality)
                .filter(java.util.Objects::nonNull).toList();
        if (!qualities.isEmpty()) {
            summary.add(line("Incidents with no arrival time",
                    Numbers.count(qualities.stream().mapToLong(DemandImport.Quality::noArrivalTime).sum())));
            summary.add(line("Incidents whose arrival is before their creation",
                    Numbers.count(qualities.stream().mapToLong(DemandImport.Quality::arrivalBeforeCreation).sum())));
            summary.add(line("Incidents with no priority",
                    Numbers.count(qualities.stream().mapToLong(DemandImport.Quality::unknownPriority).sum())));
            summary.add(line("Incidents with no coordinates",
                    Numbers.count(qualities.stream().mapToLong(DemandImport.Quality::noLocation).sum())));
            summary.add(line("Incidents with coordinates outside England and Wales",
                    Numbers.count(qualities.stream().mapToLong(DemandImport.Quality::outsideEnglandAndWales).sum())));
        }
        return Map.of("imports", imports, "rows", rows, "incidents", incidents, "summary", summary,
                "links", List.of(Map.of("text", "See the demand profile", "href", "/forces/" + forceId + "/demand"),
                        Map.of("text", "See the import history", "href", "/forces/" + forceId + "/demand/imports")));
    }

    private static Map<String, String> line(String label, String value) {
        return Map.of("label", label, "value", value);
    }
}
