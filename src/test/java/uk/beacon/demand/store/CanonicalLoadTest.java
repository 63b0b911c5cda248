package uk.beacon.demand.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;
import uk.beacon.demand.domain.CsvParts;
import uk.beacon.demand.domain.DemandImport;
import uk.beacon.demand.domain.ImportException;
import uk.beacon.demand.domain.profile.Profile;
import uk.beacon.demand.domain.profile.ProfileGrouping;

/**
 * Beacon's canonical CSV through DuckDB's reader: every rule checked, the first broken one named, nothing
 * half-stored; each test on a whole file, on a file in parts of one record each (as a large upload is
 * stored while it arrives), and in parts of 1 MB.
 */
@ParameterizedClass(name = "{0}")
@ValueSource(longs = {0, 1, 1 << 20})
class CanonicalLoadTest {

    static final String HEADER = "incident_id,created_at,month,raw_type,priority,latitude,longitude,lsoa,beat,"
            + "first_arrival_at,cleared_at,units,officer_minutes,outcome\n";
    static final String GOOD = "g1,2024-02-01T10:00:00Z,2024-02,Assault,1,51.5,-0.1,E01,,"
            + "2024-02-01T10:08:00Z,2024-02-01T11:08:00Z,1,,Arrest\n";

    @TempDir
    Path dir;

    private final long partBytes;
    private DemandDatabases databases;
    private DemandStore store;

    /** @param partBytes the size of parts to write the file in; 0 for the whole file at once */
    CanonicalLoadTest(long partBytes) {
        this.partBytes = partBytes;
    }

    @BeforeEach
    void open() {
        databases = new DemandDatabases(dir.resolve("demand"));
        store = new DemandStore(databases);
    }

    @AfterEach
    void close() {
        databases.destroy();
    }

    private List<DemandImport> load(String name, String body) throws Exception {
        return load(store, dir, partBytes, name, body);
    }

    /** Imports the body under the canonical header, whole ({@code partBytes} 0) or in parts of the size. */
    static List<DemandImport> load(DemandStore store, Path dir, long partBytes, String name, String body)
            throws Exception {
        Path file = Files.writeString(dir.resolve(name), HEADER + body, StandardCharsets.UTF_8);
        if (partBytes == 0) {
            return store.importFiles("kent", "cad", true,
                    List.of(DemandStore.ImportFile.canonical(name, "sum-" + name, file)), "analyst.kent");
        }
        CanonicalParts parts = CanonicalParts.arriving();
        try (InputStream in = Files.newInputStream(file)) {
            parts.end(CsvParts.split(in, Files.createTempDirectory(dir, "parts-"), partBytes, parts::add).firstColumn());
        }
        return store.importFiles("kent", "cad", true,
                List.of(DemandStore.ImportFile.canonical(name, () -> "sum-" + name, parts)), "analyst.kent");
    }

    private void assertRefused(String body, String message) throws Exception {
        assertThatThrownBy(() -> load("bad.csv", body)).isInstanceOf(ImportException.class).hasMessage(message);
        assertThat(store.imports("kent")).isEmpty();
    }

    @Test
    void loadsAGoodFileWithOfficerMinutesFromItsTimes() throws Exception {
        List<DemandImport> imports = load("good.csv", GOOD + "g2,,2024-03,Theft,,,,,,,,,,\n");

        assertThat(imports).singleElement().satisfies(record -> {
            assertThat(record.rows()).isEqualTo(2);
            assertThat(record.incidents()).isEqualTo(2);
            assertThat(record.firstMonth()).hasToString("2024-02-01");
            assertThat(record.lastMonth()).hasToString("2024-03-01");
        });
        var profile = new ProfileQuery(databases).profile("kent", java.time.YearMonth.of(2024, 1),
                java.time.YearMonth.of(2024, 12), ProfileGrouping.WORK_TYPE);
        assertThat(profile.totals().officerHours()).isEqualTo(1.0);
    }

    @Test
    void readsATimeWithAnOffsetAsTheInstantItNames() throws Exception {
        // 00:30 on 1 March at UTC+1 is 23:30 UTC on 29 February: a February incident.
        load("offset.csv", "o1,2024-03-01T00:30:00+01:00,2024-02,Theft,,,,,,,,,,\n");

        var profile = new ProfileQuery(databases).profile("kent", java.time.YearMonth.of(2024, 2),
                java.time.YearMonth.of(2024, 2), ProfileGrouping.HOUR_OF_WEEK);
        // Thursday 29 February 2024, 23:00 in London (GMT in winter).
        assertThat(profile.rows()).extracting(Profile.Row::key).containsExactly("4 Thu 23:00");
    }

    @Test
    void givesTheHourOfTheWeekInUkTimeOnEitherSideOfTheClockChanges() throws Exception {
        load("seasons.csv", """
                w1,2024-03-31T00:59:59Z,2024-03,Theft,,,,,,,,,,
                w2,2024-03-31T01:00:00Z,2024-03,Theft,,,,,,,,,,
                s1,2024-07-01T09:15:00Z,2024-07,Theft,,,,,,,,,,
                a1,2024-10-27T00:59:59Z,2024-10,Theft,,,,,,,,,,
                a2,2024-10-27T01:00:00Z,2024-10,Theft,,,,,,,,,,
                """);

        var profile = new ProfileQuery(databases).profile("kent", java.time.YearMonth.of(2024, 1),
                java.time.YearMonth.of(2024, 12), ProfileGrouping.HOUR_OF_WEEK);
        // Clocks go forward at 01:00 UTC on 31 March and back at 01:00 UTC on 27 October 2024 (Sundays).
        assertThat(profile.rows()).extracting(Profile.Row::key, Profile.Row::incidents).containsExactly(
                org.assertj.core.groups.Tuple.tuple("1 Mon 10:00", 1L),
                org.assertj.core.groups.Tuple.tuple("7 Sun 00:00", 1L),
                org.assertj.core.groups.Tuple.tuple("7 Sun 01:00", 2L),
                org.assertj.core.groups.Tuple.tuple("7 Sun 02:00", 1L));
    }

    @Test
    void classifiesATypeWrittenDifferentlyFromTheTaxonomy() throws Exception {
        load("variants.csv", "v1,,2024-06,  ASSAULT ,,,,,,,,,,\nv2,,2024-06,Assault,,,,,,,,,,\nv3,,2024-06,Teleport,,,,,,,,,,\n");

        var profile = new ProfileQuery(databases).profile("kent", java.time.YearMonth.of(2024, 6),
                java.time.YearMonth.of(2024, 6), ProfileGrouping.WORK_TYPE);
        assertThat(profile.rows()).extracting(Profile.Row::key, Profile.Row::incidents).containsExactly(
                org.assertj.core.groups.Tuple.tuple("VIOLENT_CRIME", 2L),
                org.assertj.core.groups.Tuple.tuple("UNMAPPED", 1L));
        assertThat(profile.totals().crimeIncidents()).isEqualTo(2);
    }

    @Test
    void groupsIncidentsWithATimeIntoWeeksFromMonday() throws Exception {
        load("weeks.csv", """
                k1,2024-01-07T23:59:59Z,2024-01,Theft,,,,,,,,,,
                k2,2024-01-08T00:00:00Z,2024-01,Theft,,,,,,,,,,
                k3,2024-01-14T12:00:00Z,2024-01,Theft,,,,,,,,,,
                k4,,2024-01,Theft,,,,,,,,,,
                """);

        var profile = new ProfileQuery(databases).profile("kent", java.time.YearMonth.of(2024, 1),
                java.time.YearMonth.of(2024, 1), ProfileGrouping.WEEK);
        // Sunday 7 January is in the week of Monday 1 January; the month-only incident has no week.
        assertThat(profile.rows()).extracting(Profile.Row::key, Profile.Row::incidents).containsExactly(
                org.assertj.core.groups.Tuple.tuple("2024-01-01", 1L),
                org.assertj.core.groups.Tuple.tuple("2024-01-08", 2L));
    }

    @Test
    void namesATimeThatCannotBeRead() throws Exception {
        assertRefused(GOOD + "g2,yesterday,2024-02,Theft,,,,,,,,,,\n",
                "bad.csv line 3, column created_at: 'yesterday' cannot be read as an ISO-8601 date and time");
    }

    @Test
    void namesAMonthThatIsNotTheMonthOfItsTime() throws Exception {
        assertRefused(GOOD + "g2,2024-03-01T00:30:00Z,2024-02,Theft,,,,,,,,,,\n",
                "bad.csv line 3, column month: '2024-02' is not the month of created_at");
    }

    @Test
    void namesAnIncidentIdGivenTwice() throws Exception {
        assertRefused(GOOD + "g1,,2024-02,Theft,,,,,,,,,,\n",
                "bad.csv line 3, column incident_id: 'g1' appears more than once; a canonical file has one row per "
                        + "incident");
    }

    @Test
    void namesAnArrivalBeforeTheCall() throws Exception {
        assertRefused("g1,2024-02-01T10:00:00Z,2024-02,Assault,1,,,,,2024-02-01T09:00:00Z,,,,\n",
                "bad.csv line 2, column first_arrival_at: '2024-02-01 09:00:00+00' is before the incident was created");
    }

    @Test
    void namesAPriorityOutOfRangeAndAnEmptyType() throws Exception {
        assertRefused(GOOD + "g2,,2024-02,Theft,12,,,,,,,,,\n", "bad.csv line 3, column priority: '12' is outside 1 to 9");
        assertRefused(GOOD + "g2,,2024-02,,,,,,,,,,,\n", "bad.csv line 3, column raw_type: is empty");
        assertRefused(GOOD + "g2,,2024-02,   ,,,,,,,,,,\n", "bad.csv line 3, column raw_type: is empty");
        assertRefused(GOOD + " ,,2024-02,Theft,,,,,,,,,,\n", "bad.csv line 3, column incident_id: is empty");
    }

    @Test
    void namesARepeatedIdByTheLineOfItsSecondAppearanceAcrossParts() throws Exception {
        assertRefused(GOOD + "g2,,2024-02,Theft,,,,,,,,,,\n" + "g3,,2024-02,Theft,,,,,,,,,,\n"
                + "g2,,2024-02,Theft,,,,,,,,,,\n", "bad.csv line 5, column incident_id: 'g2' appears more than once; "
                + "a canonical file has one row per incident");
    }

    @Test
    void takesAQuotedIdForTheSameIdBare() throws Exception {
        assertRefused(GOOD + "g2,,2024-02,Theft,,,,,,,,,,\n" + "\"g2\",,2024-02,Theft,,,,,,,,,,\n",
                "bad.csv line 4, column incident_id: 'g2' appears more than once; a canonical file has one row per "
                        + "incident");
    }

    @Test
    void keepsARecordWithAQuotedLineBreakWhole() throws Exception {
        List<DemandImport> imports = load("quoted.csv", GOOD + "g2,,2024-02,Theft,,,,,,,,,,\"Street\nbail\"\n"
                + "g3,,2024-02,Theft,,,,,,,,,,\n");

        assertThat(imports).singleElement().satisfies(record -> assertThat(record.incidents()).isEqualTo(3));
    }

    @Test
    void countsAQuotedLineBreakAsALineWhenNamingALater() throws Exception {
        assertRefused(GOOD + "g2,,2024-02,Theft,,,,,,,,,,\"Street\nbail\"\n" + "g3,,2024-02,Theft,0,,,,,,,,,\n",
                "bad.csv line 5, column priority: '0' is outside 1 to 9");
    }

    @Test
    void tellsHowManyBytesAreStoredAfterEachPartAndStopsWithNothingStoredWhenTheListenerSaysSo() throws Exception {
        String file = HEADER + GOOD + "g2,,2024-02,Theft,,,,,,,,,,\n" + "g3,,2024-02,Theft,,,,,,,,,,\n";
        Path folder = Files.createTempDirectory(dir, "parts-");
        CanonicalParts parts = CanonicalParts.whole(Files.writeString(dir.resolve("told.csv"), file));
        if (partBytes != 0) {
            parts = CanonicalParts.arriving();
            CsvParts.split(new java.io.ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)), folder, partBytes,
                    parts::add);
            parts.end();
        }
        List<Long> told = new java.util.ArrayList<>();
        parts.onStored(told::add);

        store.importFiles("kent", "cad", true, List.of(DemandStore.ImportFile.canonical("told.csv", () -> "s1", parts)),
                "analyst.kent");

        assertThat(told).isSorted().last().isEqualTo((long) file.length());
        assertThat(told).hasSize(partBytes == 1 ? 4 : 1);

        CanonicalParts again = CanonicalParts.whole(Files.writeString(dir.resolve("stopped.csv"), HEADER + GOOD
                .replace("g1", "s1")));
        again.onStored(bytes -> {
            throw new IllegalStateException("cancelled");
        });
        assertThatThrownBy(() -> store.importFiles("kent", "cad", true,
                List.of(DemandStore.ImportFile.canonical("stopped.csv", () -> "s2", again)), "analyst.kent"))
                .hasMessage("cancelled");
        assertThat(store.imports("kent")).extracting(DemandImport::fileName).containsExactly("told.csv");
    }

    @Test
    void refusesAFileWhoseHeaderIsNotTheCanonicalOne() throws Exception {
        Path file = Files.writeString(dir.resolve("other.csv"), "id,when\n1,2\n");

        assertThatThrownBy(() -> store.importFiles("kent", "cad", true,
                List.of(DemandStore.ImportFile.canonical("other.csv", "x", file)), "a"))
                .hasMessageStartingWith("other.csv line 1: the header must be incident_id,created_at,");
    }
}
