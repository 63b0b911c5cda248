package uk.beacon.platform.store;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Appends to and reads the audit log. It has no update or delete: the database refuses both. */
@Repository
public class AuditEventStore {

    private final JdbcClient jdbc;

    public AuditEventStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void append(OffsetDateTime occurredAt, String actor, String organisationId, String action, String target,
            String detail) {
        jdbc.sql("""
                insert into audit_event (occurred_at, actor, organisation_id, action, target, detail)
                values (?, ?, ?, ?, ?, ?)""")
                .params(occurredAt, actor, organisationId, action, truncate(target, 300), truncate(detail, 2000))
                .update();
    }

    /** Newest first. */
    public List<AuditEvent> page(long offset, int limit) {
        return jdbc.sql("""
                select id, occurred_at, actor, organisation_id, action, target, detail
                from audit_event order by id desc limit ? offset ?""")
                .params(limit, offset)
                .query((rs, row) -> new AuditEvent(rs.getLong("id"),
                        rs.getObject("occurred_at", OffsetDateTime.class), rs.getString("actor"),
                        rs.getString("organisation_id"), rs.getString("action"), rs.getString("target"),
                        rs.getString("detail")))
                .list();
    }

    public long count() {
        return jdbc.sql("select count(*) from audit_event").query(Long.class).single();
    }

    private static String truncate(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length - 1) + "…";
    }
}
