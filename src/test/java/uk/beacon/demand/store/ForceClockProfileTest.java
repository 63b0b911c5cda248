package uk.beacon.demand.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.beacon.demand.domain.CadReader;
import uk.beacon.demand.domain.ColumnMapping;
import uk.beacon.demand.domain.ForceClock;
import uk.beacon.demand.domain.profile.Profile;
import uk.beacon.demand.domain.profile.ProfileGrouping;

/**
 * One clock per force: whatever zone a file's times are written in, a force's months, weeks and hours
 * of the week are counted in UK time. Each test's expected counts are worked out here, from the
 * file's own text, with java.time in Europe/London.
 */
class ForceClockProfileTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
    private static final DateTimeFormatter WRITTEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter ISO_WITH_OFFSET = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");
    private static final String[] DAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    private static final YearMonth FROM = YearMonth.of(2023, 12);
    private static final YearMonth TO = YearMonth.of(2025, 1);

    @TempDir
    Path dir;

    private DemandDatabases databases;
    private DemandStore store;

    @BeforeEach
    void open() {
        databases = new DemandDatabases(dir.resolve("demand"));
        store = new DemandStore(databases);
    }

    @AfterEach
    void close() {
        databases.destroy();
    }

    /**
     * Instants where the zones disagree on the month, the week or the hour: the half hours either side
     * of midnight (London) at every month end of 2024, either side of the UK clock changes (31 March,
     * 27 October) and of the US ones (10 March, 3 November), and Sunday to Monday midnights in summer.
     */
    static List<Instant> awkwardInstants() {
        List<Instant> instants = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            ZonedDateTime midnight = YearMonth.of(2024, month).plusMonths(1).atDay(1).atStartOfDay(LONDON);
            for (int minutes : new int[] {-61, -30, -1, 0, 1, 30, 61}) {
                instants.add(midnight.plusMinutes(minutes).toInstant());
            }
        }
        for (String change : List.of("2024-03-31T01:00:00Z", "2024-10-27T01:00:00Z", "2024-03-10T08:00:00Z",
                "2024-11-03T07:00:00Z")) {
            Instant at = Instant.parse(change);
            for (int minutes : new int[] {-90, -59, -30, -1, 0, 1, 30, 59, 90}) {
                instants.add(at.plusSeconds(minutes * 60L));
            }
        }
        for (String sunday : List.of("2024-03-17", "2024-07-07", "2024-10-27", "2024-11-03")) {
            ZonedDateTime monday = LocalDateTime.parse(sunday + "T00:00:00").plusDays(1).atZone(LONDON);
            for (int minutes : new int[] {-45, -5, 5, 45}) {
                instants.add(monday.plusMinutes(minutes).toInstant());
            }
        }
        return instants;
    }

    /** What java.time makes of the file's times in London: the counts the profile must give. */
    private record Expected(Map<String, Long> months, Map<String, Long> weeks, Map<String, Long> hours) {

        static Expected of(List<Instant> created) {
            Map<String, Long> months = new TreeMap<>();
            Map<String, Long> weeks = new TreeMap<>();
            Map<String, Long> hours = new TreeMap<>();
            for (Instant instant : created) {
                ZonedDateTime local = instant.atZone(LONDON);
                months.merge(YearMonth.from(local).toString(), 1L, Long::sum);
                weeks.merge(local.toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).toString(),
                        1L, Long::sum);
                int day = local.getDayOfWeek().getValue();
                hours.merge(String.format(Locale.ROOT, "%d %s %02d:00", day, DAYS[day - 1], local.getHour()), 1L,
                        Long::sum);
            }
            return new Expected(months, weeks, hours);
        }
    }

    private Map<String, Long> counts(ProfileGrouping grouping) {
        Map<String, Long> counts = new TreeMap<>();
        for (Profile.Row row : new ProfileQuery(databases).profile("kent", FROM, TO, grouping).rows()) {
            counts.put(row.key(), row.incidents());
        }
        return counts;
    }

    private void assertCountedInLondon(List<Instant> created) {
        Expected expected = Expected.of(created);
        assertThat(counts(ProfileGrouping.MONTH)).isEqualTo(expected.months());
        assertThat(counts(ProfileGrouping.WEEK)).isEqualTo(expected.weeks());
        assertThat(counts(ProfileGrouping.HOUR_OF_WEEK)).isEqualTo(expected.hours());
    }

    @Test
    void aCadExportWrittenInChicagoTimeIsCountedByMonthWeekAndHourInUkTime() throws Exception {
        StringBuilder csv = new StringBuilder("Incident,Created,Type,Arrived\n");
        List<Instant> created = new ArrayList<>();
        int n = 0;
        for (Instant instant : awkwardInstants()) {
            String written = WRITTEN.format(instant.atZone(CHICAGO));
            // As java.time reads the text in Chicago (in the hour that comes twice, the earlier).
            created.add(LocalDateTime.parse(written, WRITTEN).atZone(CHICAGO).toInstant());
            csv.append("C").append(++n).append(',').append(written).append(",Theft,")
                    .append(WRITTEN.format(instant.plusSeconds(7 * 60).atZone(CHICAGO))).append('\n');
        }
        ColumnMapping mapping = new ColumnMapping("chicago", "Incident", "Created", null, "Type", null, "Arrived",
                null, null, null, null, null, null, null, null, null, "yyyy-MM-dd HH:mm:ss", "America/Chicago");

        importCad("chicago.csv", csv.toString(), mapping);

        assertCountedInLondon(created);
        assertThat(new ProfileQuery(databases).responseTimes("kent", FROM, TO, Map.of()))
                .singleElement().satisfies(times -> assertThat(times.medianMinutes()).isEqualTo(7.0));
    }

    @Test
    void aCadExportWrittenInUtcIsCountedInUkTime() throws Exception {
        StringBuilder csv = new StringBuilder("Incident,Created,Type\n");
        List<Instant> created = awkwardInstants();
        int n = 0;
        for (Instant instant : created) {
            csv.append("U").append(++n).append(',').append(WRITTEN.format(instant.atOffset(ZoneOffset.UTC)))
                    .append(",Theft\n");
        }
        ColumnMapping mapping = new ColumnMapping("utc", "Incident", "Created", null, "Type", null, null, null, null,
                null, null, null, null, null, null, null, "yyyy-MM-dd HH:mm:ss", "UTC");

        importCad("utc.csv", csv.toString(), mapping);

        assertCountedInLondon(created);
    }

    @Test
    void aCanonicalFileWithOffsetsIsCountedInUkTimeAndKeepsItsMonths() throws Exception {
        StringBuilder csv = new StringBuilder(CanonicalLoadTest.HEADER);
        List<Instant> created = awkwardInstants();
        List<ZoneId> zones = List.of(ZoneOffset.UTC, CHICAGO, LONDON, ZoneId.of("Asia/Kolkata"));
        int n = 0;
        for (Instant instant : created) {
            // ISO-8601 with an offset, in one zone or another; the month is the one in UK time.
            String written = ISO_WITH_OFFSET.format(instant.atZone(zones.get(n % zones.size())));
            csv.append("K").append(++n).append(',').append(written).append(',')
                    .append(YearMonth.from(instant.atZone(LONDON))).append(",Theft,,,,,,,,,,\n");
        }
        Path file = Files.writeString(dir.resolve("offsets.csv"), csv, StandardCharsets.UTF_8);

        store.importFiles("kent", "cad", true,
                List.of(DemandStore.ImportFile.canonical("offsets.csv", "sum-offsets", file)), "analyst.kent");

        assertCountedInLondon(created);
    }

    @Test
    void anArrivalInTheHourThatComesTwiceIsTheLaterOneWhenTheEarlierWouldBeBeforeTheCall() throws Exception {
        // 01:50 BST, then 01:05 GMT after the clocks go back on 27 October 2024: fifteen minutes.
        String csv = "Incident,Created,Type,Arrived\nA1,2024-10-27 01:50:00,Theft,2024-10-27 01:05:00\n";
        ColumnMapping mapping = new ColumnMapping("london", "Incident", "Created", null, "Type", null, "Arrived",
                null, null, null, null, null, null, null, null, null, "yyyy-MM-dd HH:mm:ss", "Europe/London");

        importCad("autumn.csv", csv, mapping);

        assertThat(new ProfileQuery(databases).responseTimes("kent", FROM, TO, Map.of()))
                .singleElement().satisfies(times -> assertThat(times.medianMinutes()).isEqualTo(15.0));
    }

    private void importCad(String name, String csv, ColumnMapping mapping) throws Exception {
        store.importFiles("kent", "cad", true, List.of(DemandStore.ImportFile.rows(name, () -> "sum-" + name,
                sink -> CadReader.read(new StringReader(csv), name, mapping, ForceClock.of("kent"), sink))), "analyst.kent");
    }
}
