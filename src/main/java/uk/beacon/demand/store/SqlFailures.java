package uk.beacon.demand.store;

import java.sql.SQLException;
import org.springframework.jdbc.UncategorizedSQLException;

/**
 * Where a force's DuckDB store fails unexpectedly, the failure becomes Spring's unchecked data-access exception, so
 * nothing above the store declares or catches {@link SQLException}; the one error handler shows it as a 500 with a
 * reference.
 */
final class SqlFailures {

    @FunctionalInterface
    interface SqlCall<T> {
        T run() throws SQLException;
    }

    private SqlFailures() {
    }

    static <T> T unchecked(String task, SqlCall<T> call) {
        try {
            return call.run();
        } catch (SQLException e) {
            throw new UncategorizedSQLException(task, null, e);
        }
    }
}
