package uk.beacon.capacity.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;
import uk.beacon.capacity.domain.scenarios.RoleMatrix;
import uk.beacon.capacity.domain.scenarios.ScenarioChange;

/** Forces' saved scenarios, their changes as JSON, and each force's own role matrix. */
@Repository
public class ScenarioStore {

    /** A scenario as stored. */
    public record Row(String id, String forceId, String name, String description, List<ScenarioChange> changes,
            String createdBy, OffsetDateTime createdAt, String updatedBy, OffsetDateTime updatedAt,
            String lastRunJobId) {
    }

    private static final TypeReference<List<ScenarioChange>> CHANGES = new TypeReference<>() {
    };
    private static final String COLUMNS = "id, organisation_id, name, description, changes, created_by, created_at, "
            + "updated_by, updated_at, last_run_job_id";

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    public ScenarioStore(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public List<Row> list(String forceId) {
        return jdbc.sql("select " + COLUMNS + " from capacity_scenario where organisation_id = ? order by "
                + "lower(name), created_at").param(forceId).query(this::row).list();
    }

    public Optional<Row> find(String forceId, String id) {
        return jdbc.sql("select " + COLUMNS + " from capacity_scenario where organisation_id = ? and id = ?")
                .params(forceId, id).query(this::row).optional();
    }

    public void insert(Row row) {
        jdbc.sql("insert into capacity_scenario (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(row.id(), row.forceId(), row.name(), row.description(), json.writeValueAsString(row.changes()),
                        row.createdBy(), row.createdAt(), row.updatedBy(), row.updatedAt(), row.lastRunJobId())
                .update();
    }

    /** Replaces the name, description and changes; false if there is no such scenario. */
    public boolean update(String forceId, String id, String name, String description, List<ScenarioChange> changes,
            String by, OffsetDateTime at) {
        return jdbc.sql("update capacity_scenario set name = ?, description = ?, changes = ?, updated_by = ?, "
                        + "updated_at = ? where organisation_id = ? and id = ?")
                .params(name, description, json.writeValueAsString(changes), by, at, forceId, id).update() > 0;
    }

    public void recordRun(String forceId, String id, String jobId) {
        jdbc.sql("update capacity_scenario set last_run_job_id = ? where organisation_id = ? and id = ?")
                .params(jobId, forceId, id).update();
    }

    public boolean delete(String forceId, String id) {
        return jdbc.sql("delete from capacity_scenario where organisation_id = ? and id = ?").params(forceId, id)
                .update() > 0;
    }

    public Optional<RoleMatrix> findRoles(String forceId) {
        return jdbc.sql("select definition from capacity_role_matrix where organisation_id = ?").param(forceId)
                .query((rs, n) -> json.readValue(rs.getString(1), RoleMatrix.class)).optional();
    }

    public void saveRoles(String forceId, RoleMatrix matrix, String by, OffsetDateTime at) {
        String definition = json.writeValueAsString(matrix);
        int updated = jdbc.sql("update capacity_role_matrix set definition = ?, updated_by = ?, updated_at = ? "
                + "where organisation_id = ?").params(definition, by, at, forceId).update();
        if (updated == 0) {
            jdbc.sql("insert into capacity_role_matrix (organisation_id, definition, updated_by, updated_at) "
                    + "values (?, ?, ?, ?)").params(forceId, definition, by, at).update();
        }
    }

    /** Goes back to the shipped matrix. */
    public void deleteRoles(String forceId) {
        jdbc.sql("delete from capacity_role_matrix where organisation_id = ?").param(forceId).update();
    }

    private Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                json.readValue(rs.getString(5), CHANGES), rs.getString(6), rs.getObject(7, OffsetDateTime.class),
                rs.getString(8), rs.getObject(9, OffsetDateTime.class), rs.getString(10));
    }
}
