package uk.beacon.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A database kind that store tests run against: H2 in PostgreSQL mode always, and PostgreSQL too
 * when {@code BEACON_TEST_POSTGRES_URL} is set. Each {@link #open()} gives a fresh, migrated
 * database (H2: a new in-memory database; PostgreSQL: a new schema, dropped on close).
 *
 * <p>Store test classes take one as a {@code @ParameterizedClass} argument from {@link #all()}, so
 * the same test class runs on each database.
 */
public enum TestDatabase {
    H2("h2"),
    POSTGRESQL("postgresql");

    public static final String POSTGRES_URL_VARIABLE = "BEACON_TEST_POSTGRES_URL";

    private final String vendor;

    TestDatabase(String vendor) {
        this.vendor = vendor;
    }

    /** H2, and PostgreSQL when its URL is set. */
    public static List<TestDatabase> all() {
        List<TestDatabase> databases = new ArrayList<>(List.of(H2));
        if (postgresUrl() != null) {
            databases.add(POSTGRESQL);
        } else {
            System.out.println("Store tests run on H2 only: set " + POSTGRES_URL_VARIABLE + " to run them on PostgreSQL too");
        }
        return databases;
    }

    public static String postgresUrl() {
        String url = System.getenv(POSTGRES_URL_VARIABLE);
        return url == null || url.isBlank() ? null : url;
    }

    public Open open() {
        String name = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        String url;
        if (this == H2) {
            url = "jdbc:h2:mem:" + name + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        } else {
            execute(postgresUrl(), "create schema " + name);
            url = postgresUrl() + (postgresUrl().contains("?") ? "&" : "?") + "currentSchema=" + name;
        }
        SimpleDriverDataSource dataSource = new SimpleDriverDataSource();
        try {
            dataSource.setDriver(DriverManager.getDriver(url));
        } catch (SQLException e) {
            throw new IllegalStateException("No JDBC driver for " + this, e);
        }
        dataSource.setUrl(url);
        Flyway.configure().dataSource(dataSource)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor)
                .schemas(this == H2 ? "public" : name)
                .load().migrate();
        return new Open(this, name, url, dataSource);
    }

    private static void execute(String url, String sql) {
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not run '" + sql + "' on the test PostgreSQL", e);
        }
    }

    /** A fresh migrated database; closing it throws it away. */
    public record Open(TestDatabase kind, String name, String url, DataSource dataSource) implements AutoCloseable {

        public JdbcClient jdbc() {
            return JdbcClient.create(dataSource);
        }

        public TransactionTemplate transactions() {
            return new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        }

        @Override
        public void close() {
            if (kind == H2) {
                jdbc().sql("shutdown").update();
            } else {
                execute(postgresUrl(), "drop schema " + name + " cascade");
            }
        }
    }
}
