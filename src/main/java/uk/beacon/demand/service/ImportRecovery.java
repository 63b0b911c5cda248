package uk.beacon.demand.service;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import uk.beacon.demand.domain.DemandImport;
import uk.beacon.demand.store.DemandStore;
import uk.beacon.platform.Job;
import uk.beacon.platform.JobRecovery;

/**
 * An import job cut off by a crash after its force's DuckDB committed the import, but before the job
 * was recorded as finished, did its work: so that the job and the import history agree, it is
 * recorded as succeeded with the imports it stored. One that committed nothing failed, as it says.
 */
@Component
class ImportRecovery implements JobRecovery {

    private final DemandStore store;

    ImportRecovery(DemandStore store) {
        this.store = store;
    }

    @Override
    public String kind() {
        return ImportJob.KIND;
    }

    @Override
    public Optional<Object> resultOfFinishedWork(Job job) {
        // An import job belongs to the force whose data it imports.
        List<DemandImport> imports = store.importsOfJob(job.organisationId(), job.id());
        return imports.isEmpty() ? Optional.empty() : Optional.of(ImportJob.result(job.organisationId(), imports));
    }
}
