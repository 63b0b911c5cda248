package uk.beacon.platform.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.dao.DataIntegrityViolationException;
import uk.beacon.platform.Job;
import uk.beacon.platform.JobState;
import uk.beacon.platform.Organisation;
import uk.beacon.platform.OrganisationKind;
import uk.beacon.testsupport.TestDatabase;

@ParameterizedClass(name = "on {0}")
@MethodSource("uk.beacon.testsupport.TestDatabase#all")
class JobStoreTest {

    private static final OffsetDateTime T0 = OffsetDateTime.of(2026, 11, 27, 9, 0, 0, 0, ZoneOffset.UTC);

    private final TestDatabase database;
    private TestDatabase.Open db;
    private JobStore jobs;

    JobStoreTest(TestDatabase database) {
        this.database = database;
    }

    @BeforeEach
    void open() {
        db = database.open();
        jobs = new JobStore(db.jdbc());
        new OrganisationStore(db.jdbc()).save(new Organisation("kent", "Kent Police", OrganisationKind.POLICE_FORCE,
                "South East", null, null, null));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static Job queued(String id) {
        return new Job(id, "demand.import", "kent", "analyst.kent", JobState.QUEUED, 0, "Waiting", T0, null, null,
                null, false);
    }

    @Test
    void followsAJobFromQueuedToSucceededWithItsResult() {
        jobs.insert(queued("j1"));

        assertThat(jobs.markRunning("j1", T0.plusSeconds(1))).isTrue();
        jobs.updateProgress("j1", 40, "Reading line 4,000");
        assertThat(jobs.find("j1").orElseThrow()).extracting(Job::state, Job::progress, Job::message)
                .containsExactly(JobState.RUNNING, 40, "Reading line 4,000");

        assertThat(jobs.finish("j1", JobState.SUCCEEDED, 100, "Finished", "{\"rows\":10000}", T0.plusSeconds(9)))
                .isTrue();
        Job done = jobs.find("j1").orElseThrow();
        assertThat(done.state()).isEqualTo(JobState.SUCCEEDED);
        assertThat(done.result()).isEqualTo("{\"rows\":10000}");
        assertThat(done.startedAt().toInstant()).isEqualTo(T0.plusSeconds(1).toInstant());
        assertThat(done.finishedAt().toInstant()).isEqualTo(T0.plusSeconds(9).toInstant());
    }

    @Test
    void aFinishedJobCannotBeFinishedAgainOrRestarted() {
        jobs.insert(queued("j1"));
        jobs.finish("j1", JobState.CANCELLED, 0, "Cancelled", null, T0);

        assertThat(jobs.finish("j1", JobState.SUCCEEDED, 100, "Finished", null, T0)).isFalse();
        assertThat(jobs.markRunning("j1", T0)).isFalse();
        assertThat(jobs.requestCancel("j1")).isFalse();
        assertThat(jobs.find("j1").orElseThrow().state()).isEqualTo(JobState.CANCELLED);
    }

    @Test
    void marksQueuedAndRunningJobsAsFailedAfterARestart() {
        jobs.insert(queued("queued"));
        jobs.insert(queued("running"));
        jobs.markRunning("running", T0);
        jobs.insert(queued("done"));
        jobs.finish("done", JobState.SUCCEEDED, 100, "Finished", null, T0);

        assertThat(jobs.failUnfinished("Beacon restarted", T0.plusHours(1))).isEqualTo(2);

        assertThat(jobs.find("queued").orElseThrow().state()).isEqualTo(JobState.FAILED);
        assertThat(jobs.find("running").orElseThrow().message()).isEqualTo("Beacon restarted");
        assertThat(jobs.find("done").orElseThrow().state()).isEqualTo(JobState.SUCCEEDED);
    }

    @Test
    void remembersACancellationRequest() {
        jobs.insert(queued("j1"));
        jobs.markRunning("j1", T0);

        assertThat(jobs.isCancelRequested("j1")).isFalse();
        assertThat(jobs.requestCancel("j1")).isTrue();
        assertThat(jobs.isCancelRequested("j1")).isTrue();
    }

    @Test
    void listsAnOrganisationsJobsNewestFirst() {
        jobs.insert(queued("older"));
        jobs.insert(new Job("newer", "k", "kent", "a", JobState.QUEUED, 0, null, T0.plusMinutes(1), null, null, null,
                false));

        assertThat(jobs.findByOrganisation("kent", 10)).extracting(Job::id).containsExactly("newer", "older");
        assertThat(jobs.findByOrganisation("essex", 10)).isEmpty();
    }

    @Test
    void theDatabaseRefusesAnUnknownStateOrProgressOutOfRange() {
        jobs.insert(queued("j1"));
        jobs.markRunning("j1", T0);

        assertThatThrownBy(() -> jobs.updateProgress("j1", 101, "too far"))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> db.jdbc().sql("update job set state = 'paused'").update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }
}
