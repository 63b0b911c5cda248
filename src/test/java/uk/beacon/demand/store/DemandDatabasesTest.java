package uk.beacon.demand.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each force's DuckDB file, opened with a memory limit so that what DuckDB holds does not grow with the data. */
class DemandDatabasesTest {

    @TempDir
    Path dir;

    private static String setting(Connection connection, String name) throws Exception {
        try (Statement sql = connection.createStatement();
                ResultSet rs = sql.executeQuery("select current_setting('" + name + "')")) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Test
    void aForcesDatabaseHoldsNoMoreMemoryThanItsLimit() throws Exception {
        DemandDatabases databases = new DemandDatabases(dir, "256MB");
        try (Connection connection = databases.connect("kent")) {
            // DuckDB reports the limit in binary units: 256 MB is 244.1 MiB.
            assertThat(setting(connection, "memory_limit")).isEqualTo("244.1 MiB");
        } finally {
            databases.destroy();
        }
    }

    @Test
    void theDefaultLimitIsOneGigabyte() throws Exception {
        DemandDatabases databases = new DemandDatabases(dir);
        try (Connection connection = databases.connect("kent")) {
            assertThat(setting(connection, "memory_limit")).isEqualTo("953.6 MiB");
        } finally {
            databases.destroy();
        }
    }

    @Test
    void aLimitThatIsNotAMemorySizeIsRefusedBeforeAnythingOpens() {
        assertThatThrownBy(() -> new DemandDatabases(dir, "1GB'; drop table incident; --"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Not a memory size");
        assertThatThrownBy(() -> new DemandDatabases(dir, "lots")).isInstanceOf(IllegalArgumentException.class);
    }
}
