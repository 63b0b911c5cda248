package uk.beacon.demand.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.beacon.demand.store.DemandDatabases;

class ParquetOutputTest {

    @TempDir
    Path directory;

    @Test
    void parquetHoldsTheSameIncidentsAsTheCsvWithTypedColumns() throws IOException, SQLException {
        SyntheticDemandParameters parameters = SyntheticDemandParameters.defaults().withIncidents(20_000L);
        Path parquet = directory.resolve("demand.parquet");
        Path csv = directory.resolve("demand.csv");

        SyntheticDemand.Result written = SyntheticDemand.write(parameters.withFormat(OutputFormat.PARQUET), parquet);
        SyntheticDemand.write(parameters, csv);

        assertThat(written.incidents()).isEqualTo(20_000);
        assertThat(written.bytes()).isEqualTo(Files.size(parquet));
        assertThat(fileNames(directory)).as("the temporary CSV is gone")
                .containsExactlyInAnyOrder("demand.parquet", "demand.csv");
        List<CSVRecord> rows = SyntheticDemandTest.parse(Files.readString(csv));
        try (Connection connection = DemandDatabases.scratch();
                Statement statement = connection.createStatement()) {
            String source = "read_parquet(" + DuckDbCanonicalCsv.sqlString(parquet.toString()) + ")";
            Map<String, String> types = new LinkedHashMap<>();
            try (ResultSet result = statement.executeQuery("DESCRIBE SELECT * FROM " + source)) {
                while (result.next()) {
                    types.put(result.getString("column_name"), result.getString("column_type"));
                }
            }
            assertThat(types).containsExactly(entry("incident_id", "VARCHAR"),
                    entry("created_at", "TIMESTAMP WITH TIME ZONE"), entry("month", "VARCHAR"),
                    entry("raw_type", "VARCHAR"), entry("priority", "INTEGER"), entry("latitude", "DOUBLE"),
                    entry("longitude", "DOUBLE"), entry("lsoa", "VARCHAR"), entry("beat", "VARCHAR"),
                    entry("first_arrival_at", "TIMESTAMP WITH TIME ZONE"),
                    entry("cleared_at", "TIMESTAMP WITH TIME ZONE"), entry("units", "INTEGER"),
                    entry("officer_minutes", "DOUBLE"), entry("outcome", "VARCHAR"));

            try (ResultSet result = statement.executeQuery("SELECT count(*), count(first_arrival_at), sum(priority),"
                    + " sum(epoch(created_at))::BIGINT FROM " + source)) {
                result.next();
                assertThat(result.getLong(1)).isEqualTo(rows.size());
                assertThat(result.getLong(2)).isEqualTo(rows.stream()
                        .filter(row -> !row.get("first_arrival_at").isEmpty()).count());
                assertThat(result.getLong(3)).isEqualTo(rows.stream()
                        .mapToLong(row -> Long.parseLong(row.get("priority"))).sum());
                assertThat(result.getLong(4)).isEqualTo(rows.stream()
                        .mapToLong(row -> Instant.parse(row.get("created_at")).getEpochSecond()).sum());
            }
            try (ResultSet result = statement.executeQuery("SELECT incident_id, outcome FROM " + source + " LIMIT 1")) {
                result.next();
                assertThat(result.getString(1)).isEqualTo(rows.get(0).get("incident_id"));
                assertThat(result.getString(2)).isEqualTo(rows.get(0).get("outcome"));
            }
        }
    }

    private static List<String> fileNames(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(file -> file.getFileName().toString()).toList();
        }
    }
}
