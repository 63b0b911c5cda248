package uk.beacon.portfolio.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.ObjectMapper;
import uk.beacon.portfolio.domain.initiatives.InitiativeDefinition;
import uk.beacon.portfolio.domain.initiatives.MembershipState;

/**
 * Initiatives as JSON, with their consortium members in a table of their own (each with its state: invited,
 * accepted or declined) so that visibility is one query: a force sees what it owns and what it has accepted.
 */
@Repository
public class InitiativeStore {

    /** An initiative as stored. */
    public record Row(String id, String ownerForceId, InitiativeDefinition definition, String createdBy,
            OffsetDateTime createdAt, String updatedBy, OffsetDateTime updatedAt) {
    }

    /** A force invited into an initiative, and its answer. */
    public record Member(String initiativeId, String forceId, MembershipState state, String invitedBy,
            OffsetDateTime invitedAt, String decidedBy, OffsetDateTime decidedAt) {
    }

    /** An initiative a force is invited into and has not answered. */
    public record Invitation(Row initiative, String invitedBy, OffsetDateTime invitedAt) {
    }

    private static final String COLUMNS = "i.id, i.owner_force_id, i.definition, i.created_by, i.created_at, "
            + "i.updated_by, i.updated_at";

    private static final String MEMBER_COLUMNS = "m.initiative_id, m.force_id, m.state, m.invited_by, m.invited_at, "
            + "m.decided_by, m.decided_at";

    /** Owned by the force, or a consortium initiative the force has accepted (parameters: the force twice). */
    private static final String VISIBLE = "i.owner_force_id = ? or exists (select 1 from portfolio_initiative_member v "
            + "where v.initiative_id = i.id and v.force_id = ? and v.state = 'accepted')";

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    public InitiativeStore(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The initiatives a force owns or is an accepted consortium member of, by name. */
    public List<Row> visibleTo(String forceId) {
        return jdbc.sql("select " + COLUMNS + " from portfolio_initiative i where " + VISIBLE
                        + " order by lower(i.name), i.created_at, i.id")
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

    /** The initiative if the force owns it or has accepted it. */
    public Optional<Row> findVisible(String id, String forceId) {
        return jdbc.sql("select " + COLUMNS + " from portfolio_initiative i where i.id = ? and (" + VISIBLE + ")")
                .params(id, forceId, forceId).query(this::row).optional();
    }

    /** The forces invited into an initiative, by force id. */
    public List<Member> members(String initiativeId) {
        return jdbc.sql("select " + MEMBER_COLUMNS + " from portfolio_initiative_member m where m.initiative_id = ? "
                + "order by m.force_id").param(initiativeId).query(InitiativeStore::member).list();
    }

    /** The members of every initiative the force sees, by initiative id, each list by force id. */
    public Map<String, List<Member>> membersOfVisible(String forceId) {
        Map<String, List<Member>> byInitiative = new LinkedHashMap<>();
        jdbc.sql("select " + MEMBER_COLUMNS + " from portfolio_initiative_member m join portfolio_initiative i "
                        + "on i.id = m.initiative_id where " + VISIBLE + " order by m.initiative_id, m.force_id")
                .params(forceId, forceId).query(InitiativeStore::member).list()
                .forEach(m -> byInitiative.computeIfAbsent(m.initiativeId(), k -> new java.util.ArrayList<>()).add(m));
        return byInitiative;
    }

    /** The force's place in the initiative, if it was invited. */
    public Optional<Member> member(String initiativeId, String forceId) {
        return jdbc.sql("select " + MEMBER_COLUMNS + " from portfolio_initiative_member m where m.initiative_id = ? "
                + "and m.force_id = ?").params(initiativeId, forceId).query(InitiativeStore::member).optional();
    }

    /** The initiatives the force is invited into and has not answered, oldest invitation first. */
    public List<Invitation> invitationsFor(String forceId) {
        return jdbc.sql("select " + COLUMNS + ", m.invited_by, m.invited_at from portfolio_initiative i join "
                        + "portfolio_initiative_member m on m.initiative_id = i.id where m.force_id = ? "
                        + "and m.state = 'invited' order by m.invited_at, i.id")
                .param(forceId)
                .query((rs, n) -> new Invitation(row(rs, n), rs.getString(8), rs.getObject(9, OffsetDateTime.class)))
                .list();
    }

    /** Records a member force's decision; false if the force was not invited. */
    public boolean decide(String initiativeId, String forceId, MembershipState state, String by, OffsetDateTime at) {
        return jdbc.sql("update portfolio_initiative_member set state = ?, decided_by = ?, decided_at = ? "
                        + "where initiative_id = ? and force_id = ?")
                .params(state.code(), by, at, initiativeId, forceId).update() > 0;
    }

    /** Stores a new initiative and invites its member forces. */
    public void insert(Row row) {
        jdbc.sql("insert into portfolio_initiative (id, owner_force_id, name, definition, created_by, created_at, "
                        + "updated_by, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(row.id(), row.ownerForceId(), row.definition().name(), json.writeValueAsString(row.definition()),
                        row.createdBy(), row.createdAt(), row.updatedBy(), row.updatedAt())
                .update();
        syncMembers(row.id(), row.ownerForceId(), row.definition(), row.createdBy(), row.createdAt());
    }

    /**
     * Replaces the definition; forces no longer named lose their place, newly named ones are invited, and the others
     * keep their answer. False if there is no such initiative.
     */
    public boolean update(String id, InitiativeDefinition definition, String by, OffsetDateTime at) {
        Optional<Row> existing = find(id);
        if (existing.isEmpty()) {
            return false;
        }
        jdbc.sql("update portfolio_initiative set name = ?, definition = ?, updated_by = ?, updated_at = ? where id = ?")
                .params(definition.name(), json.writeValueAsString(definition), by, at, id).update();
        syncMembers(id, existing.get().ownerForceId(), definition, by, at);
        return true;
    }

    public boolean delete(String id) {
        jdbc.sql("delete from portfolio_initiative_member where initiative_id = ?").param(id).update();
        return jdbc.sql("delete from portfolio_initiative where id = ?").param(id).update() > 0;
    }

    private void syncMembers(String id, String owner, InitiativeDefinition definition, String by, OffsetDateTime at) {
        Set<String> wanted = new java.util.LinkedHashSet<>(definition.memberForcesOrEmpty());
        wanted.remove(owner);
        Set<String> present = new java.util.HashSet<>();
        for (Member member : members(id)) {
            if (wanted.contains(member.forceId())) {
                present.add(member.forceId());
            } else {
                jdbc.sql("delete from portfolio_initiative_member where initiative_id = ? and force_id = ?")
                        .params(id, member.forceId()).update();
            }
        }
        for (String force : wanted) {
            if (!present.contains(force)) {
                jdbc.sql("insert into portfolio_initiative_member (initiative_id, force_id, state, invited_by, invited_at) "
                                + "values (?, ?, ?, ?, ?)")
                        .params(id, force, MembershipState.INVITED.code(), by, at).update();
            }
        }
    }

    private Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getString(1), rs.getString(2),
                json.readValue(rs.getString(3), InitiativeDefinition.class), rs.getString(4),
                rs.getObject(5, OffsetDateTime.class), rs.getString(6), rs.getObject(7, OffsetDateTime.class));
    }

    private static Member member(ResultSet rs, int n) throws SQLException {
        return new Member(rs.getString(1), rs.getString(2), MembershipState.ofCode(rs.getString(3)), rs.getString(4),
                rs.getObject(5, OffsetDateTime.class), rs.getString(6), rs.getObject(7, OffsetDateTime.class));
    }
}
