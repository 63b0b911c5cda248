package uk.beacon.governance.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.beacon.governance.domain.TrailEntry;

/** Records' trails. Entries are only ever added: the database refuses to change or delete one. */
@Repository
public class TrailStore {

    private static final String COLUMNS = "technology_id, seq, occurred_at, actor, action, from_state, to_state, "
            + "version, reason, content_hash, previous_hash, entry_hash";

    private final JdbcClient jdbc;

    public TrailStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void append(TrailEntry entry) {
        jdbc.sql("insert into governance_trail (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(entry.technologyId(), entry.seq(), entry.occurredAt().atOffset(ZoneOffset.UTC), entry.actor(),
                        entry.action(), entry.fromState(), entry.toState(), entry.version(), entry.reason(),
                        entry.contentHash(), entry.previousHash(), entry.entryHash())
                .update();
    }

    /** The record's entries, first first. */
    public List<TrailEntry> entries(String technologyId) {
        return jdbc.sql("select " + COLUMNS + " from governance_trail where technology_id = ? order by seq")
                .param(technologyId).query(TrailStore::map).list();
    }

    public Optional<TrailEntry> last(String technologyId) {
        return jdbc.sql("select " + COLUMNS + " from governance_trail where technology_id = ? "
                        + "order by seq desc limit 1")
                .param(technologyId).query(TrailStore::map).optional();
    }

    private static TrailEntry map(ResultSet rs, int row) throws SQLException {
        return new TrailEntry(rs.getString("technology_id"), rs.getInt("seq"),
                rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getString("actor"),
                rs.getString("action"), rs.getString("from_state"), rs.getString("to_state"), rs.getInt("version"),
                rs.getString("reason"), rs.getString("content_hash"), rs.getString("previous_hash"),
                rs.getString("entry_hash"));
    }
}
