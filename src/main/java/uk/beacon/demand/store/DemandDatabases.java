package uk.beacon.demand.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.duckdb.DuckDBConnection;
import org.springframework.beans.factory.DisposableBean;
import uk.beacon.demand.domain.RawTypeNames;
import uk.beacon.demand.domain.WorkTypeTaxonomy;

/**
 * Each force's incident-level demand data lives in its own DuckDB file, {@code <data dir>/demand/
 * <force>.duckdb}: columnar, embedded, and kept apart from every other force's. One connection per
 * file stays open (DuckDB allows one writer process per file); each operation works on a duplicate
 * of it, which is how DuckDB shares a database between threads.
 */
public class DemandDatabases implements DisposableBean {

    private static final Pattern FORCE_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /** DuckDB's own default is 80% of the machine's memory, so what it holds grew with the data imported. */
    public static final String DEFAULT_MEMORY_LIMIT = "1GB";
    private static final Pattern MEMORY_LIMIT = Pattern.compile("[1-9][0-9]{0,5}(\\.[0-9]+)?\\s?(KB|MB|GB|TB|KiB|MiB|GiB|TiB)");

    private final Path root;
    private final String memoryLimit;
    private final Map<String, DuckDBConnection> open = new ConcurrentHashMap<>();

    public DemandDatabases(Path root) {
        this(root, DEFAULT_MEMORY_LIMIT);
    }

    /**
     * @param memoryLimit how much memory each force's DuckDB may hold (for example {@code 1GB}); beyond it,
     *     DuckDB spills large operations to a temporary folder beside the database, so that memory does not
     *     grow with the size of a force's data or of a file being imported
     */
    public DemandDatabases(Path root, String memoryLimit) {
        if (!MEMORY_LIMIT.matcher(memoryLimit).matches()) {
            throw new IllegalArgumentException("Not a memory size such as 1GB or 512MB: " + memoryLimit);
        }
        this.root = root;
        this.memoryLimit = memoryLimit;
    }

    /**
     * A new in-memory DuckDB database of the caller's own, for work on files that belongs to no force
     * (such as the synthetic generator's Parquet output); it is gone when the connection closes.
     */
    public static Connection scratch() throws SQLException {
        return open("");
    }

    /**
     * Every DuckDB connection is made here: to a database file, or in memory for an empty path. The
     * driver is loaded through this class's own class loader, so that it is found when a tool runs
     * from the packaged jar without Spring.
     */
    private static DuckDBConnection open(String path) throws SQLException {
        try {
            Class.forName("org.duckdb.DuckDBDriver");
        } catch (ClassNotFoundException e) {
            throw new SQLException("The DuckDB JDBC driver is not on the class path", e);
        }
        return (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + path);
    }

    /** A connection of the caller's own to the force's database, created on first use. */
    public Connection connect(String forceId) throws SQLException {
        if (!FORCE_ID.matcher(forceId).matches()) {
            throw new IllegalArgumentException("Not a force id: " + forceId);
        }
        DuckDBConnection shared = open.get(forceId);
        if (shared == null) {
            synchronized (this) {
                shared = open.get(forceId);
                if (shared == null) {
                    shared = create(forceId);
                    open.put(forceId, shared);
                }
            }
        }
        return shared.duplicate();
    }

    private DuckDBConnection create(String forceId) throws SQLException {
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create " + root, e);
        }
        DuckDBConnection connection = open(root.resolve(forceId + ".duckdb").toAbsolutePath().toString());
        try (Statement sql = connection.createStatement()) {
            sql.execute("set memory_limit = '" + memoryLimit + "'");
            sql.execute("""
                    create table if not exists demand_import (
                        id varchar primary key,
                        source varchar not null,
                        file_name varchar not null,
                        checksum varchar not null unique,
                        rows bigint not null,
                        incidents bigint not null,
                        first_month date,
                        last_month date,
                        imported_by varchar not null,
                        imported_at timestamp not null)""");
            // Added after the first release: which job stored the import, to reconcile after a crash.
            sql.execute("alter table demand_import add column if not exists job_id varchar");
            // And its data-quality counts, null for imports made before they were counted.
            for (String count : List.of("no_arrival_time", "arrival_before_creation", "unknown_priority",
                    "no_location", "outside_england_and_wales")) {
                sql.execute("alter table demand_import add column if not exists " + count + " bigint");
            }
            sql.execute("""
                    create table if not exists incident (
                        import_id varchar not null,
                        source varchar not null,
                        source_id varchar not null,
                        created_at timestamptz,
                        month date not null,
                        raw_type varchar not null,
                        work_type varchar not null,
                        crime boolean not null,
                        priority integer,
                        latitude double,
                        longitude double,
                        lsoa varchar,
                        beat varchar,
                        first_arrival_at timestamptz,
                        cleared_at timestamptz,
                        units integer not null,
                        officer_minutes double,
                        outcome varchar,
                        harm double,
                        hour_of_week smallint)""");
            sql.execute("create table if not exists column_mapping (name varchar primary key, definition varchar not null)");
            sql.execute("""
                    create table if not exists work_type_mapping (
                        source varchar not null,
                        raw_type_key varchar not null,
                        raw_type varchar not null,
                        work_type varchar not null,
                        crime boolean not null,
                        primary key (source, raw_type_key))""");
        }
        seedTaxonomy(connection);
        return connection;
    }

    /** A new force's taxonomy starts as the shipped default; the force edits it from there. */
    private static void seedTaxonomy(Connection connection) throws SQLException {
        try (Statement count = connection.createStatement();
                var rs = count.executeQuery("select count(*) from work_type_mapping")) {
            rs.next();
            if (rs.getLong(1) > 0) {
                return;
            }
        }
        try (PreparedStatement statement = connection.prepareStatement(
                "insert into work_type_mapping values (?, ?, ?, ?, ?)")) {
            for (WorkTypeTaxonomy.Entry entry : WorkTypeTaxonomy.defaults().entries()) {
                statement.setString(1, entry.source());
                statement.setString(2, RawTypeNames.normalise(entry.rawType()));
                statement.setString(3, entry.rawType());
                statement.setString(4, entry.classification().workType().name());
                statement.setBoolean(5, entry.classification().crime());
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    @Override
    public void destroy() {
        open.values().forEach(connection -> {
            try {
                connection.close();
            } catch (SQLException e) {
                // Closing at shutdown: nothing more to do.
            }
        });
        open.clear();
    }
}
