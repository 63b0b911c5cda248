package uk.beacon.demand.store;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import uk.beacon.demand.domain.CanonicalCsv;
import uk.beacon.demand.domain.ImportException;
import uk.beacon.demand.domain.RawTypeNames;

/**
 * Imports Beacon's canonical CSV with DuckDB's own CSV reader, straight into the incident table:
 * several times faster than parsing in Java, and nothing of the file passes through the JVM's heap.
 * Every rule the Java readers apply is checked in SQL on what was stored, and a broken one fails the
 * import, naming its line, column and value, before anything is committed.
 */
final class CanonicalLoad {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(CanonicalLoad.class);

    private static final String COLUMNS = "{'incident_id': 'VARCHAR', 'created_at': 'TIMESTAMPTZ', "
            + "'month': 'DATE', 'raw_type': 'VARCHAR', 'priority': 'INTEGER', 'latitude': 'DOUBLE', "
            + "'longitude': 'DOUBLE', 'lsoa': 'VARCHAR', 'beat': 'VARCHAR', 'first_arrival_at': 'TIMESTAMPTZ', "
            + "'cleared_at': 'TIMESTAMPTZ', 'units': 'INTEGER', 'officer_minutes': 'DOUBLE', 'outcome': 'VARCHAR'}";

    /** Stands in for an empty month until the checks refuse it; the transaction never commits it. */
    private static final String NO_MONTH = "date '0001-01-01'";

    /**
     * Each rule: the file's column, the SQL condition on the stored incident that breaks it, what is
     * wrong, and the SQL that shows the stored value.
     */
    private record Rule(String column, String broken, String problem, String value) {

        Rule(String column, String broken, String problem) {
            this(column, broken, problem, "cast(" + column + " as varchar)");
        }
    }

    private static final List<Rule> RULES = List.of(
            new Rule("incident_id", "trim(source_id) = ''", "is empty", "null"),
            new Rule("raw_type", "trim(raw_type) = ''", "is empty", "null"),
            new Rule("month", "month = " + NO_MONTH, "is empty", "null"),
            // Seconds since the epoch compare an instant with a UTC month without any time-zone work.
            new Rule("month", "created_at is not null and (epoch(created_at) < epoch(month) "
                    + "or epoch(created_at) >= epoch(month + interval 1 month))", "is not the month of created_at",
                    "strftime(month, '%Y-%m')"),
            new Rule("priority", "priority not between 1 and 9", "is outside 1 to 9"),
            new Rule("latitude", "latitude not between -90 and 90", "is outside -90 to 90"),
            new Rule("longitude", "longitude not between -180 and 180", "is outside -180 to 180"),
            new Rule("units", "units < 1", "is less than 1"),
            new Rule("officer_minutes", "officer_minutes < 0", "is negative"),
            new Rule("first_arrival_at", "first_arrival_at < created_at", "is before the incident was created"),
            new Rule("cleared_at", "cleared_at < first_arrival_at", "is before the first arrival"));

    private CanonicalLoad() {
    }

    /**
     * Reads the file with DuckDB's own CSV reader straight into the incident table as the given
     * import, then checks every rule on what it stored. Any broken rule throws an
     * {@link ImportException} naming the file's line, column and value, and the caller rolls the
     * transaction back, so nothing of the file remains.
     *
     * @return the number of rows, which is the number of incidents
     */
    static long importDirect(Connection connection, Path file, String name, String importId, String source)
            throws SQLException {
        long started = System.nanoTime();
        checkHeader(file, name);
        String path = file.toAbsolutePath().toString().replace("'", "''");
        long rows;
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into incident
                select ?, ?, coalesce(r.incident_id, ''), r.created_at, coalesce(r.month, %1$s),
                       coalesce(r.raw_type, ''), coalesce(m.work_type, 'UNMAPPED'), coalesce(m.crime, false),
                       r.priority, r.latitude, r.longitude, r.lsoa, r.beat, r.first_arrival_at, r.cleared_at,
                       coalesce(r.units, 1),
                       coalesce(r.officer_minutes,
                                date_diff('second', r.first_arrival_at, r.cleared_at) / 60.0 * coalesce(r.units, 1)),
                       r.outcome, null, %2$s
                from read_csv('%3$s', header = true, auto_detect = false, delim = ',', quote = '"', escape = '"',
                              dateformat = '%%Y-%%m', store_rejects = true, columns = %4$s) r
                left join work_type_mapping m on m.source = ? and m.raw_type = r.raw_type""".formatted(
                NO_MONTH, LondonHours.hourOfWeek("r.created_at"), path, COLUMNS))) {
            insert.setString(1, importId);
            insert.setString(2, source);
            insert.setString(3, source);
            rows = insert.executeUpdate();
        }
        long loaded = System.nanoTime();
        try (Statement sql = connection.createStatement(); ResultSet rs = sql.executeQuery("""
                select line, column_name, csv_line, column_idx, error_message from reject_errors
                order by line limit 1""")) {
            if (rs.next()) {
                String column = rs.getString("column_name");
                throw ImportException.at(name, rs.getLong("line"), column == null ? "line" : column,
                        field(rs.getString("csv_line"), rs.getInt("column_idx")),
                        column == null ? "is not a valid CSV line" : "cannot be read as " + type(column));
            }
        }
        checkRules(connection, file, name, importId);
        classifyVariants(connection, importId, source);
        log.info("{}: read and stored by DuckDB in {} ms, checked in {} ms", name, (loaded - started) / 1_000_000,
                (System.nanoTime() - loaded) / 1_000_000);
        return rows;
    }

    /** One pass over the stored rows finds any that break a rule; the earliest stored is reported. */
    private static void checkRules(Connection connection, Path file, String name, String importId)
            throws SQLException {
        StringBuilder firsts = new StringBuilder("select ");
        for (int i = 0; i < RULES.size(); i++) {
            firsts.append(i == 0 ? "" : ", ").append("min(rowid) filter (where ").append(RULES.get(i).broken())
                    .append(")");
        }
        // Distinct 64-bit hashes are far cheaper to count than distinct strings; fewer hashes than rows
        // means a repeated id (or, very rarely, two ids with one hash, which the exact query settles).
        firsts.append(", count(*) > count(distinct hash(source_id)) from incident where import_id = ?");
        long firstRow = Long.MAX_VALUE;
        Rule broken = null;
        boolean repeats;
        try (PreparedStatement query = connection.prepareStatement(firsts.toString())) {
            query.setString(1, importId);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                for (int i = 0; i < RULES.size(); i++) {
                    long row = rs.getLong(i + 1);
                    if (!rs.wasNull() && row < firstRow) {
                        firstRow = row;
                        broken = RULES.get(i);
                    }
                }
                repeats = rs.getBoolean(RULES.size() + 1);
            }
        }
        if (broken != null) {
            try (PreparedStatement query = connection.prepareStatement(
                    "select source_id, " + broken.value() + " from incident where rowid = ?")) {
                query.setLong(1, firstRow);
                try (ResultSet rs = query.executeQuery()) {
                    rs.next();
                    throw ImportException.at(name, lineOf(file, rs.getString(1), 1), broken.column(),
                            rs.getString(2), broken.problem());
                }
            }
        }
        if (repeats) {
            try (PreparedStatement query = connection.prepareStatement("""
                    select source_id from incident where import_id = ? group by source_id having count(*) > 1
                    order by min(rowid) limit 1""")) {
                query.setString(1, importId);
                try (ResultSet rs = query.executeQuery()) {
                    if (rs.next()) {
                        String id = rs.getString(1);
                        throw ImportException.at(name, lineOf(file, id, 2), "incident_id", id,
                                "appears more than once; a canonical file has one row per incident");
                    }
                }
            }
        }
    }

    /**
     * The import joined raw types to the taxonomy by their exact text; a type written differently
     * (another case, extra spaces) is classified here, once per distinct spelling.
     */
    private static void classifyVariants(Connection connection, String importId, String source)
            throws SQLException {
        List<String> unmatched = new java.util.ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                "select distinct raw_type from incident where import_id = ? and work_type = 'UNMAPPED'")) {
            query.setString(1, importId);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    unmatched.add(rs.getString(1));
                }
            }
        }
        for (String rawType : unmatched) {
            try (PreparedStatement update = connection.prepareStatement("""
                    update incident set work_type = m.work_type, crime = m.crime
                    from work_type_mapping m
                    where incident.import_id = ? and incident.raw_type = ? and m.source = ? and m.raw_type_key = ?""")) {
                update.setString(1, importId);
                update.setString(2, rawType);
                update.setString(3, source);
                update.setString(4, RawTypeNames.normalise(rawType));
                update.executeUpdate();
            }
        }
    }

    /**
     * The line of the file on which the incident id appears for the {@code occurrence}th time
     * (1 = first). Only needed to name a line in an error, so the file is read again only then.
     */
    private static long lineOf(Path file, String incidentId, int occurrence) {
        try (java.io.Reader reader = java.nio.file.Files.newBufferedReader(file);
                CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                        .parse(reader)) {
            int seen = 0;
            long line = parser.getCurrentLineNumber() + 1;
            for (CSVRecord record : parser) {
                if (record.get(0).equals(incidentId) && ++seen == occurrence) {
                    return line;
                }
                line = parser.getCurrentLineNumber() + 1;
            }
        } catch (IOException | IllegalStateException e) {
            log.debug("Could not find the line of {} in {}", incidentId, file, e);
        }
        return 0;
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
