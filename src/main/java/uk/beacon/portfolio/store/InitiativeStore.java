package uk.beacon.portfolio.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.ObjectMapper;
import uk.beacon.portfolio.domain.initiatives.InitiativeDefinition;

/** Initiatives as JSON, with their consortium members in a table of their own so visibility is one query. */
@Repository
public class InitiativeStore {

    /** An initiative as stored. */
    public record Row(String id, String ownerForceId, InitiativeDefinition definition, String createdBy,
            OffsetDateTime createdAt, String updatedBy, OffsetDateTime updatedAt) {
    }

    private static final String COLUMNS = "i.id, i.owner_force_id, i.definition, i.created_by, i.created_at, "
            + "i.updated_by, i.updated_at";

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    public InitiativeStore(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The initiatives a force owns or is a consortium member of, by name. */
    public List<Row> visibleTo(String forceId) {
        return jdbc.sql("select " + COLUMNS + " from portfolio_initiative i where i.owner_force_id = ? or exists "
                        + "(select 1 from portfolio_initiative_member m where m.initiative_id = i.id and m.force_id = ?) "
                        + "order by lower(i.name), i.created_at, i.id")
                .params(forceId, forceId).query(this::row).list();
    }

    /** The initiatives a force owns, by name. */
    public List<Row> ownedBy(String forceId) {
        return jdbc.sql("select " + COLUMNS + " from portfolio_initiative i where i.owner_force_id = ? "
                + "order by lower(i.name), i.created_at, i.id").param(forceId).query(this::row).list();
    }

    public Optional<Row> find(String id) {
        return jdbc.sql("select " + COLUMNS + " from portfolio_initiative i where i.id = ?").param(id)
                .query(this::row).optional();
    }

    public void insert(Row row) {
        jdbc.sql("insert into portfolio_initiative (id, owner_force_id, name, definition, created_by, created_at, "
                        + "updated_by, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(row.id(), row.ownerForceId(), row.definition().name(), json.writeValueAsString(row.definition()),
                        row.createdBy(), row.createdAt(), row.updatedBy(), row.updatedAt())
                .update();
        members(row.id(), row.ownerForceId(), row.definition());
    }

    /** Replaces the definition and members; false if there is no such initiative. */
    public boolean update(String id, InitiativeDefinition definition, String by, OffsetDateTime at) {
        Optional<Row> existing = find(id);
        if (existing.isEmpty()) {
            return false;
        }
        jdbc.sql("update portfolio_initiative set name = ?, definition = ?, updated_by = ?, updated_at = ? where id = ?")
                .params(definition.name(), json.writeValueAsString(definition), by, at, id).update();
        jdbc.sql("delete from portfolio_initiative_member where initiative_id = ?").param(id).update();
        members(id, existing.get().ownerForceId(), definition);
        return true;
    }

    public boolean delete(String id) {
        jdbc.sql("delete from portfolio_initiative_member where initiative_id = ?").param(id).update();
        return jdbc.sql("delete from portfolio_initiative where id = ?").param(id).update() > 0;
    }

    private void members(String id, String owner, InitiativeDefinition definition) {
        for (String force : definition.memberForcesOrEmpty().stream().distinct().toList()) {
            if (!force.equals(owner)) {
                jdbc.sql("insert into portfolio_initiative_member (initiative_id, force_id) values (?, ?)")
                        .params(id, force).update();
            }
        }
    }

    private Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getString(1), rs.getString(2),
                json.readValue(rs.getString(3), InitiativeDefinition.class), rs.getString(4),
                rs.getObject(5, OffsetDateTime.class), rs.getString(6), rs.getObject(7, OffsetDateTime.class));
    }
}
