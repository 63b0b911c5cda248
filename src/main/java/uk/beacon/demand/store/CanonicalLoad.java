package uk.beacon.demand.store;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
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
import uk.beacon.demand.domain.ForceClock;
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

    /** What DuckDB's {@code error} says when a row breaks a rule during the checked load. */
    private static final String BROKEN_RULE = "beacon: a row breaks a canonical rule";

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
            // Only a value that starts with a space can be blank without being empty, so trim (which
            // copies the string) runs on those alone: a large import is several times faster for it.
            new Rule("incident_id", blank("source_id"), "is empty", "null"),
            new Rule("raw_type", blank("raw_type"), "is empty", "null"),
            new Rule("month", "month = " + NO_MONTH, "is empty", "null"),
            // The UTC day of the instant, from microseconds since the epoch, is compared with the month as
            // plain dates: no time-zone or interval arithmetic on every row of a large file.
            new Rule("month", "created_at is not null and date_trunc('month', date '1970-01-01' "
                    + "+ cast(floor(epoch_us(created_at) / 86400000000.0) as integer)) <> month",
                    "is not the month of created_at", "strftime(month, '%Y-%m')"),
            new Rule("priority", "priority not between 1 and 9", "is outside 1 to 9"),
            new Rule("latitude", "latitude not between -90 and 90", "is outside -90 to 90"),
            new Rule("longitude", "longitude not between -180 and 180", "is outside -180 to 180"),
            new Rule("units", "units < 1", "is less than 1"),
            new Rule("officer_minutes", "officer_minutes < 0", "is negative"),
            new Rule("first_arrival_at", "first_arrival_at < created_at", "is before the incident was created"),
            new Rule("cleared_at", "cleared_at < first_arrival_at", "is before the first arrival"));

    private CanonicalLoad() {
    }

    private static String blank(String column) {
        return "(" + column + " = '' or (prefix(" + column + ", ' ') and trim(" + column + ") = ''))";
    }

    /**
     * Reads the file with DuckDB's own CSV reader straight into the incident table as the given
     * import, then checks every rule on what it stored. Any broken rule throws an
     * {@link ImportException} naming the file's line, column and value, and the caller rolls the
     * transaction back, so nothing of the file remains.
     *
     * @return the number of rows, which is the number of incidents
     */
    static long importDirect(Connection connection, CanonicalParts parts, String name, String importId,
            String source, ForceClock clock) throws SQLException, IOException, InterruptedException {
        long started = System.nanoTime();
        long rows = 0;
        CanonicalParts.Part part;
        boolean first = true;
        while ((part = parts.next()) != null) {
            if (first) {
                checkHeader(part.file(), name);
            } else if (Files.size(part.file()) == 0) {
                continue;
            }
            try {
                rows += insert(connection, part.file(), first, importId, source, clock, true);
            } catch (SQLException e) {
                if (e.getMessage() == null || !e.getMessage().contains(BROKEN_RULE)) {
                    throw e;
                }
                // The fast path only knows that some row of this part broke a rule. Everything of this
                // import is about to be refused, so it is thrown away and the part loaded again unchecked
                // (the parts before it kept every rule), to name the earliest broken row's line, column
                // and value.
                connection.rollback();
                insert(connection, part.file(), first, importId, source, clock, false);
                refuseUnreadableLines(connection, name, parts, part);
                refuseBrokenRules(connection, parts, part, first, name, importId);
                throw new ImportException(name + ": a row breaks one of the canonical format's rules");
            }
            refuseUnreadableLines(connection, name, parts, part);
            parts.stored(part);
            first = false;
        }
        if (rows == 0) {
            throw ImportException.noRows(name);
        }
        long loaded = System.nanoTime();
        boolean ascending = parts.idsProvedDistinct(rows);
        if (!ascending) {
            refuseRepeatedIds(connection, parts.taken(), name, importId);
        }
        classifyVariants(connection, importId, source);
        log.info("{}: read, checked and stored by DuckDB in {} ms, then checked for repeats in {} ms ({})", name,
                (loaded - started) / 1_000_000, (System.nanoTime() - loaded) / 1_000_000,
                ascending ? "none: the ids ascended as the file arrived" : "by counting the stored ids");
        return rows;
    }

    /**
     * One statement reads a part of the file, looks up work types and stores the rows. With
     * {@code checked}, every rule is tested on each row as it is stored and the first broken one stops
     * the statement, so a good file is read once.
     */
    private static long insert(Connection connection, Path file, boolean header, String importId, String source,
            ForceClock clock, boolean checked) throws SQLException {
        String path = file.toAbsolutePath().toString().replace("'", "''");
        String rows = """
                select ? as import_id, ? as source, coalesce(r.incident_id, '') as source_id, r.created_at,
                       coalesce(r.month, %1$s) as month, coalesce(r.raw_type, '') as raw_type,
                       coalesce(m.work_type, 'UNMAPPED') as work_type, coalesce(m.crime, false) as crime,
                       r.priority, r.latitude, r.longitude, r.lsoa, r.beat, r.first_arrival_at, r.cleared_at,
                       coalesce(r.units, 1) as units,
                       coalesce(r.officer_minutes,
                                date_diff('second', r.first_arrival_at, r.cleared_at) / 60.0 * coalesce(r.units, 1))
                           as officer_minutes,
                       r.outcome, cast(null as double) as harm, %2$s as hour_of_week
                from read_csv('%3$s', header = %5$s, auto_detect = false, delim = ',', quote = '"', escape = '"',
                              dateformat = '%%Y-%%m', store_rejects = true, columns = %4$s) r
                left join work_type_mapping m on m.source = ? and m.raw_type = r.raw_type""".formatted(
                NO_MONTH, ClockSql.hourOfWeek(clock, "r.created_at"), path, COLUMNS, header);
        String sql = checked ? "insert into incident select q.* replace (" + ruleCheck() + " as harm) from (" + rows
                + ") q" : "insert into incident " + rows;
        // Not knowing how many rows the file holds, DuckDB's optimiser would otherwise build its hash table
        // from the file's millions of rows rather than from the few hundred work types, which doubles the
        // time of a large import. The setting is global, so it is put back at once, from a connection of its
        // own, whose statements do not wait on (or fail with) the import's transaction.
        try (Connection own = connection.unwrap(org.duckdb.DuckDBConnection.class).duplicate();
                Statement settings = own.createStatement()) {
            settings.execute("set global disabled_optimizers = 'build_side_probe_side'");
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                insert.setString(1, importId);
                insert.setString(2, source);
                insert.setString(3, source);
                return insert.executeUpdate();
            } finally {
                settings.execute("reset global disabled_optimizers");
            }
        }
    }

    /** Null for a row that keeps every rule; DuckDB's {@code error} for one that breaks any. */
    private static String ruleCheck() {
        StringBuilder check = new StringBuilder("cast(case");
        for (Rule rule : RULES) {
            check.append(" when ").append(rule.broken()).append(" then error('").append(BROKEN_RULE).append("')");
        }
        return check.append(" else q.harm end as double)").toString();
    }

    /** A line DuckDB could not read as CSV, or a value as its column's type, refuses the file. */
    private static void refuseUnreadableLines(Connection connection, String name, CanonicalParts parts,
            CanonicalParts.Part part) throws SQLException, IOException {
        try (Statement sql = connection.createStatement(); ResultSet rs = sql.executeQuery("""
                select line, column_name, csv_line, column_idx, error_message from reject_errors
                order by line limit 1""")) {
            if (rs.next()) {
                String column = rs.getString("column_name");
                throw ImportException.at(name, parts.linesBefore(part) + rs.getLong("line"),
                        column == null ? "line" : column, field(rs.getString("csv_line"), rs.getInt("column_idx")),
                        column == null ? "is not a valid CSV line" : "cannot be read as " + type(column));
            }
        }
    }

    /** One pass over the stored rows finds any that break a rule; the earliest stored is reported. */
    private static void refuseBrokenRules(Connection connection, CanonicalParts parts, CanonicalParts.Part part,
            boolean header, String name, String importId) throws SQLException, IOException {
        StringBuilder firsts = new StringBuilder("select ");
        for (int i = 0; i < RULES.size(); i++) {
            firsts.append(i == 0 ? "" : ", ").append("min(rowid) filter (where ").append(RULES.get(i).broken())
                    .append(")");
        }
        firsts.append(" from incident where import_id = ?");
        long firstRow = Long.MAX_VALUE;
        Rule broken = null;
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
            }
        }
        if (broken != null) {
            try (PreparedStatement query = connection.prepareStatement(
                    "select source_id, " + broken.value() + " from incident where rowid = ?")) {
                query.setLong(1, firstRow);
                try (ResultSet rs = query.executeQuery()) {
                    rs.next();
                    long line = lineOf(List.of(part), header, rs.getString(1), 1);
                    throw ImportException.at(name, line == 0 ? 0 : parts.linesBefore(part) + line, broken.column(),
                            rs.getString(2), broken.problem());
                }
            }
        }
    }

    /** An incident id given twice refuses the file, naming the line of its second appearance. */
    private static void refuseRepeatedIds(Connection connection, List<CanonicalParts.Part> parts, String name,
            String importId) throws SQLException {
        // Distinct 64-bit hashes are far cheaper to count than distinct strings; fewer hashes than rows
        // means a repeated id (or, very rarely, two ids with one hash, which the exact query settles).
        boolean repeats;
        try (PreparedStatement query = connection.prepareStatement(
                "select count(*) > count(distinct hash(source_id)) from incident where import_id = ?")) {
            query.setString(1, importId);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                repeats = rs.getBoolean(1);
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
                        throw ImportException.at(name, lineOf(parts, true, id, 2), "incident_id", id,
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
     * The line of the parts, read one after another, on which the incident id appears for the
     * {@code occurrence}th time (1 = first), or 0 if it cannot be found. Only needed to name a line in
     * an error, so the parts are read again only then.
     */
    private static long lineOf(List<CanonicalParts.Part> parts, boolean header, String incidentId, int occurrence) {
        List<java.io.InputStream> streams = new java.util.ArrayList<>();
        try {
            for (CanonicalParts.Part part : parts) {
                streams.add(Files.newInputStream(part.file()));
            }
        } catch (IOException e) {
            streams.forEach(CanonicalLoad::closeQuietly);
            log.debug("Could not open the parts of a file to find {}", incidentId, e);
            return 0;
        }
        CSVFormat format = header ? CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                : CSVFormat.RFC4180;
        try (java.io.Reader reader = new java.io.InputStreamReader(
                new java.io.SequenceInputStream(java.util.Collections.enumeration(streams)),
                java.nio.charset.StandardCharsets.UTF_8); CSVParser parser = format.parse(reader)) {
            int seen = 0;
            long line = parser.getCurrentLineNumber() + 1;
            for (CSVRecord record : parser) {
                if (record.get(0).equals(incidentId) && ++seen == occurrence) {
                    return line;
                }
                line = parser.getCurrentLineNumber() + 1;
            }
        } catch (IOException | IllegalStateException e) {
            log.debug("Could not find the line of {}", incidentId, e);
        }
        return 0;
    }

    private static void closeQuietly(java.io.Closeable closeable) {
        try {
            closeable.close();
        } catch (IOException e) {
            log.debug("Could not close a part", e);
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
                        + " but is " + uk.beacon.platform.format.Excerpt.of(header.strip(), 200));
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
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            // The line is not valid CSV (bad quoting, say): there is no field to show.
            return null;
        }
    }
}
