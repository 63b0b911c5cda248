package uk.beacon.platform.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.beacon.platform.Organisation;
import uk.beacon.platform.OrganisationKind;

@Repository
public class OrganisationStore {

    private static final String COLUMNS = "id, name, kind, region, officers_fte, population, area_km2";

    private final JdbcClient jdbc;

    public OrganisationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Organisation> findById(String id) {
        return jdbc.sql("select " + COLUMNS + " from organisation where id = ?")
                .param(id).query(OrganisationStore::map).optional();
    }

    public List<Organisation> findByKind(OrganisationKind kind) {
        return jdbc.sql("select " + COLUMNS + " from organisation where kind = ? order by name")
                .param(kind.name()).query(OrganisationStore::map).list();
    }

    public int count() {
        return jdbc.sql("select count(*) from organisation").query(Integer.class).single();
    }

    /**
     * Inserts the organisation, or brings a stored one up to date.
     *
     * @return whether anything was written
     */
    public boolean save(Organisation organisation) {
        Optional<Organisation> stored = findById(organisation.id());
        if (stored.isEmpty()) {
            jdbc.sql("insert into organisation (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?)")
                    .params(organisation.id(), organisation.name(), organisation.kind().name(), organisation.region(),
                            organisation.officersFte(), organisation.population(), organisation.areaKm2())
                    .update();
            return true;
        }
        if (sameFigures(stored.get(), organisation)) {
            return false;
        }
        jdbc.sql("""
                update organisation set name = ?, kind = ?, region = ?, officers_fte = ?, population = ?, area_km2 = ?
                where id = ?""")
                .params(organisation.name(), organisation.kind().name(), organisation.region(),
                        organisation.officersFte(), organisation.population(), organisation.areaKm2(), organisation.id())
                .update();
        return true;
    }

    private static boolean sameFigures(Organisation a, Organisation b) {
        return a.name().equals(b.name()) && a.kind() == b.kind() && Objects.equals(a.region(), b.region())
                && compare(a.officersFte(), b.officersFte()) && Objects.equals(a.population(), b.population())
                && compare(a.areaKm2(), b.areaKm2());
    }

    private static boolean compare(java.math.BigDecimal a, java.math.BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static Organisation map(ResultSet rs, int row) throws SQLException {
        return new Organisation(rs.getString("id"), rs.getString("name"),
                OrganisationKind.valueOf(rs.getString("kind")), rs.getString("region"),
                rs.getBigDecimal("officers_fte"), rs.getObject("population", Long.class),
                rs.getBigDecimal("area_km2"));
    }
}
