package uk.beacon;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.beacon.platform.Job;
import uk.beacon.platform.JobService;
import uk.beacon.platform.JobState;
import uk.beacon.platform.Role;
import uk.beacon.platform.SignedInUser;
import uk.beacon.testsupport.TestDatabase;

/**
 * Stopping and starting Beacon on the same data keeps everything, adds nothing twice, and marks
 * work that was cut off as failed: on the embedded H2 file database and on PostgreSQL.
 */
@ParameterizedClass(name = "on {0}")
@MethodSource("uk.beacon.testsupport.TestDatabase#all")
class RestartIT {

    @TempDir
    Path dataDir;

    private final TestDatabase database;
    private TestDatabase.Open postgres;
    private final List<ConfigurableApplicationContext> running = new ArrayList<>();

    RestartIT(TestDatabase database) {
        this.database = database;
    }

    @BeforeEach
    void openPostgres() {
        if (database == TestDatabase.POSTGRESQL) {
            postgres = database.open();
        }
    }

    @AfterEach
    void stopAll() {
        running.forEach(ConfigurableApplicationContext::close);
        if (postgres != null) {
            postgres.close();
        }
    }

    /** Starts Beacon in the demo profile without BEACON_DEMO_PASSWORD, as a newcomer would. */
    private ConfigurableApplicationContext start() {
        Map<String, Object> properties = new java.util.HashMap<>(Map.of(
                "server.port", "0",
                "beacon.data-dir", dataDir.toString(),
                "beacon.demo.password", "",
                "beacon.demand.demo-data", "false"));
        if (postgres != null) {
            properties.put("spring.datasource.url", postgres.url());
        } else {
            properties.put("spring.datasource.url", "jdbc:h2:file:" + dataDir.resolve("beacon")
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        }
        // As command-line arguments, which outrank application.properties (default properties do not).
        String[] args = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(BeaconApplication.class).run(args);
        running.add(context);
        return context;
    }

    private static Map<String, Long> counts(ConfigurableApplicationContext context) {
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        Map<String, Long> counts = new java.util.TreeMap<>();
        for (String table : List.of("organisation", "user_account", "user_role")) {
            counts.put(table, jdbc.sql("select count(*) from " + table).query(Long.class).single());
        }
        return counts;
    }

    @Test
    void aSecondStartKeepsEverythingAndDuplicatesNothing() throws Exception {
        ConfigurableApplicationContext first = start();
        Map<String, Long> before = counts(first);
        String password = Files.readString(dataDir.resolve("demo-password.txt")).strip();
        first.close();

        ConfigurableApplicationContext second = start();

        assertThat(before).containsEntry("organisation", 44L + 3).containsEntry("user_account", 11L);
        assertThat(counts(second)).isEqualTo(before);
        assertThat(Files.readString(dataDir.resolve("demo-password.txt")).strip()).isEqualTo(password);
        var encoder = second.getBean(org.springframework.security.crypto.password.PasswordEncoder.class);
        String hash = second.getBean(JdbcClient.class)
                .sql("select password_hash from user_account where username = 'admin'").query(String.class).single();
        assertThat(encoder.matches(password, hash)).isTrue();
    }

    @Test
    void aJobCutOffByAStopIsMarkedFailedOnTheNextStart() throws Exception {
        ConfigurableApplicationContext first = start();
        JobService jobs = first.getBean(JobService.class);
        SignedInUser analyst = SignedInUser.of("analyst.metropolitan", "metropolitan", Role.ANALYST);
        Job job = jobs.start("test.endless", analyst, context -> {
            while (true) {
                Thread.sleep(50);
            }
        });
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (jobs.find(job.id(), analyst).state() != JobState.RUNNING && Instant.now().isBefore(deadline)) {
            Thread.sleep(20);
        }
        first.close();

        ConfigurableApplicationContext second = start();

        Job after = second.getBean(JobService.class).find(job.id(), analyst);
        assertThat(after.state()).isEqualTo(JobState.FAILED);
        assertThat(after.message()).contains("did not finish");
        assertThat(after.finishedAt()).isNotNull();
    }

    @Test
    void theUploadsOfImportsCutOffByACrashAreRemovedAtTheNextStart() throws Exception {
        Path leftover = Files.createDirectories(dataDir.resolve("uploads").resolve("metropolitan-123"));
        Files.write(leftover.resolve("upload-0"), new byte[1 << 20]);
        Files.writeString(dataDir.resolve("uploads").resolve("demo-metropolitan-1.csv"), "incident_id\n");

        start();

        try (var left = Files.list(dataDir.resolve("uploads"))) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void anImportCommittedJustBeforeACrashIsRecordedAsSucceededAtTheNextStart() throws Exception {
        ConfigurableApplicationContext first = start();
        // The state a crash leaves: the force's DuckDB committed the import of job X, but job X's record
        // still says running.
        String jobId = java.util.UUID.randomUUID().toString();
        first.getBean(JdbcClient.class).sql("""
                insert into job (id, kind, organisation_id, owner, state, progress, message, created_at, started_at)
                values (?, 'demand.import', 'metropolitan', 'analyst.metropolitan', 'running', 60, 'Storing',
                        current_timestamp, current_timestamp)""").param(jobId).update();
        String csv = "incident_id,created_at,month,raw_type,priority,latitude,longitude,lsoa,beat,first_arrival_at,"
                + "cleared_at,units,officer_minutes,outcome\nc1,2024-01-01T10:00:00Z,2024-01,Theft,1,,,,,,,,,\n";
        Path file = Files.writeString(dataDir.resolve("crash.csv"), csv);
        first.getBean(uk.beacon.demand.store.DemandStore.class).importFiles("metropolitan", "cad", true,
                List.of(uk.beacon.demand.store.DemandStore.ImportFile.canonical("crash.csv", "sum-of-crash", file)),
                "analyst.metropolitan", jobId);
        String unrelated = java.util.UUID.randomUUID().toString();
        first.getBean(JdbcClient.class).sql("""
                insert into job (id, kind, organisation_id, owner, state, progress, message, created_at, started_at)
                values (?, 'demand.import', 'metropolitan', 'analyst.metropolitan', 'running', 10, 'Reading',
                        current_timestamp, current_timestamp)""").param(unrelated).update();
        first.close();

        ConfigurableApplicationContext second = start();

        SignedInUser analyst = SignedInUser.of("analyst.metropolitan", "metropolitan", Role.ANALYST);
        Job recovered = second.getBean(JobService.class).find(jobId, analyst);
        assertThat(recovered.state()).isEqualTo(JobState.SUCCEEDED);
        assertThat(recovered.result()).contains("crash.csv", "\"incidents\":1");
        Job cutOff = second.getBean(JobService.class).find(unrelated, analyst);
        assertThat(cutOff.state()).isEqualTo(JobState.FAILED);
        assertThat(cutOff.message()).contains("did not finish");
    }
}
