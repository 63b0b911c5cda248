package uk.beacon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Outside the demo profile: no default passwords, the first administrator from the environment. */
class ProductionModeIT {

    @TempDir
    Path dataDir;

    private ConfigurableApplicationContext start(String profile, String adminPassword) {
        Map<String, Object> properties = new HashMap<>(Map.of(
                "server.port", "0",
                "beacon.data-dir", dataDir.toString(),
                "beacon.demo.password", "demo-password-123",
                "beacon.demand.demo-data", "false",
                "spring.datasource.url", "jdbc:h2:file:" + dataDir.resolve("beacon")
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"));
        properties.put("beacon.admin-password", adminPassword == null ? "" : adminPassword);
        // As command-line arguments, which outrank application.properties (default properties do not).
        String[] args = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(BeaconApplication.class).profiles(profile).run(args);
    }

    @Test
    void refusesToStartWithoutAnAdministratorPassword() {
        assertThatThrownBy(() -> start("production", null))
                .satisfies(e -> assertThat(NestedExceptionUtils.getMostSpecificCause(e)).hasMessageContaining("Set BEACON_ADMIN_PASSWORD"));
    }

    @Test
    void refusesAShortAdministratorPassword() {
        assertThatThrownBy(() -> start("production", "short"))
                .satisfies(e -> assertThat(NestedExceptionUtils.getMostSpecificCause(e)).hasMessageContaining("at least 12 characters"));
    }

    @Test
    void createsTheFirstAdministratorFromTheEnvironmentAndNoDemoAccounts() {
        try (ConfigurableApplicationContext context = start("production", "a-long-admin-password")) {
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select username from user_account").query(String.class).list())
                    .containsExactly("admin");
            String hash = jdbc.sql("select password_hash from user_account").query(String.class).single();
            assertThat(context.getBean(PasswordEncoder.class).matches("a-long-admin-password", hash)).isTrue();
            assertThat(jdbc.sql("select count(*) from organisation where kind = 'POLICE_FORCE'")
                    .query(Integer.class).single()).isEqualTo(44);
        }
        try (ConfigurableApplicationContext again = start("production", null)) {
            assertThat(again.getBean(JdbcClient.class).sql("select count(*) from user_account")
                    .query(Integer.class).single()).isEqualTo(1);
        }
    }

    @Test
    void refusesADatabaseThatHoldsDemoAccounts() {
        start("demo", null).close();

        assertThatThrownBy(() -> start("production", "a-long-admin-password"))
                .satisfies(e -> assertThat(NestedExceptionUtils.getMostSpecificCause(e)).hasMessageContaining("demo account"));
    }
}
