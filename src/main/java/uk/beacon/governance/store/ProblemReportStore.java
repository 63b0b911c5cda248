package uk.beacon.governance.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Problems reported by the public, for the owning force to moderate. */
@Repository
public class ProblemReportStore {

    private static final String SELECT = "select r.id, r.technology_id, t.name, r.message, r.contact, r.created_at, "
            + "r.status, r.moderated_by, r.moderated_at from governance_problem_report r "
            + "join governance_technology t on t.id = r.technology_id";

    private final JdbcClient jdbc;

    public ProblemReportStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a report; {@code clientKey} is a hash of where it came from, for the rate limit. */
    public void insert(String id, String technologyId, String message, String contact, String clientKey,
            OffsetDateTime at) {
        jdbc.sql("insert into governance_problem_report (id, technology_id, message, contact, client_key, created_at, "
                        + "status) values (?, ?, ?, ?, ?, ?, 'open')")
                .params(id, technologyId, message, contact, clientKey, at).update();
    }

    /** How many reports came from the client since the time. */
    public long countSince(String clientKey, OffsetDateTime since) {
        return jdbc.sql("select count(*) from governance_problem_report where client_key = ? and created_at >= ?")
                .params(clientKey, since).query(Long.class).single();
    }

    /** The force's reports, open ones first, newest first within each. */
    public List<ProblemReportRow> findByOrganisation(String organisationId) {
        return jdbc.sql(SELECT + " where t.organisation_id = ? "
                        + "order by case when r.status = 'open' then 0 else 1 end, r.created_at desc, r.id")
                .param(organisationId).query(ProblemReportStore::map).list();
    }

    public Optional<ProblemReportRow> find(String id) {
        return jdbc.sql(SELECT + " where r.id = ?").param(id).query(ProblemReportStore::map).optional();
    }

    public void moderate(String id, String status, String by, OffsetDateTime at) {
        jdbc.sql("update governance_problem_report set status = ?, moderated_by = ?, moderated_at = ? where id = ?")
                .params(status, by, at, id).update();
    }

    private static ProblemReportRow map(ResultSet rs, int row) throws SQLException {
        return new ProblemReportRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getObject(6, OffsetDateTime.class), rs.getString(7), rs.getString(8),
                rs.getObject(9, OffsetDateTime.class));
    }
}
