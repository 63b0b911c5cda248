package uk.beacon.governance.store;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.beacon.governance.domain.horizon.Assessment;
import uk.beacon.governance.domain.horizon.Coverage;
import uk.beacon.governance.domain.horizon.HorizonCatalogue;
import uk.beacon.governance.domain.horizon.LegalFramework;
import uk.beacon.governance.domain.horizon.TechnologyType;

/**
 * The national horizon-scanning catalogue: technology types and frameworks in the order they were
 * added, and the assessment of each pair. Types and frameworks are added or changed, never removed,
 * so that assessments always have both ends.
 */
@Repository
public class HorizonStore {

    private final JdbcClient jdbc;

    public HorizonStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public HorizonCatalogue catalogue() {
        List<TechnologyType> types = jdbc.sql("select code, name, description from horizon_technology_type order by position, code")
                .query((rs, row) -> new TechnologyType(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
        List<LegalFramework> frameworks = jdbc.sql("select code, short_name, name, link from horizon_framework order by position, code")
                .query((rs, row) -> new LegalFramework(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
        List<Assessment> assessments = jdbc.sql("""
                select type_code, framework_code, applies, coverage, note, source_title, source_link
                from horizon_assessment order by type_code, framework_code""")
                .query((rs, row) -> new Assessment(rs.getString(1), rs.getString(2), rs.getBoolean(3),
                        rs.getString(4) == null ? null : Coverage.valueOf(rs.getString(4)), rs.getString(5),
                        rs.getString(6), rs.getString(7)))
                .list();
        return new HorizonCatalogue(types, frameworks, assessments);
    }

    public boolean typeExists(String code) {
        return exists("horizon_technology_type", code);
    }

    public boolean frameworkExists(String code) {
        return exists("horizon_framework", code);
    }

    private boolean exists(String table, String code) {
        return jdbc.sql("select count(*) from " + table + " where code = ?").param(code).query(Long.class).single() > 0;
    }

    /** Adds the type at the end of the list, or changes it in place; true when it is new. Call inside a transaction. */
    public boolean saveType(TechnologyType type, String by, OffsetDateTime at) {
        int changed = jdbc.sql("""
                update horizon_technology_type set name = ?, description = ?, updated_by = ?, updated_at = ?
                where code = ?""")
                .params(type.name(), type.description(), by, at, type.code()).update();
        if (changed > 0) {
            return false;
        }
        jdbc.sql("""
                insert into horizon_technology_type (code, position, name, description, updated_by, updated_at)
                values (?, (select coalesce(max(position) + 1, 0) from horizon_technology_type), ?, ?, ?, ?)""")
                .params(type.code(), type.name(), type.description(), by, at).update();
        return true;
    }

    /** Adds the framework at the end of the list, or changes it in place; true when it is new. */
    public boolean saveFramework(LegalFramework framework, String by, OffsetDateTime at) {
        int changed = jdbc.sql("""
                update horizon_framework set short_name = ?, name = ?, link = ?, updated_by = ?, updated_at = ?
                where code = ?""")
                .params(framework.shortName(), framework.name(), framework.link(), by, at, framework.code()).update();
        if (changed > 0) {
            return false;
        }
        jdbc.sql("""
                insert into horizon_framework (code, position, short_name, name, link, updated_by, updated_at)
                values (?, (select coalesce(max(position) + 1, 0) from horizon_framework), ?, ?, ?, ?, ?)""")
                .params(framework.code(), framework.shortName(), framework.name(), framework.link(), by, at).update();
        return true;
    }

    /** Saves the assessment of a type against a framework, both of which must exist; true when it is new. */
    public boolean saveAssessment(Assessment assessment, String by, OffsetDateTime at) {
        String coverage = assessment.coverage() == null ? null : assessment.coverage().name();
        int changed = jdbc.sql("""
                update horizon_assessment set applies = ?, coverage = ?, note = ?, source_title = ?, source_link = ?,
                    updated_by = ?, updated_at = ?
                where type_code = ? and framework_code = ?""")
                .params(assessment.applies(), coverage, assessment.note(), assessment.sourceTitle(),
                        assessment.sourceLink(), by, at, assessment.typeCode(), assessment.frameworkCode())
                .update();
        if (changed > 0) {
            return false;
        }
        jdbc.sql("""
                insert into horizon_assessment (type_code, framework_code, applies, coverage, note, source_title,
                    source_link, updated_by, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(assessment.typeCode(), assessment.frameworkCode(), assessment.applies(), coverage,
                        assessment.note(), assessment.sourceTitle(), assessment.sourceLink(), by, at)
                .update();
        return true;
    }
}
