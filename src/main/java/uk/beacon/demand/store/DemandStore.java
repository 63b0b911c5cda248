package uk.beacon.demand.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.UUID;
import java.util.function.Supplier;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import uk.beacon.demand.domain.DemandImport;
import uk.beacon.demand.domain.ForceClock;
import uk.beacon.demand.domain.HarmWeights;
import uk.beacon.demand.domain.ImportException;
import uk.beacon.demand.domain.IncidentRow;
import uk.beacon.demand.domain.RawTypeNames;
import uk.beacon.demand.domain.RowSink;
import uk.beacon.demand.domain.WorkTypeTaxonomy;

/**
 * Reads and writes a force's incidents and import history in its DuckDB database. An import is one
 * transaction: every file of it is stored, or nothing is.
 */
public class DemandStore {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(DemandStore.class);

    private final DemandDatabases databases;

    public DemandStore(DemandDatabases databases) {
        this.databases = databases;
    }

    /**
     * A file to import: its name as the person knows it, its checksum, and how to read its rows;
     * or, for Beacon's canonical CSV, the file itself, which DuckDB reads directly (much faster).
     */
    public record ImportFile(String name, Supplier<String> checksum, FileReader reader, CanonicalParts canonical) {

        /**
         * @param checksum the file's SHA-256, which may still be being worked out while the file
         *     is read: it is asked for only before the import is recorded
         */
        public static ImportFile rows(String name, Supplier<String> checksum, FileReader reader) {
            return new ImportFile(name, checksum, reader, null);
        }

        /** A canonical CSV, whole or still arriving in parts. */
        public static ImportFile canonical(String name, Supplier<String> checksum, CanonicalParts parts) {
            return new ImportFile(name, checksum, null, parts);
        }

        public static ImportFile canonical(String name, String checksum, Path file) {
            return canonical(name, () -> checksum, CanonicalParts.whole(file));
        }
    }

    @FunctionalInterface
    public interface FileReader {
        /** Reads the file's rows into the sink and returns how many rows it read. */
        long read(RowSink sink) throws Exception;
    }

    /**
     * Imports the files as one transaction.
     *
     * @param source the format's code, which is also the taxonomy's source
     * @param fold whether rows that share an incident id are one incident (CAD exports list an
     *     incident once per responding unit); otherwise every row is an incident
     */
    public List<DemandImport> importFiles(String forceId, String source, boolean fold, List<ImportFile> files,
            String importedBy) throws Exception {
        return importFiles(forceId, source, fold, files, importedBy, null);
    }

    /**
     * As {@link #importFiles(String, String, boolean, List, String)}, by a job, whose id is kept with each
     * import so that the job can be reconciled with what it stored after a crash.
     */
    public List<DemandImport> importFiles(String forceId, String source, boolean fold, List<ImportFile> files,
            String importedBy, String jobId) throws Exception {
        try (Connection connection = databases.connect(forceId)) {
            connection.setAutoCommit(false);
            try {
                List<DemandImport> imports = new ArrayList<>();
                for (ImportFile file : files) {
                    imports.add(importFile(connection, forceId, source, fold, file, importedBy, jobId));
                }
                long committing = System.nanoTime();
                connection.commit();
                log.info("Committed {} file(s) for {} in {} ms", files.size(), forceId,
                        (System.nanoTime() - committing) / 1_000_000);
                return imports;
            } catch (Exception e) {
                connection.rollback();
                throw e;
            }
        }
    }

    private static void refuseRepeat(Connection connection, String name, String checksum) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "select file_name, imported_at, imported_by from demand_import where checksum = ?")) {
            query.setString(1, checksum);
            try (ResultSet rs = query.executeQuery()) {
                if (rs.next()) {
                    throw new ImportException(name + ": this file was already imported (as "
                            + rs.getString(1) + " by " + rs.getString(3) + " on "
                            + rs.getObject(2, LocalDateTime.class).toLocalDate()
                            + "); importing it again would count its incidents twice");
                }
            }
        }
    }

    private DemandImport importFile(Connection connection, String forceId, String source, boolean fold,
            ImportFile file, String importedBy, String jobId) throws Exception {
        long started = System.nanoTime();
        String importId = UUID.randomUUID().toString();
        ForceClock clock = ForceClock.of(forceId);
        long rows;
        long incidents;
        if (file.canonical() != null) {
            // Canonical files go straight from DuckDB's reader into the incident table, checked there.
            try {
                rows = CanonicalLoad.importDirect(connection, file.canonical(), file.name(), importId, source, clock);
            } catch (ImportException e) {
                // DuckDB skips a line too long for its buffer, so what it says of such a file is not to be
                // trusted: a whole file's own check of its lines, asked for with its checksum, comes first.
                if (file.canonical().isWhole()) {
                    file.checksum().get();
                }
                throw e;
            }
            incidents = rows;
        } else {
            rows = stage(connection, file);
            incidents = insertStaged(connection, importId, source, fold, clock);
        }
        long stored = System.nanoTime();
        // Checked after the rows are in, so that working out the checksum overlaps the reading; a
        // repeat still stores nothing, as the whole transaction is rolled back.
        String checksum = file.checksum().get();
        refuseRepeat(connection, file.name(), checksum);
        LocalDate first = null;
        LocalDate last = null;
        try (PreparedStatement query = connection.prepareStatement(
                "select min(month), max(month) from incident where import_id = ?")) {
            query.setString(1, importId);
            try (ResultSet rs = query.executeQuery()) {
                if (rs.next()) {
                    first = rs.getObject(1, LocalDate.class);
                    last = rs.getObject(2, LocalDate.class);
                }
            }
        }
        DemandImport.Quality quality = quality(connection, importId);
        DemandImport record = new DemandImport(importId, source, file.name(), checksum, rows, incidents, first,
                last, importedBy, LocalDateTime.now(ZoneOffset.UTC).withNano(0), jobId, quality);
        try (PreparedStatement statement = connection.prepareStatement("""
                insert into demand_import (id, source, file_name, checksum, rows, incidents, first_month, last_month,
                                           imported_by, imported_at, job_id, no_arrival_time, arrival_before_creation,
                                           unknown_priority, no_location, outside_england_and_wales)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            statement.setString(1, record.id());
            statement.setString(2, record.source());
            statement.setString(3, record.fileName());
            statement.setString(4, record.checksum());
            statement.setLong(5, record.rows());
            statement.setLong(6, record.incidents());
            statement.setObject(7, record.firstMonth());
            statement.setObject(8, record.lastMonth());
            statement.setString(9, record.importedBy());
            statement.setObject(10, record.importedAt());
            statement.setString(11, record.jobId());
            statement.setLong(12, quality.noArrivalTime());
            statement.setLong(13, quality.arrivalBeforeCreation());
            statement.setLong(14, quality.unknownPriority());
            statement.setLong(15, quality.noLocation());
            statement.setLong(16, quality.outsideEnglandAndWales());
            statement.executeUpdate();
        }
        log.info("Imported {} for {}: {} rows, {} incidents, read, checked and stored in {} ms", file.name(), forceId,
                rows, incidents, (stored - started) / 1_000_000);
        return record;
    }

    /**
     * The import's data-quality counts, in one pass over its incidents. England and Wales's extent is a
     * box around both nations (Beacon ships no force boundaries yet), so it catches coordinates that are
     * swapped, zero or in another country, not ones in the neighbouring force.
     */
    private static DemandImport.Quality quality(Connection connection, String importId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("""
                select count(*) filter (where first_arrival_at is null),
                       count(*) filter (where first_arrival_at < created_at),
                       count(*) filter (where priority is null),
                       count(*) filter (where latitude is null or longitude is null),
                       count(*) filter (where latitude is not null and longitude is not null
                                        and not (latitude between 49.8 and 55.9 and longitude between -6.5 and 2.0))
                from incident where import_id = ?""")) {
            query.setString(1, importId);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return new DemandImport.Quality(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5));
            }
        }
    }

    /**
     * Appends the rows a Java reader reads to {@code staging_rows}, with the view {@code staging}
     * over it. DuckDB's appender takes times without a zone, so rows hold UTC and the view gives them
     * their zone.
     */
    private static long stage(Connection connection, ImportFile file) throws Exception {
        try (Statement sql = connection.createStatement()) {
            sql.execute("""
                    create or replace temp table staging_rows (
                        line bigint, source_id varchar, created_at timestamp, month date, raw_type varchar,
                        priority integer, latitude double, longitude double, lsoa varchar, beat varchar,
                        first_arrival_at timestamp, cleared_at timestamp, unit varchar, units integer,
                        officer_minutes double, outcome varchar)""");
        }
        long rows;
        DuckDBConnection duck = connection.unwrap(DuckDBConnection.class);
        try (DuckDBAppender appender = duck.createAppender("temp", "main", "staging_rows")) {
            rows = file.reader().read(row -> append(appender, row));
            appender.flush();
        }
        try (Statement sql = connection.createStatement()) {
            sql.execute("""
                    create or replace temp view staging as
                    select line, source_id, timezone('UTC', created_at) as created_at, month, raw_type, priority,
                           latitude, longitude, lsoa, beat, timezone('UTC', first_arrival_at) as first_arrival_at,
                           timezone('UTC', cleared_at) as cleared_at, unit, units, officer_minutes, outcome
                    from staging_rows""");
        }
        return rows;
    }

    /**
     * Moves the staged rows into the incident table, folding rows of one incident where asked, with
     * the hour of the week of each in the force's clock.
     */
    private static long insertStaged(Connection connection, String importId, String source, boolean fold,
            ForceClock clock) throws SQLException {
        mapRawTypes(connection, source);
        String insert = fold ? """
                insert into incident
                select ?, ?, s.source_id, min(s.created_at), min(s.month), arg_min(s.raw_type, s.line),
                       arg_min(m.work_type, s.line), arg_min(m.crime, s.line),
                       min(s.priority), arg_min(s.latitude, s.line), arg_min(s.longitude, s.line),
                       arg_min(s.lsoa, s.line), arg_min(s.beat, s.line), min(s.first_arrival_at),
                       max(s.cleared_at), %1$s,
                       coalesce(max(s.officer_minutes),
                                date_diff('second', min(s.first_arrival_at), max(s.cleared_at)) / 60.0 * (%1$s)),
                       arg_max(s.outcome, s.line), arg_min(m.harm, s.line), %2$s
                from staging s join raw_type_map m using (raw_type)
                group by s.source_id""".formatted(
                "case when count(s.unit) > 0 then count(distinct s.unit) else coalesce(max(s.units), 1) end",
                ClockSql.hourOfWeek(clock, "min(s.created_at)")) : """
                insert into incident
                select ?, ?, s.source_id, s.created_at, s.month, s.raw_type, m.work_type, m.crime, s.priority,
                       s.latitude, s.longitude, s.lsoa, s.beat, s.first_arrival_at, s.cleared_at,
                       coalesce(s.units, 1),
                       coalesce(s.officer_minutes,
                                date_diff('second', s.first_arrival_at, s.cleared_at) / 60.0 * coalesce(s.units, 1)),
                       s.outcome, m.harm, %s
                from staging s join raw_type_map m using (raw_type)""".formatted(ClockSql.hourOfWeek(clock, "s.created_at"));
        long incidents;
        try (PreparedStatement statement = connection.prepareStatement(insert)) {
            statement.setString(1, importId);
            statement.setString(2, source);
            incidents = statement.executeUpdate();
        }
        try (Statement sql = connection.createStatement()) {
            sql.execute("drop view staging");
            sql.execute("drop table staging_rows");
            sql.execute("drop table raw_type_map");
            sql.execute("drop table raw_type_keys");
        }
        return incidents;
    }

    /**
     * Classifies each distinct raw type once (the force's taxonomy, and the harm weight of a
     * data.police.uk crime category) into {@code raw_type_map}, so rows join on the exact text.
     */
    static void mapRawTypes(Connection connection, String source) throws SQLException {
        try (Statement sql = connection.createStatement()) {
            sql.execute("create or replace temp table raw_type_keys (raw_type varchar, raw_type_key varchar, harm double)");
        }
        HarmWeights harm = HarmWeights.defaults();
        try (Statement sql = connection.createStatement();
                ResultSet rs = sql.executeQuery("select distinct raw_type from staging");
                DuckDBAppender keys = connection.unwrap(DuckDBConnection.class)
                        .createAppender("temp", "main", "raw_type_keys")) {
            while (rs.next()) {
                String rawType = rs.getString(1);
                OptionalDouble weight = WorkTypeTaxonomy.POLICE_UK_STREET.equals(source) ? harm.weight(rawType)
                        : OptionalDouble.empty();
                keys.beginRow().append(rawType).append(RawTypeNames.normalise(rawType))
                        .append(weight.isPresent() ? (Double) weight.getAsDouble() : null).endRow();
            }
            keys.flush();
        }
        try (PreparedStatement statement = connection.prepareStatement("""
                create or replace temp table raw_type_map as
                select k.raw_type, coalesce(m.work_type, 'UNMAPPED') as work_type, coalesce(m.crime, false) as crime,
                       k.harm
                from raw_type_keys k
                left join work_type_mapping m on m.source = ? and m.raw_type_key = k.raw_type_key""")) {
            statement.setString(1, source);
            statement.execute();
        }
    }

    private static void append(DuckDBAppender appender, IncidentRow row) throws SQLException {
        appender.beginRow()
                .append(row.line())
                .append(row.sourceId())
                .append(row.createdAt())
                .append(row.month().atDay(1))
                .append(row.rawType())
                .append(row.priority())
                .append(row.latitude())
                .append(row.longitude())
                .append(row.lsoa())
                .append(row.beat())
                .append(row.firstArrivalAt())
                .append(row.clearedAt())
                .append(row.unit())
                .append(row.units())
                .append(row.officerMinutes())
                .append(row.outcome())
                .endRow();
    }

    /** The force's import history, newest first. */
    public List<DemandImport> imports(String forceId) {
        return SqlFailures.unchecked("import history", () -> query(forceId,
                "select * from demand_import order by imported_at desc, file_name", null));
    }

    /** The imports a job stored: none if it stored nothing (or has not committed). */
    public List<DemandImport> importsOfJob(String forceId, String jobId) {
        return SqlFailures.unchecked("imports of a job", () -> query(forceId,
                "select * from demand_import where job_id = ? order by file_name", jobId));
    }

    public Optional<DemandImport> findImport(String forceId, String importId) {
        return SqlFailures.unchecked("find an import", () -> query(forceId,
                "select * from demand_import where id = ?", importId).stream().findFirst());
    }

    private List<DemandImport> query(String forceId, String sql, String parameter) throws SQLException {
        try (Connection connection = databases.connect(forceId);
                PreparedStatement query = connection.prepareStatement(sql)) {
            if (parameter != null) {
                query.setString(1, parameter);
            }
            try (ResultSet rs = query.executeQuery()) {
                List<DemandImport> imports = new ArrayList<>();
                while (rs.next()) {
                    imports.add(map(rs));
                }
                return imports;
            }
        }
    }

    /** Removes an import and its incidents together. */
    public boolean deleteImport(String forceId, String importId) {
        return SqlFailures.unchecked("delete an import", () -> deleteImportSql(forceId, importId));
    }

    private boolean deleteImportSql(String forceId, String importId) throws SQLException {
        try (Connection connection = databases.connect(forceId)) {
            connection.setAutoCommit(false);
            try (PreparedStatement incidents = connection.prepareStatement("delete from incident where import_id = ?");
                    PreparedStatement record = connection.prepareStatement("delete from demand_import where id = ?")) {
                incidents.setString(1, importId);
                incidents.executeUpdate();
                record.setString(1, importId);
                boolean deleted = record.executeUpdate() == 1;
                connection.commit();
                return deleted;
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    private static DemandImport map(ResultSet rs) throws SQLException {
        return new DemandImport(rs.getString("id"), rs.getString("source"), rs.getString("file_name"),
                rs.getString("checksum"), rs.getLong("rows"), rs.getLong("incidents"),
                rs.getObject("first_month", LocalDate.class), rs.getObject("last_month", LocalDate.class),
                rs.getString("imported_by"), rs.getObject("imported_at", LocalDateTime.class), rs.getString("job_id"),
                rs.getObject("no_arrival_time") == null ? null : new DemandImport.Quality(rs.getLong("no_arrival_time"),
                        rs.getLong("arrival_before_creation"), rs.getLong("unknown_priority"),
                        rs.getLong("no_location"), rs.getLong("outside_england_and_wales")));
    }
}
