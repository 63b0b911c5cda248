package uk.beacon.demand.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.beacon.demand.domain.Classification;
import uk.beacon.demand.domain.RawTypeNames;
import uk.beacon.demand.domain.Taxonomy.Entry;
import uk.beacon.demand.domain.Taxonomy.Unmapped;
import uk.beacon.demand.domain.WorkType;
import uk.beacon.demand.domain.WorkTypeTaxonomy;

/** A force's own work-type taxonomy, and the raw types its data holds that the taxonomy does not know. */
public class TaxonomyStore {

    private final DemandDatabases databases;

    public TaxonomyStore(DemandDatabases databases) {
        this.databases = databases;
    }

    public List<Entry> entries(String forceId) {
        return SqlFailures.unchecked("work-type taxonomy", () -> entriesSql(forceId));
    }

    private List<Entry> entriesSql(String forceId) throws SQLException {
        try (Connection connection = databases.connect(forceId)) {
            // Counted per stored raw type, then keyed as the taxonomy keys them.
            Map<String, Long> counts = new HashMap<>();
            try (PreparedStatement query = connection.prepareStatement(
                    "select source, raw_type, count(*) from incident group by source, raw_type");
                    ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    counts.merge(rs.getString(1) + "|" + RawTypeNames.normalise(rs.getString(2)), rs.getLong(3),
                            Long::sum);
                }
            }
            List<Entry> entries = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("""
                    select source, raw_type_key, raw_type, work_type, crime from work_type_mapping
                    order by source, work_type, raw_type""");
                    ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    entries.add(new Entry(rs.getString(1), rs.getString(3), WorkType.valueOf(rs.getString(4)),
                            rs.getBoolean(5), counts.getOrDefault(rs.getString(1) + "|" + rs.getString(2), 0L)));
                }
            }
            return entries;
        }
    }

    public List<Unmapped> unmapped(String forceId) {
        return SqlFailures.unchecked("unmapped raw types", () -> unmappedSql(forceId));
    }

    private List<Unmapped> unmappedSql(String forceId) throws SQLException {
        try (Connection connection = databases.connect(forceId); PreparedStatement query = connection.prepareStatement("""
                select source, raw_type, count(*) from incident where work_type = 'UNMAPPED'
                group by source, raw_type order by 3 desc, 2""")) {
            List<Unmapped> unmapped = new ArrayList<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    unmapped.add(new Unmapped(rs.getString(1), rs.getString(2), rs.getLong(3)));
                }
            }
            return unmapped;
        }
    }

    /**
     * Sets how one raw type is classified, and reclassifies the force's stored incidents of that
     * type with it, in one transaction.
     *
     * @return how many stored incidents were reclassified
     */
    public long classify(String forceId, String source, String rawType, Classification classification) {
        return classifyAll(forceId, List.of(new WorkTypeTaxonomy.Entry(source, rawType, classification)));
    }

    /**
     * Sets how each raw type is classified, and reclassifies the force's stored incidents of those types,
     * all in one transaction: every change is made, or none is.
     *
     * @return how many stored incidents were reclassified
     */
    public long classifyAll(String forceId, List<WorkTypeTaxonomy.Entry> changes) {
        return SqlFailures.unchecked("classify raw types", () -> classifyAllSql(forceId, changes));
    }

    private long classifyAllSql(String forceId, List<WorkTypeTaxonomy.Entry> changes) throws SQLException {
        try (Connection connection = databases.connect(forceId)) {
            connection.setAutoCommit(false);
            try {
                long changed = 0;
                for (WorkTypeTaxonomy.Entry change : changes) {
                    changed += classify(connection, change.source(), change.rawType(), change.classification());
                }
                connection.commit();
                return changed;
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    private static long classify(Connection connection, String source, String rawType, Classification classification)
            throws SQLException {
        String key = RawTypeNames.normalise(rawType);
        try (PreparedStatement delete = connection.prepareStatement(
                "delete from work_type_mapping where source = ? and raw_type_key = ?")) {
            delete.setString(1, source);
            delete.setString(2, key);
            delete.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into work_type_mapping values (?, ?, ?, ?, ?)")) {
            insert.setString(1, source);
            insert.setString(2, key);
            insert.setString(3, rawType.strip());
            insert.setString(4, classification.workType().name());
            insert.setBoolean(5, classification.crime());
            insert.executeUpdate();
        }
        // Stored raw types are matched with the same normalisation as imports use.
        List<String> stored = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                "select distinct raw_type from incident where source = ?")) {
            query.setString(1, source);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    if (RawTypeNames.normalise(rs.getString(1)).equals(key)) {
                        stored.add(rs.getString(1));
                    }
                }
            }
        }
        long changed = 0;
        try (PreparedStatement update = connection.prepareStatement(
                "update incident set work_type = ?, crime = ? where source = ? and raw_type = ?")) {
            for (String storedType : stored) {
                update.setString(1, classification.workType().name());
                update.setBoolean(2, classification.crime());
                update.setString(3, source);
                update.setString(4, storedType);
                changed += update.executeUpdate();
            }
        }
        return changed;
    }
}
