package uk.beacon.governance.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.beacon.governance.domain.State;

/** Technology records: working copies, their authors and their published versions. */
@Repository
public class TechnologyStore {

    private static final String COLUMNS = "id, organisation_id, state, version, published_version, name, category, "
            + "phase, technology_type, content, dpia, ethics_review, highest_residual_risk, conditions, created_by, "
            + "created_at, updated_by, updated_at";
    private static final String PUBLISHED_COLUMNS = "p.technology_id, p.version, p.organisation_id, p.name, "
            + "p.category, p.phase, p.technology_type, p.content, p.dpia, p.ethics_review, p.highest_residual_risk, "
            + "p.conditions, p.search_text, p.published_by, p.published_at, p.withdrawn_at, p.withdrawn_reason";

    private final JdbcClient jdbc;

    public TechnologyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(TechnologyRow row) {
        jdbc.sql("insert into governance_technology (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                        + "?, ?, ?)")
                .params(row.id(), row.organisationId(), row.state().code(), row.version(), row.publishedVersion(),
                        row.name(), row.category(), row.phase(), row.technologyType(), row.content(), row.dpia(),
                        row.ethicsReview(), row.highestResidualRisk(), row.conditions(), row.createdBy(),
                        row.createdAt(), row.updatedBy(), row.updatedAt())
                .update();
    }

    /** Writes every changeable column of the working copy. */
    public void update(TechnologyRow row) {
        jdbc.sql("""
                update governance_technology set state = ?, version = ?, published_version = ?, name = ?,
                    category = ?, phase = ?, technology_type = ?, content = ?, dpia = ?, ethics_review = ?,
                    highest_residual_risk = ?, conditions = ?, updated_by = ?, updated_at = ?
                where id = ?""")
                .params(row.state().code(), row.version(), row.publishedVersion(), row.name(), row.category(),
                        row.phase(), row.technologyType(), row.content(), row.dpia(), row.ethicsReview(),
                        row.highestResidualRisk(), row.conditions(), row.updatedBy(), row.updatedAt(), row.id())
                .update();
    }

    public Optional<TechnologyRow> find(String id) {
        return jdbc.sql("select " + COLUMNS + " from governance_technology where id = ?").param(id)
                .query(TechnologyStore::map).optional();
    }

    /** The record, its row locked until the transaction ends, so that two changes to it cannot interleave. */
    public Optional<TechnologyRow> findForUpdate(String id) {
        return jdbc.sql("select " + COLUMNS + " from governance_technology where id = ? for update").param(id)
                .query(TechnologyStore::map).optional();
    }

    /** A force's records, most recently changed first. */
    public List<TechnologyRow> findByOrganisation(String organisationId) {
        return jdbc.sql("select " + COLUMNS + " from governance_technology where organisation_id = ? "
                        + "order by updated_at desc, id")
                .param(organisationId).query(TechnologyStore::map).list();
    }

    public List<String> ids() {
        return jdbc.sql("select id from governance_technology order by id").query(String.class).list();
    }

    public void addEditor(String technologyId, String username) {
        if (!editors(technologyId).contains(username)) {
            jdbc.sql("insert into governance_editor (technology_id, username) values (?, ?)")
                    .params(technologyId, username).update();
        }
    }

    /** Everyone who has written any part of the record. */
    public Set<String> editors(String technologyId) {
        return new LinkedHashSet<>(jdbc.sql("select username from governance_editor where technology_id = ? "
                + "order by username").param(technologyId).query(String.class).list());
    }

    public void insertPublished(PublishedRow row) {
        jdbc.sql("insert into governance_published_version (technology_id, version, organisation_id, name, category, "
                        + "phase, technology_type, content, dpia, ethics_review, highest_residual_risk, conditions, "
                        + "search_text, published_by, published_at, withdrawn_at, withdrawn_reason) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(row.technologyId(), row.version(), row.organisationId(), row.name(), row.category(),
                        row.phase(), row.technologyType(), row.content(), row.dpia(), row.ethicsReview(),
                        row.highestResidualRisk(), row.conditions(), row.searchText(), row.publishedBy(),
                        row.publishedAt(), row.withdrawnAt(), row.withdrawnReason())
                .update();
    }

    /** Marks the record's published version as withdrawn; the version itself is kept. */
    public void withdrawPublished(String technologyId, int version, OffsetDateTime at, String reason) {
        jdbc.sql("update governance_published_version set withdrawn_at = ?, withdrawn_reason = ? "
                        + "where technology_id = ? and version = ?")
                .params(at, reason, technologyId, version).update();
    }

    /** Every version of the record that was published, newest first. */
    public List<PublishedRow> publishedVersions(String technologyId) {
        return jdbc.sql("select " + PUBLISHED_COLUMNS + " from governance_published_version p "
                        + "where p.technology_id = ? order by p.version desc")
                .param(technologyId).query(TechnologyStore::mapPublished).list();
    }

    /** The version of each record that the public register shows now: published and not withdrawn. */
    public List<PublishedRow> register(RegisterFilter filter, int limit) {
        StringBuilder sql = new StringBuilder("select " + PUBLISHED_COLUMNS + " from governance_published_version p "
                + "join governance_technology t on t.id = p.technology_id and t.published_version = p.version "
                + "where p.withdrawn_at is null");
        List<Object> params = new ArrayList<>();
        if (filter.words() != null) {
            for (String word : filter.words()) {
                sql.append(" and p.search_text like ? escape '!'");
                params.add("%" + word.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
            }
        }
        if (present(filter.force())) {
            sql.append(" and p.organisation_id = ?");
            params.add(filter.force());
        }
        if (present(filter.category())) {
            sql.append(" and p.category = ?");
            params.add(filter.category());
        }
        if (present(filter.phase())) {
            sql.append(" and p.phase = ?");
            params.add(filter.phase());
        }
        if (filter.hasEthicsReview() != null) {
            sql.append(filter.hasEthicsReview() ? " and p.ethics_review is not null" : " and p.ethics_review is null");
        }
        if (filter.minimumResidualRisk() != null) {
            sql.append(" and p.highest_residual_risk >= ?");
            params.add(filter.minimumResidualRisk());
        }
        sql.append(" order by lower(p.name), p.technology_id limit ?");
        params.add(limit);
        return jdbc.sql(sql.toString()).params(params).query(TechnologyStore::mapPublished).list();
    }

    /** How many records on the register now (published, not withdrawn) have each technology type. */
    public Map<String, Long> registeredByTechnologyType() {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql("select p.technology_type, count(*) from governance_published_version p "
                        + "join governance_technology t on t.id = p.technology_id and t.published_version = p.version "
                        + "where p.withdrawn_at is null and p.technology_type is not null "
                        + "group by p.technology_type order by p.technology_type")
                .query(rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                });
        return counts;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static TechnologyRow map(ResultSet rs, int row) throws SQLException {
        return TechnologyRow.builder().id(rs.getString("id")).organisationId(rs.getString("organisation_id"))
                .state(State.of(rs.getString("state"))).version(rs.getInt("version"))
                .publishedVersion(rs.getObject("published_version", Integer.class))
                .fields(rs.getString("name"), rs.getString("category"), rs.getString("phase"),
                        rs.getString("technology_type"), rs.getString("content"))
                .dpia(rs.getString("dpia")).ethicsReview(rs.getString("ethics_review"))
                .highestResidualRisk(rs.getObject("highest_residual_risk", Integer.class))
                .conditions(rs.getString("conditions"))
                .created(rs.getString("created_by"), rs.getObject("created_at", OffsetDateTime.class))
                .updated(rs.getString("updated_by"), rs.getObject("updated_at", OffsetDateTime.class)).build();
    }

    private static PublishedRow mapPublished(ResultSet rs, int row) throws SQLException {
        return new PublishedRow(rs.getString("technology_id"), rs.getInt("version"), rs.getString("organisation_id"),
                rs.getString("name"), rs.getString("category"), rs.getString("phase"),
                rs.getString("technology_type"), rs.getString("content"), rs.getString("dpia"),
                rs.getString("ethics_review"), rs.getObject("highest_residual_risk", Integer.class),
                rs.getString("conditions"), rs.getString("search_text"), rs.getString("published_by"),
                rs.getObject("published_at", OffsetDateTime.class), rs.getObject("withdrawn_at", OffsetDateTime.class),
                rs.getString("withdrawn_reason"));
    }
}
