package uk.beacon.capacity.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Saved shift plans, always read within one force. */
@Repository
public class ShiftPlanStore {

    private static final String COLUMNS = "id, force_id, name, job_id, created_by, created_at, request, result";

    private final JdbcClient jdbc;

    public ShiftPlanStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(ShiftPlanRecord plan) {
        jdbc.sql("insert into capacity_shift_plan (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(plan.id(), plan.forceId(), plan.name(), plan.jobId(), plan.createdBy(), plan.createdAt(),
                        plan.request(), plan.result())
                .update();
    }

    /** Records the designed plan. */
    public void saveResult(String id, String result) {
        jdbc.sql("update capacity_shift_plan set result = ? where id = ?").params(result, id).update();
    }

    /** The force's plans, newest first. */
    public List<ShiftPlanRecord> findByForce(String forceId, int limit) {
        return jdbc.sql("select " + COLUMNS + " from capacity_shift_plan where force_id = ? "
                        + "order by created_at desc, id limit ?")
                .params(forceId, limit).query(ShiftPlanStore::map).list();
    }

    /** The plan, only when it belongs to the force. */
    public Optional<ShiftPlanRecord> find(String forceId, String id) {
        return jdbc.sql("select " + COLUMNS + " from capacity_shift_plan where force_id = ? and id = ?")
                .params(forceId, id).query(ShiftPlanStore::map).optional();
    }

    private static ShiftPlanRecord map(ResultSet rs, int row) throws SQLException {
        return new ShiftPlanRecord(rs.getString("id"), rs.getString("force_id"), rs.getString("name"),
                rs.getString("job_id"), rs.getString("created_by"), rs.getObject("created_at", OffsetDateTime.class),
                rs.getString("request"), rs.getString("result"));
    }
}
