package uk.beacon.demand.store;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import uk.beacon.demand.domain.CanonicalCsv;
import uk.beacon.demand.domain.ImportException;

/**
 * Loads Beacon's canonical CSV straight into the staging table with DuckDB's own CSV reader, which
 * is several times faster than parsing in Java and holds nothing in the JVM's heap. Every rule the
 * Java readers apply is checked here in SQL, and the first broken one fails the import with its
 * line, column and value.
 */
final class CanonicalLoad {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(CanonicalLoad.class);

    /**
     * The file line of the table's first row. Rows keep the file's order and consecutive rowids, so a
     * row's line is its rowid less the first rowid, plus this (the header is line 1). Quoted fields
     * that span lines would shift it, which the canonical format has no use for.
     */
    private static final int FIRST_ROW_LINE = 2;

    private static final String COLUMNS = "{'incident_id': 'VARCHAR', 'created_at': 'TIMESTAMPTZ', "
            + "'month': 'DATE', 'raw_type': 'VARCHAR', 'priority': 'INTEGER', 'latitude': 'DOUBLE', "
            + "'longitude': 'DOUBLE', 'lsoa': 'VARCHAR', 'beat': 'VARCHAR', 'first_arrival_at': 'TIMESTAMPTZ', "
            + "'cleared_at': 'TIMESTAMPTZ', 'units': 'INTEGER', 'officer_minutes': 'DOUBLE', 'outcome': 'VARCHAR'}";

    /** Each rule: the column it concerns, the SQL condition that breaks it, and what is wrong. */
    private static final List<String[]> RULES = List.of(
            new String[] {"incident_id", "incident_id is null or trim(incident_id) = ''", "is empty"},
            new String[] {"raw_type", "raw_type is null or trim(raw_type) = ''", "is empty"},
            new String[] {"month", "month is null", "is empty"},
            // Seconds since the epoch compare an instant with a UTC month without any time-zone work.
            new String[] {"month", "created_at is not null and (epoch(created_at) < epoch(month) "
                    + "or epoch(created_at) >= epoch(month + interval 1 month))", "is not the month of created_at"},
            new String[] {"priority", "priority not between 1 and 9", "is outside 1 to 9"},
            new String[] {"latitude", "latitude not between -90 and 90", "is outside -90 to 90"},
            new String[] {"longitude", "longitude not between -180 and 180", "is outside -180 to 180"},
            new String[] {"units", "units < 1", "is less than 1"},
            new String[] {"officer_minutes", "officer_minutes < 0", "is negative"},
            new String[] {"first_arrival_at", "first_arrival_at < created_at", "is before the incident was created"},
            new String[] {"cleared_at", "cleared_at < first_arrival_at", "is before the first arrival"});

    private CanonicalLoad() {
    }

    /**
     * Loads the file into the temp table {@code raw_rows}, with the temp view {@code staging} over
     * it in the staging table's shape, and returns the number of rows. {@link #drop} removes both.
     */
    static long load(Connection connection, Path file, String name) throws SQLException {
        long started = System.nanoTime();
        checkHeader(file, name);
        String path = file.toAbsolutePath().toString().replace("'", "''");
        try (Statement sql = connection.createStatement()) {
            sql.execute("""
                    create temp table raw_rows as
                    select *
                    from read_csv('%s', header = true, auto_detect = false, delim = ',', quote = '"', escape = '"',
                                  dateformat = '%%Y-%%m', store_rejects = true, columns = %s)""".formatted(path, COLUMNS));
            long loaded = System.nanoTime();
            long lineOffset;
            try (ResultSet rs = sql.executeQuery("select coalesce(min(rowid), 0) from raw_rows")) {
                rs.next();
                lineOffset = FIRST_ROW_LINE - rs.getLong(1);
            }
            try (ResultSet rs = sql.executeQuery("""
                    select line, column_name, csv_line, column_idx, error_message from reject_errors
                    order by line limit 1""")) {
                if (rs.next()) {
                    String column = rs.getString("column_name");
                    throw ImportException.at(name, rs.getLong("line"), column == null ? "line" : column,
                            field(rs.getString("csv_line"), rs.getInt("column_idx")),
                            column == null ? "is not a valid CSV line" : "cannot be read as "
                                    + type(column));
                }
            }
            // One pass finds the first line that breaks each rule; the earliest of those is reported.
            StringBuilder firsts = new StringBuilder("select ");
            for (int i = 0; i < RULES.size(); i++) {
                firsts.append(i == 0 ? "" : ", ").append("min(rowid) filter (where ").append(RULES.get(i)[1]).append(")");
            }
            long firstLine = Long.MAX_VALUE;
            String[] broken = null;
            try (ResultSet rs = sql.executeQuery(firsts.append(" from raw_rows").toString())) {
                rs.next();
                for (int i = 0; i < RULES.size(); i++) {
                    long line = rs.getLong(i + 1) + lineOffset;
                    if (!rs.wasNull() && line < firstLine) {
                        firstLine = line;
                        broken = RULES.get(i);
                    }
                }
            }
            if (broken != null) {
                String value = broken[0].equals("month") ? "strftime(month, '%Y-%m')" : "cast(" + broken[0] + " as varchar)";
                try (ResultSet rs = sql.executeQuery("select " + value + " from raw_rows where rowid = "
                        + (firstLine - lineOffset))) {
                    rs.next();
                    throw ImportException.at(name, firstLine, broken[0], rs.getString(1), broken[2]);
                }
            }
            boolean repeats;
            try (ResultSet rs = sql.executeQuery("select count(*) > count(distinct incident_id) from raw_rows")) {
                rs.next();
                repeats = rs.getBoolean(1);
            }
            try (ResultSet rs = !repeats ? null : sql.executeQuery("""
                    select incident_id, min(rowid) + %d from raw_rows group by incident_id having count(*) > 1
                    order by 2 limit 1""".formatted(lineOffset))) {
                if (rs != null && rs.next()) {
                    throw ImportException.at(name, rs.getLong(2), "incident_id", rs.getString(1),
                            "appears more than once; a canonical file has one row per incident");
                }
            }
            log.info("{}: read by DuckDB in {} ms, checked in {} ms", name, (loaded - started) / 1_000_000,
                    (System.nanoTime() - loaded) / 1_000_000);
            // A view, not a copy: the rows are read once more, straight into the incident table.
            sql.execute("""
                    create temp view staging as
                    select rowid + %d as line, incident_id as source_id, created_at, month, trim(raw_type) as raw_type,
                           priority, latitude, longitude, lsoa, beat, first_arrival_at, cleared_at,
                           cast(null as varchar) as unit, units, officer_minutes, outcome
                    from raw_rows""".formatted(lineOffset));
            try (ResultSet rs = sql.executeQuery("select count(*) from raw_rows")) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** The header is checked by name, so a file whose columns are in another order is not misread. */
    private static void checkHeader(Path file, String name) {
        try (java.io.BufferedReader reader = java.nio.file.Files.newBufferedReader(file)) {
            String header = reader.readLine();
            if (header == null) {
                throw new ImportException(name + " line 1: the file is empty");
            }
            header = header.startsWith("\uFEFF") ? header.substring(1) : header;
            List<String> columns = List.of(header.strip().split(",", -1));
            if (!columns.equals(CanonicalCsv.HEADER)) {
                throw new ImportException(name + " line 1: the header must be " + String.join(",", CanonicalCsv.HEADER)
                        + " but is " + header.strip());
            }
        } catch (IOException e) {
            throw new ImportException(name + ": could not be read (" + e.getMessage() + ")");
        }
    }

    static void drop(Connection connection) throws SQLException {
        try (Statement sql = connection.createStatement()) {
            sql.execute("drop view staging");
            sql.execute("drop table raw_rows");
        }
    }

    private static String type(String column) {
        return switch (column) {
            case "created_at", "first_arrival_at", "cleared_at" -> "an ISO-8601 date and time";
            case "priority", "units" -> "a whole number";
            case "month" -> "a month (YYYY-MM)";
            default -> "a number";
        };
    }

    private static String field(String csvLine, int columnIndex) {
        if (csvLine == null) {
            return null;
        }
        try {
            List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(csvLine)).getRecords();
            // reject_errors numbers columns from 1.
            return records.isEmpty() || columnIndex < 1 || columnIndex > records.get(0).size() ? null
                    : records.get(0).get(columnIndex - 1);
        } catch (IOException e) {
            return null;
        }
    }
}
