package uk.beacon.demand.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.ObjectMapper;
import uk.beacon.demand.domain.ColumnMapping;

/** The column mappings a force has saved for its own CAD and incident exports. */
public class MappingStore {

    private final DemandDatabases databases;
    private final ObjectMapper json;

    public MappingStore(DemandDatabases databases, ObjectMapper json) {
        this.databases = databases;
        this.json = json;
    }

    public List<ColumnMapping> saved(String forceId) {
        return SqlFailures.unchecked("column mappings", () -> savedSql(forceId));
    }

    private List<ColumnMapping> savedSql(String forceId) throws SQLException {
        try (Connection connection = databases.connect(forceId); Statement sql = connection.createStatement()) {
            List<ColumnMapping> mappings = new ArrayList<>();
            try (ResultSet rs = sql.executeQuery("select definition from column_mapping order by name")) {
                while (rs.next()) {
                    mappings.add(json.readValue(rs.getString(1), ColumnMapping.class));
                }
            }
            return mappings;
        }
    }

    public Optional<ColumnMapping> find(String forceId, String name) {
        return saved(forceId).stream().filter(mapping -> mapping.name().equals(name)).findFirst();
    }

    /** Saves the mapping under its name, replacing one saved before with the same name. */
    public void save(String forceId, ColumnMapping mapping) {
        SqlFailures.unchecked("save a column mapping", () -> {
            saveSql(forceId, mapping);
            return null;
        });
    }

    private void saveSql(String forceId, ColumnMapping mapping) throws SQLException {
        try (Connection connection = databases.connect(forceId)) {
            connection.setAutoCommit(false);
            try (PreparedStatement delete = connection.prepareStatement("delete from column_mapping where name = ?");
                    PreparedStatement insert = connection.prepareStatement("insert into column_mapping values (?, ?)")) {
                delete.setString(1, mapping.name());
                delete.executeUpdate();
                insert.setString(1, mapping.name());
                insert.setString(2, json.writeValueAsString(mapping));
                insert.executeUpdate();
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            }
        }
    }
}
