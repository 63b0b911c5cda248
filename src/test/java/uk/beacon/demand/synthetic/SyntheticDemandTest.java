package uk.beacon.demand.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.beacon.demand.domain.CanonicalCsv;

class SyntheticDemandTest {

    /** The raw CAD call types the generator must use, spelt as the shipped taxonomy expects them. */
    static final List<String> RAW_CALL_TYPES = List.of("Assault", "Domestic abuse", "Robbery", "Sexual offence",
            "Weapons", "Burglary dwelling", "Burglary business", "Theft", "Shoplifting", "Vehicle crime", "Fraud",
            "Criminal damage", "Drugs", "Other crime", "Anti-social behaviour", "Noise nuisance",
            "Concern for welfare", "Sudden death", "Collapse or illness", "Mental health", "Suicidal person",
            "Missing person", "Absconder", "Road traffic collision", "Traffic offence", "Highway disruption",
            "Disturbance", "Public order", "Licensing", "Stop and search", "Warrant", "Patrol request",
            "Lost or found property", "Alarm", "Abandoned call", "Admin", "Message to pass");

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final SyntheticDemandParameters HUNDRED_THOUSAND = SyntheticDemandParameters.defaults()
            .withIncidents(100_000L);

    private static String hundredThousandCsv;
    private static List<CSVRecord> hundredThousand;

    @BeforeAll
    static void generateOnce() throws IOException {
        hundredThousandCsv = csv(HUNDRED_THOUSAND);
        hundredThousand = parse(hundredThousandCsv);
    }

    static String csv(SyntheticDemandParameters parameters) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SyntheticDemand.writeCsv(parameters, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    static List<CSVRecord> parse(String csv) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        return format.parse(new StringReader(csv)).getRecords();
    }

    private static Instant instant(String text) {
        return Instant.parse(text);
    }

    private static List<CSVRecord> withPriority(int priority) {
        return hundredThousand.stream().filter(row -> Integer.parseInt(row.get("priority")) == priority).toList();
    }

    @Test
    void theSameSeedAndParametersGiveByteIdenticalOutput() throws IOException {
        SyntheticDemandParameters parameters = SyntheticDemandParameters.defaults().withIncidents(20_000L);

        assertThat(csv(parameters)).isEqualTo(csv(parameters));
    }

    @Test
    void theOutputDoesNotDependOnTheNumberOfThreads() throws IOException {
        SyntheticDemandParameters parameters = SyntheticDemandParameters.defaults().withIncidents(30_000L);

        assertThat(csv(parameters.withThreads(1))).isEqualTo(csv(parameters.withThreads(3)));
    }

    @Test
    void aDifferentSeedGivesDifferentIncidents() throws IOException {
        SyntheticDemandParameters parameters = SyntheticDemandParameters.defaults().withIncidents(20_000L);

        String first = csv(parameters.withSeed(1));
        String second = csv(parameters.withSeed(2));

        assertThat(first).isNotEqualTo(second);
        // Not merely shifted: the rows themselves differ.
        Set<String> firstRows = new HashSet<>(first.lines().skip(1).toList());
        long shared = second.lines().skip(1).filter(firstRows::contains).count();
        assertThat(shared).isLessThan(100);
    }

    @Test
    void writesExactlyTheRequestedNumberOfIncidents() throws IOException {
        for (long count : new long[] { 0, 1, IncidentSchedule.BATCH_SIZE + 1, 12_345 }) {
            SyntheticDemandParameters parameters = SyntheticDemandParameters.defaults().withIncidents(count);
            ByteArrayOutputStream out = new ByteArrayOutputStream();

            SyntheticDemand.Result result = SyntheticDemand.writeCsv(parameters, out);

            assertThat(result.incidents()).isEqualTo(count);
            assertThat(result.bytes()).isEqualTo(out.size());
            assertThat(parse(out.toString(StandardCharsets.UTF_8))).hasSize((int) count);
        }
    }

    @Test
    void everyRowFollowsTheCanonicalCsvRules() {
        assertThat(hundredThousandCsv.lines().findFirst()).hasValue(String.join(",", CanonicalCsv.HEADER));
        assertThat(hundredThousand).hasSize(100_000);
        Set<String> ids = new HashSet<>();
        DateTimeFormatter compactDate = DateTimeFormatter.ofPattern("uuuuMMdd").withZone(ZoneOffset.UTC);
        for (CSVRecord row : hundredThousand) {
            assertThat(row.size()).isEqualTo(CanonicalCsv.HEADER.size());
            String id = row.get("incident_id");
            assertThat(ids.add(id)).as("unique id %s", id).isTrue();

            String createdText = row.get("created_at");
            assertThat(createdText).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
            Instant created = instant(createdText);
            assertThat(row.get("month")).as("the month of created_at in UK time")
                    .isEqualTo(YearMonth.from(created.atZone(java.time.ZoneId.of("Europe/London"))).toString());
            assertThat(id).as("the id carries its UTC date").matches("SYN-\\d{8}-\\d{6,}")
                    .startsWith("SYN-" + compactDate.format(created) + "-");
            assertThat(RAW_CALL_TYPES).contains(row.get("raw_type"));
            assertThat(Integer.parseInt(row.get("priority"))).isBetween(1, 4);
            assertThat(Double.parseDouble(row.get("latitude"))).isBetween(-90.0, 90.0);
            assertThat(Double.parseDouble(row.get("longitude"))).isBetween(-180.0, 180.0);
            assertThat(row.get("lsoa")).matches("[EW]01\\d{6}");
            assertThat(row.get("beat")).matches("B\\d{3,}");

            Instant cleared = instant(row.get("cleared_at"));
            String arrivalText = row.get("first_arrival_at");
            if (arrivalText.isEmpty()) {
                assertThat(row.get("units")).as("no units without an arrival").isEmpty();
                assertThat(row.get("priority")).isEqualTo("4");
                assertThat(cleared).isAfterOrEqualTo(created);
            } else {
                Instant arrival = instant(arrivalText);
                assertThat(arrival).isAfterOrEqualTo(created);
                assertThat(cleared).isAfterOrEqualTo(arrival);
                assertThat(Integer.parseInt(row.get("units"))).isGreaterThanOrEqualTo(1);
            }
            assertThat(Long.parseLong(row.get("officer_minutes"))).isGreaterThanOrEqualTo(1);
            assertThat(row.get("outcome")).isNotBlank();
        }
    }

    @Test
    void usesEveryRawCallTypeAndNoOther() {
        Set<String> seen = new HashSet<>();
        hundredThousand.forEach(row -> seen.add(row.get("raw_type")));

        assertThat(seen).containsExactlyInAnyOrderElementsOf(RAW_CALL_TYPES);
        assertThat(CallTypes.DEFAULT.stream().map(CallType::rawType).toList()).isEqualTo(RAW_CALL_TYPES);
    }

    @Test
    void rowsComeInTimeOrderWithinThePeriod() {
        Instant start = Instant.parse("2025-01-01T00:00:00Z");
        Instant end = Instant.parse("2026-01-01T00:00:00Z");
        Instant previous = start;
        for (CSVRecord row : hundredThousand) {
            Instant created = instant(row.get("created_at"));
            assertThat(created).isAfterOrEqualTo(previous).isBefore(end);
            previous = created;
        }
    }

    @Test
    void eveningsAreBusierThanFourInTheMorning() {
        long[] byLocalHour = new long[24];
        hundredThousand.forEach(row -> byLocalHour[instant(row.get("created_at")).atZone(UK).getHour()]++);

        double evening = (byLocalHour[18] + byLocalHour[19] + byLocalHour[20] + byLocalHour[21]) / 4.0;
        assertThat(evening).isGreaterThan(2.5 * byLocalHour[4]);
    }

    @Test
    void weekendSmallHoursAreBusierThanWeekdaySmallHours() {
        long weekend = 0;
        long midweek = 0;
        for (CSVRecord row : hundredThousand) {
            LocalDateTime local = instant(row.get("created_at")).atZone(UK).toLocalDateTime();
            if (local.getHour() < 4) {
                DayOfWeek day = local.getDayOfWeek();
                if (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY) {
                    weekend++;
                } else if (day == DayOfWeek.TUESDAY || day == DayOfWeek.WEDNESDAY) {
                    midweek++;
                }
            }
        }

        assertThat(weekend).isGreaterThan(midweek * 3 / 2);
    }

    @Test
    void julyIsBusierThanJanuary() {
        long july = hundredThousand.stream().filter(row -> row.get("month").equals("2025-07")).count();
        long january = hundredThousand.stream().filter(row -> row.get("month").equals("2025-01")).count();

        assertThat(july).isGreaterThan(january * 115 / 100);
    }

    @Test
    void theEmergencyShareStaysWithinAPointOfTheConfiguredShare() throws IOException {
        double share = withPriority(1).size() / (double) hundredThousand.size();
        assertThat(share).isBetween(0.11, 0.13);

        List<CSVRecord> rows = parse(csv(SyntheticDemandParameters.defaults().withIncidents(50_000L)
                .withEmergencyShare(0.20)));
        double higher = rows.stream().filter(row -> row.get("priority").equals("1")).count() / (double) rows.size();
        assertThat(higher).isBetween(0.19, 0.21);
    }

    @Test
    void mostEmergenciesAreAttendedWithinFifteenMinutes() {
        List<CSVRecord> emergencies = withPriority(1);
        long inTime = emergencies.stream().filter(row -> Duration.between(instant(row.get("created_at")),
                instant(row.get("first_arrival_at"))).compareTo(Duration.ofMinutes(15)) <= 0).count();

        assertThat(inTime / (double) emergencies.size()).isBetween(0.83, 0.91);
    }

    @Test
    void mostIncidentsNeedOneUnitAndSomeNeedMore() {
        List<Integer> units = new ArrayList<>();
        hundredThousand.stream().filter(row -> !row.get("units").isEmpty())
                .forEach(row -> units.add(Integer.parseInt(row.get("units"))));
        double single = units.stream().filter(unit -> unit == 1).count() / (double) units.size();

        assertThat(single).isBetween(0.7, 0.9);
        assertThat(units).contains(2, 3, 4, 5);
    }

    @Test
    void crimeIsAboutOneIncidentInFive() {
        Set<String> crime = new HashSet<>();
        CallTypes.DEFAULT.stream().filter(type -> type.category() == IncidentCategory.CRIME)
                .forEach(type -> crime.add(type.rawType()));
        double share = hundredThousand.stream().filter(row -> crime.contains(row.get("raw_type"))).count()
                / (double) hundredThousand.size();

        assertThat(share).isBetween(0.165, 0.195);
    }

    @Test
    void placesIncidentsInsideTheForcesBoundingBox() throws IOException {
        List<CSVRecord> city = parse(csv(SyntheticDemandParameters.defaults().withForce("city-of-london")
                .withIncidents(5_000L)));

        assertThat(city).allSatisfy(row -> assertThat(ForceAreas.CITY_OF_LONDON.contains(
                Double.parseDouble(row.get("latitude")), Double.parseDouble(row.get("longitude")))).isTrue());
        assertThat(hundredThousand).allSatisfy(row -> assertThat(ForceAreas.GREATER_LONDON.contains(
                Double.parseDouble(row.get("latitude")), Double.parseDouble(row.get("longitude")))).isTrue());
    }

    @Test
    void welshForcesGetWelshAreaCodes() throws IOException {
        List<CSVRecord> rows = parse(csv(SyntheticDemandParameters.defaults().withForce("dyfed-powys")
                .withIncidents(200L)));

        assertThat(rows).allSatisfy(row -> assertThat(row.get("lsoa")).startsWith("W01"));
    }

    @Test
    void sizesVolumeByTheForcesResidentsWhenNoCountIsGiven() {
        // 0.2 incidents a resident a year; the City of London had 15,111 residents in mid-2024.
        assertThat(SyntheticDemand.plannedIncidents(SyntheticDemandParameters.defaults().withForce("city-of-london")))
                .isEqualTo(3_022);
        assertThat(SyntheticDemand.plannedIncidents(SyntheticDemandParameters.defaults().withForce("city-of-london")
                .withPeriod(YearMonth.of(2025, 1), 6))).isEqualTo(1_511);
        assertThat(SyntheticDemand.plannedIncidents(SyntheticDemandParameters.defaults().withPopulation(1_000_000L)))
                .isEqualTo(200_000);
    }

    @Test
    void sizesVolumeByOfficersWhenOnlyOfficersAreGiven() {
        double residentsPerOfficer = ForceAreas.residentsPerOfficer();
        long planned = SyntheticDemand.plannedIncidents(SyntheticDemandParameters.defaults().withForce("somewhere")
                .withOfficers(1_000.0));

        assertThat(residentsPerOfficer).isBetween(350.0, 500.0);
        assertThat(planned).isEqualTo(Math.round(0.2 * Math.round(1_000 * residentsPerOfficer)));
    }

    @Test
    void refusesAnUnknownForceWithoutFigures() {
        assertThatThrownBy(() -> SyntheticDemand.plannedIncidents(SyntheticDemandParameters.defaults()
                .withForce("atlantis"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'atlantis' is not a force");
    }

    @Test
    void refusesAnEmergencyShareTheCallTypesCannotReach() {
        assertThatThrownBy(() -> SyntheticDemand.plannedIncidents(SyntheticDemandParameters.defaults()
                .withEmergencyShare(0.9))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot be reached");
    }
}
