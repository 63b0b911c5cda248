package uk.beacon.platform;

import java.net.URI;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.ResponseEntity;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.ObjectMapper;
import uk.beacon.platform.format.Excerpt;
import uk.beacon.platform.store.JobStore;

/**
 * Runs long work (imports, optimisations, simulations) in the background and keeps a persistent
 * record of it. A job belongs to its owner's organisation; nobody else can see or cancel it.
 */
@NamedInterface("jobs")
@Service
public class JobService implements SmartInitializingSingleton {

    static final String INTERRUPTED = "Beacon stopped while this job was running, so it did not finish. "
            + "Start it again.";
    static final String RECOVERED = "Finished just before Beacon stopped; recorded when it started again";
    private static final Logger log = LoggerFactory.getLogger(JobService.class);

    private final JobStore store;
    private final AuditLog audit;
    private final Executor executor;
    private final ObjectMapper json;
    private final Clock clock;
    private final List<JobRecovery> recoveries;

    JobService(JobStore store, AuditLog audit, @Qualifier("jobExecutor") Executor executor, ObjectMapper json,
            Clock clock, List<JobRecovery> recoveries) {
        this.recoveries = recoveries;
        this.store = store;
        this.audit = audit;
        this.executor = executor;
        this.json = json;
        this.clock = clock;
    }

    /** The answer to an API call that started a job: 202 Accepted, the job, and where to follow it. */
    public static ResponseEntity<Job> accepted(Job job) {
        return ResponseEntity.accepted().location(URI.create("/api/v1/jobs/" + job.id())).body(job);
    }

    /**
     * Records a queued job and runs it in the background. Inside a transaction the work starts only
     * once the transaction commits, so it never runs for a job record that was rolled back.
     */
    public Job start(String kind, SignedInUser owner, JobWork work) {
        return start(kind, null, null, owner, work);
    }

    /**
     * As {@link #start(String, SignedInUser, JobWork)}, naming the job in people's words.
     *
     * @param title what the job does, such as "Import of 2021-01-street.csv"; null to name it after its kind
     * @param returnPath the page where the work can be started again, shown beside a failure; or null
     */
    public Job start(String kind, String title, String returnPath, SignedInUser owner, JobWork work) {
        Job job = new Job(UUID.randomUUID().toString(), kind, owner.organisationId(), owner.getUsername(),
                JobState.QUEUED, 0, "Waiting to start", now(), null, null, null, false, title,
                returnPath != null && returnPath.startsWith("/") && !returnPath.startsWith("//") ? returnPath : null);
        store.insert(job);
        audit.record(owner, "job.start", "job/" + job.id(), kind);
        Runnable launch = () -> executor.execute(() -> run(job, work));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    launch.run();
                }
            });
        } else {
            launch.run();
        }
        return job;
    }

    /** The job, for a member of its organisation; 404 for anyone else, who need not know it exists. */
    public Job find(String id, SignedInUser viewer) {
        return store.find(id)
                .filter(job -> viewer != null && viewer.belongsTo(job.organisationId()))
                .orElseThrow(() -> new NotFoundException("There is no job with the id '" + id + "'"));
    }

    public List<Job> recent(SignedInUser viewer) {
        return store.findByOrganisation(viewer.organisationId(), 20);
    }

    /** Asks a job to stop. A queued job is cancelled at once; a running one stops at its next check. */
    public Job cancel(String id, SignedInUser viewer) {
        Job job = find(id, viewer);
        if (store.requestCancel(id)) {
            audit.record(viewer, "job.cancel", "job/" + id, job.kind());
            if (job.state() == JobState.QUEUED) {
                store.finish(id, JobState.CANCELLED, job.progress(), "Cancelled before it started", null, now());
            }
        }
        return find(id, viewer);
    }

    /**
     * Jobs that were queued or running when Beacon stopped can never finish: those whose work was done
     * before the stop (see {@link JobRecovery}) are recorded as succeeded, the rest as failed.
     */
    @Override
    public void afterSingletonsInstantiated() {
        for (Job job : store.unfinished()) {
            recoveries.stream().filter(recovery -> recovery.kind().equals(job.kind())).findFirst()
                    .ifPresent(recovery -> recover(job, recovery));
        }
        int interrupted = store.failUnfinished(INTERRUPTED, now());
        if (interrupted > 0) {
            log.warn("Marked {} job(s) that were unfinished when Beacon last stopped as failed", interrupted);
        }
    }

    private void recover(Job job, JobRecovery recovery) {
        try {
            recovery.resultOfFinishedWork(job).ifPresent(result -> {
                store.finish(job.id(), JobState.SUCCEEDED, 100, RECOVERED, json.writeValueAsString(result), now());
                log.info("Job {} ({}) had finished its work before Beacon stopped: recorded as succeeded", job.id(),
                        job.kind());
            });
        } catch (RuntimeException e) {
            log.warn("Could not tell whether job {} ({}) finished before Beacon stopped", job.id(), job.kind(), e);
        }
    }

    private void run(Job job, JobWork work) {
        if (!store.markRunning(job.id(), now())) {
            return;
        }
        Context context = new Context(job.id());
        try {
            Object result = work.run(context);
            context.stopIfCancelled();
            finish(job, context, JobState.SUCCEEDED, 100, "Finished",
                    result == null ? null : json.writeValueAsString(result));
        } catch (JobCancelledException e) {
            finish(job, context, JobState.CANCELLED, context.lastProgress, "Cancelled on request", null);
        } catch (InterruptedException e) {
            // Beacon is shutting down: say so now, in case the next start is far off.
            finish(job, context, JobState.FAILED, context.lastProgress, INTERRUPTED, null);
            Thread.currentThread().interrupt();
        } catch (JobFailure e) {
            log.info("Job {} ({}) failed: {}", job.id(), job.kind(), Excerpt.of(e.getMessage(), 500));
            finish(job, context, JobState.FAILED, context.lastProgress, e.getMessage(), null);
        } catch (Exception | Error e) {
            log.error("Job {} ({}) failed unexpectedly", job.id(), job.kind(), e);
            finish(job, context, JobState.FAILED, context.lastProgress, unexpected(job), null);
        }
    }

    private static String unexpected(Job job) {
        return "The job failed unexpectedly. The service log has the details under job " + job.id() + ".";
    }

    /**
     * Records how the job ended. Recording must not fail, or the job would stay running for ever: if
     * the outcome cannot be stored as it is (its result cannot be written, say), the job is recorded
     * as failed with a plain reason, and if even that fails, the log says so.
     */
    private void finish(Job job, Context context, JobState state, int progress, String message, String result) {
        try {
            store.finish(job.id(), state, progress, message, result, now());
            return;
        } catch (RuntimeException | Error e) {
            log.error("Job {} ({}) ended as {} but that could not be recorded", job.id(), job.kind(), state, e);
        }
        try {
            store.finish(job.id(), JobState.FAILED, context.lastProgress, unexpected(job), null, now());
        } catch (RuntimeException | Error e) {
            log.error("Job {} ({}) could not be recorded as failed either; it is failed at the next start",
                    job.id(), job.kind(), e);
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    private final class Context implements JobContext {

        private final String jobId;
        private volatile int lastProgress;

        Context(String jobId) {
            this.jobId = jobId;
        }

        @Override
        public String jobId() {
            return jobId;
        }

        @Override
        public void progress(int percent, String message) {
            lastProgress = Math.max(0, Math.min(100, percent));
            try {
                store.updateProgress(jobId, lastProgress, message);
            } catch (RuntimeException e) {
                // Progress is a courtesy: the work goes on, and its end is recorded as usual.
                log.warn("Could not record the progress of job {}", jobId, e);
            }
        }

        @Override
        public boolean isCancellationRequested() {
            return store.isCancelRequested(jobId);
        }
    }
}
