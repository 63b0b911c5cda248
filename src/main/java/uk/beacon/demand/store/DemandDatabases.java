package uk.beacon.demand.store;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.duckdb.DuckDBConnection;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.io.ClassPathResource;

/**
 * Each force's incident-level demand data lives in its own DuckDB file, {@code <data dir>/demand/
 * <force>.duckdb}: columnar, embedded, and kept apart from every other force's. One connection per
 * file stays open (DuckDB allows one writer process per file); each operation works on a duplicate
 * of it, which is how DuckDB shares a database between threads.
 */
public class DemandDatabases implements DisposableBean {

    /** SQL for a raw type's lookup key: trimmed, inner white space collapsed, lower case. */
    static final String RAW_TYPE_KEY = "lower(regexp_replace(trim(%s), '\\s+', ' ', 'g'))";
    private static final Pattern FORCE_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final Path root;
    private final Map<String, DuckDBConnection> open = new ConcurrentHashMap<>();

    public DemandDatabases(Path root) {
        this.root = root;
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
        DuckDBConnection connection = (DuckDBConnection) DriverManager.getConnection(
                "jdbc:duckdb:" + root.resolve(forceId + ".duckdb").toAbsolutePath());
        try (Statement sql = connection.createStatement()) {
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
            sql.execute("""
                    create table if not exists incident (
                        import_id varchar not null,
                        source varchar not null,
                        source_id varchar not null,
                        created_at timestamp,
                        month date not null,
                        raw_type varchar not null,
                        work_type varchar not null,
                        crime boolean not null,
                        priority integer,
                        latitude double,
                        longitude double,
                        lsoa varchar,
                        beat varchar,
                        first_arrival_at timestamp,
                        cleared_at timestamp,
                        units integer not null,
                        officer_minutes double,
                        outcome varchar)""");
            sql.execute("""
                    create table if not exists work_type_mapping (
                        source varchar not null,
                        raw_type_key varchar not null,
                        raw_type varchar not null,
                        work_type varchar not null,
                        crime boolean not null,
                        primary key (source, raw_type_key))""");
            sql.execute("""
                    create table if not exists harm_weight (
                        raw_type_key varchar primary key,
                        category varchar not null,
                        weight double not null)""");
        }
        seed(connection, "work_type_mapping", "demand/work-types-default.csv",
                "insert into work_type_mapping values (?, " + RAW_TYPE_KEY.formatted("?") + ", ?, ?, ?)",
                (statement, record) -> {
                    statement.setString(1, record.get("source"));
                    statement.setString(2, record.get("raw_type"));
                    statement.setString(3, record.get("raw_type").trim());
                    statement.setString(4, record.get("work_type"));
                    statement.setBoolean(5, Boolean.parseBoolean(record.get("crime")));
                });
        seed(connection, "harm_weight", "demand/harm-weights.csv",
                "insert into harm_weight values (" + RAW_TYPE_KEY.formatted("?") + ", ?, ?)",
                (statement, record) -> {
                    statement.setString(1, record.get("police_uk_category"));
                    statement.setString(2, record.get("police_uk_category").trim());
                    statement.setDouble(3, Double.parseDouble(record.get("weight")));
                });
        return connection;
    }

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement statement, CSVRecord record) throws SQLException;
    }

    /** Fills a reference table from its shipped CSV the first time the force's database is made. */
    private static void seed(Connection connection, String table, String resource, String insert, Binder binder)
            throws SQLException {
        try (Statement count = connection.createStatement();
                var rs = count.executeQuery("select count(*) from " + table)) {
            rs.next();
            if (rs.getLong(1) > 0) {
                return;
            }
        }
        try (Reader reader = new InputStreamReader(new ClassPathResource(resource).getInputStream(),
                StandardCharsets.UTF_8); PreparedStatement statement = connection.prepareStatement(insert)) {
            for (CSVRecord record : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(reader)) {
                binder.bind(statement, record);
                statement.addBatch();
            }
            statement.executeBatch();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + resource, e);
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
