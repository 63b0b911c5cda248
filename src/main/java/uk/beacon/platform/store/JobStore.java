package uk.beacon.platform.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.beacon.platform.Job;
import uk.beacon.platform.JobState;
import uk.beacon.platform.format.Excerpt;

@Repository
public class JobStore {

    private static final String COLUMNS = "id, kind, organisation_id, owner, state, progress, message, created_at, "
            + "started_at, finished_at, result, cancel_requested, title, return_path";

    /** The length of the {@code message} column: a longer message is cut to fit, never refused. */
    public static final int MESSAGE_LENGTH = 2000;

    private final JdbcClient jdbc;

    public JobStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Job job) {
        jdbc.sql("insert into job (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(job.id(), job.kind(), job.organisationId(), job.owner(), job.state().code(), job.progress(),
                        fit(job.message()), job.createdAt(), job.startedAt(), job.finishedAt(), job.result(),
                        job.cancelRequested(), job.title(), job.returnPath())
                .update();
    }

    public Optional<Job> find(String id) {
        return jdbc.sql("select " + COLUMNS + " from job where id = ?").param(id).query(JobStore::map).optional();
    }

    /** The organisation's jobs, newest first. */
    public List<Job> findByOrganisation(String organisationId, int limit) {
        return jdbc.sql("select " + COLUMNS + " from job where organisation_id = ? order by created_at desc limit ?")
                .params(organisationId, limit).query(JobStore::map).list();
    }

    /** Moves a queued job to running; false when it is no longer queued (cancelled meanwhile). */
    public boolean markRunning(String id, OffsetDateTime at) {
        return jdbc.sql("update job set state = 'running', started_at = ? where id = ? and state = 'queued'")
                .params(at, id).update() == 1;
    }

    public void updateProgress(String id, int progress, String message) {
        jdbc.sql("update job set progress = ?, message = ? where id = ? and state = 'running'")
                .params(progress, fit(message), id).update();
    }

    /** Records the end of a job that has not already ended. */
    public boolean finish(String id, JobState state, int progress, String message, String result, OffsetDateTime at) {
        return jdbc.sql("""
                update job set state = ?, progress = ?, message = ?, result = ?, finished_at = ?
                where id = ? and state in ('queued', 'running')""")
                .params(state.code(), progress, fit(message), result, at, id).update() == 1;
    }

    public boolean requestCancel(String id) {
        return jdbc.sql("update job set cancel_requested = true where id = ? and state in ('queued', 'running')")
                .param(id).update() == 1;
    }

    public boolean isCancelRequested(String id) {
        return jdbc.sql("select cancel_requested from job where id = ?").param(id)
                .query(Boolean.class).optional().orElse(false);
    }

    /** Jobs recorded as queued or running, which after a restart cannot be. */
    public List<Job> unfinished() {
        return jdbc.sql("select " + COLUMNS + " from job where state in ('queued', 'running')").query(JobStore::map)
                .list();
    }

    /** After a restart nothing is still running: mark whatever was queued or running as failed. */
    public int failUnfinished(String message, OffsetDateTime at) {
        return jdbc.sql("""
                update job set state = 'failed', message = ?, finished_at = ?
                where state in ('queued', 'running')""")
                .params(fit(message), at).update();
    }

    private static String fit(String message) {
        return Excerpt.fit(message, MESSAGE_LENGTH);
    }

    private static Job map(ResultSet rs, int row) throws SQLException {
        return new Job(rs.getString("id"), rs.getString("kind"), rs.getString("organisation_id"), rs.getString("owner"),
                JobState.fromCode(rs.getString("state")), rs.getInt("progress"), rs.getString("message"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("started_at", OffsetDateTime.class),
                rs.getObject("finished_at", OffsetDateTime.class), rs.getString("result"),
                rs.getBoolean("cancel_requested"), rs.getString("title"), rs.getString("return_path"));
    }
}
