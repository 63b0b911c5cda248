package uk.beacon.capacity.store;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.beacon.capacity.domain.staffing.ServiceStandard;

/** A force's service standards, in the order it lists them; none saved means the national defaults. */
@Repository
public class StandardsStore {

    private final JdbcClient jdbc;

    public StandardsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The force's saved standards, in order; empty when it has saved none. */
    public List<ServiceStandard> find(String forceId) {
        return jdbc.sql("""
                select code, label, service, priority, target_seconds, share, active
                from capacity_standard where organisation_id = ? order by position""")
                .param(forceId)
                .query((rs, row) -> new ServiceStandard(rs.getString(1), rs.getString(2),
                        ServiceStandard.Service.valueOf(rs.getString(3)), (Integer) rs.getObject(4, Integer.class),
                        rs.getInt(5), rs.getBigDecimal(6).doubleValue(), rs.getBoolean(7)))
                .list();
    }

    /** Replaces the force's standards with these. Call inside a transaction. */
    public void replace(String forceId, List<ServiceStandard> standards, String by, OffsetDateTime at) {
        jdbc.sql("delete from capacity_standard where organisation_id = ?").param(forceId).update();
        int position = 0;
        for (ServiceStandard standard : standards) {
            jdbc.sql("""
                    insert into capacity_standard (organisation_id, code, position, label, service, priority,
                        target_seconds, share, active, updated_by, updated_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(forceId, standard.code(), position++, standard.label(), standard.service().name(),
                            standard.priority(), standard.targetSeconds(),
                            java.math.BigDecimal.valueOf(standard.share()), standard.active(), by, at)
                    .update();
        }
    }
}
