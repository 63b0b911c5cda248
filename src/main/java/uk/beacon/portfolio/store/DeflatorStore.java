package uk.beacon.portfolio.store;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.beacon.portfolio.domain.initiatives.DeflatorSeries;

/** Each force's loaded GDP deflator series, at most one; none means the force uses Beacon's 2% assumption. */
@Repository
public class DeflatorStore {

    /** A loaded series: its source and years (earliest first), who loaded it and when. */
    public record Loaded(String forceId, DeflatorSeries series, String loadedBy, OffsetDateTime loadedAt) {
    }

    private final JdbcClient jdbc;

    public DeflatorStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Loaded> find(String forceId) {
        return jdbc.sql("select source, loaded_by, loaded_at from portfolio_deflator where force_id = ?")
                .param(forceId)
                .query((rs, n) -> new Loaded(forceId, new DeflatorSeries(rs.getString(1), List.of()),
                        rs.getString(2), rs.getObject(3, OffsetDateTime.class)))
                .optional()
                .map(loaded -> new Loaded(forceId, new DeflatorSeries(loaded.series().source(), years(forceId)),
                        loaded.loadedBy(), loaded.loadedAt()));
    }

    /** Replaces the force's series with this one. Call inside a transaction. */
    public void replace(String forceId, DeflatorSeries series, String by, OffsetDateTime at) {
        delete(forceId);
        jdbc.sql("insert into portfolio_deflator (force_id, source, loaded_by, loaded_at) values (?, ?, ?, ?)")
                .params(forceId, series.source(), by, at).update();
        for (DeflatorSeries.Entry entry : series.index()) {
            jdbc.sql("insert into portfolio_deflator_year (force_id, calendar_year, index_value) values (?, ?, ?)")
                    .params(forceId, entry.year(), entry.value()).update();
        }
    }

    /** Removes the force's series; false if it had none. Call inside a transaction. */
    public boolean delete(String forceId) {
        jdbc.sql("delete from portfolio_deflator_year where force_id = ?").param(forceId).update();
        return jdbc.sql("delete from portfolio_deflator where force_id = ?").param(forceId).update() > 0;
    }

    private List<DeflatorSeries.Entry> years(String forceId) {
        return jdbc.sql("select calendar_year, index_value from portfolio_deflator_year where force_id = ? "
                        + "order by calendar_year")
                .param(forceId)
                .query((rs, n) -> new DeflatorSeries.Entry(rs.getInt(1), plain(rs.getBigDecimal(2))))
                .list();
    }

    /** The value as loaded, without the column's trailing zeros (103.500000000000 is 103.5). */
    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
