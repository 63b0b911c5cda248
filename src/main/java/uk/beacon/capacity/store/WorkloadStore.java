package uk.beacon.capacity.store;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.ObjectMapper;
import uk.beacon.capacity.domain.staffing.Workload;

/** A force's saved workload, stored as JSON. */
@Repository
public class WorkloadStore {

    /** The saved workload and who saved it when. */
    public record Saved(Workload workload, String updatedBy, OffsetDateTime updatedAt) {
    }

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    public WorkloadStore(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public Optional<Saved> find(String forceId) {
        return jdbc.sql("select definition, updated_by, updated_at from capacity_workload where organisation_id = ?")
                .param(forceId)
                .query((rs, row) -> new Saved(json.readValue(rs.getString(1), Workload.class), rs.getString(2),
                        rs.getObject(3, OffsetDateTime.class)))
                .optional();
    }

    /** Saves the workload, replacing any saved before. */
    public void save(String forceId, Workload workload, String by, OffsetDateTime at) {
        String definition = json.writeValueAsString(workload);
        int updated = jdbc.sql("""
                update capacity_workload set definition = ?, updated_by = ?, updated_at = ? where organisation_id = ?""")
                .params(definition, by, at, forceId).update();
        if (updated == 0) {
            jdbc.sql("insert into capacity_workload (organisation_id, definition, updated_by, updated_at) values (?, ?, ?, ?)")
                    .params(forceId, definition, by, at).update();
        }
    }
}
