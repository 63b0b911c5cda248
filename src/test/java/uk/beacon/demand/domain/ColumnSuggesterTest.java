package uk.beacon.demand.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Suggestions from what a file's columns hold, not only from their names. */
class ColumnSuggesterTest {

    /** The suggestion for a small file written as lines of comma-separated values, the first its header. */
    private static ColumnMapping suggest(String... lines) {
        List<String> header = Arrays.asList(lines[0].split(",", -1));
        List<List<String>> rows = Arrays.stream(lines).skip(1).map(line -> Arrays.asList(line.split(",", -1)))
                .toList();
        return ColumnSuggester.suggest(header, rows);
    }

    @Test
    void usTwelveHourTimesAreFoundWhateverTheColumnIsCalledAndReadMonthFirst() {
        ColumnMapping mapping = suggest("Call Number,Response Date,Problem",
                "23-001,03/14/2023 11:05:12 PM,Burglary",
                "23-002,03/15/2023 1:40:00 AM,Disturbance",
                "23-003,03/15/2023 9:02:45 AM,Burglary");

        assertThat(mapping.createdAt()).isEqualTo("Response Date");
        assertThat(mapping.dateTimePattern()).isEqualTo("MM/dd/yyyy h:mm:ss a");
        assertThat(mapping.incidentId()).isEqualTo("Call Number");
        assertThat(mapping.type()).isEqualTo("Problem");
    }

    @Test
    void ukTwentyFourHourTimesAreReadDayFirst() {
        ColumnMapping mapping = suggest("ref,when,what",
                "A1,31/01/2021 09:30,Theft",
                "A2,01/02/2021 17:45,Theft");

        assertThat(mapping.createdAt()).isEqualTo("when");
        assertThat(mapping.dateTimePattern()).isEqualTo("dd/MM/yyyy HH:mm");
    }

    @Test
    void dayOrMonthFirstIsDecidedByAValueAboveTwelve() {
        assertThat(suggest("id,type,logged", "1,a,01/02/2021 09:30", "2,a,02/13/2021 10:00").dateTimePattern())
                .isEqualTo("MM/dd/yyyy HH:mm");
        assertThat(suggest("id,type,logged", "1,a,01/02/2021 09:30", "2,a,13/02/2021 10:00").dateTimePattern())
                .isEqualTo("dd/MM/yyyy HH:mm");
    }

    @Test
    void isoTimesWithOrWithoutAnOffsetAreIso() {
        assertThat(suggest("id,type,logged", "1,a,2021-01-31T09:30:00", "2,a,2021-06-30T10:00:00").dateTimePattern())
                .isEqualTo("ISO");
        ColumnMapping offsets = suggest("id,type,logged", "1,a,2021-01-31T09:30:00Z", "2,a,2021-06-30T10:00:00+01:00");
        assertThat(offsets.dateTimePattern()).isEqualTo("ISO");
        assertThat(offsets.createdAt()).isEqualTo("logged");
    }

    @Test
    void excelSerialDaysAreTimesButWholeNumbersAndSmallDecimalsAreNot() {
        ColumnMapping mapping = suggest("id,type,minutes,logged",
                "1,a,12.5,44227.395833333336",
                "2,a,30.25,44228.75");

        assertThat(mapping.createdAt()).isEqualTo("logged");
        assertThat(mapping.dateTimePattern()).isEqualTo("EXCEL");
        assertThat(mapping.incidentId()).isEqualTo("id");
    }

    @Test
    void aTextColumnIsNeverSuggestedAsATimeNorATimeColumnAsText() {
        ColumnMapping mapping = suggest("Incident,Call Source,Created,Clearance Description,Cleared,Call Type",
                "1001,999,31/01/2021 09:30,Cleared by unit 12,31/01/2021 10:15,Burglary",
                "1002,101,31/01/2021 09:40,Advice given,31/01/2021 11:00,Theft",
                "1003,999,31/01/2021 09:45,Cleared by unit 12,31/01/2021 09:50,Burglary");

        assertThat(mapping.createdAt()).isEqualTo("Created");
        assertThat(mapping.clearedAt()).isEqualTo("Cleared");
        assertThat(mapping.outcome()).isEqualTo("Clearance Description");
        assertThat(mapping.type()).isEqualTo("Call Type");
        assertThat(mapping.columns()).doesNotHaveDuplicates();
    }

    @Test
    void arrivalAndClearanceAreTheTimesLaterThanCreationInTheirOrder() {
        ColumnMapping unnamed = suggest("ref,kind,t1,t2,t3",
                "R1,Theft,2021-01-31T09:30:00,2021-01-31T09:41:00,2021-01-31T10:30:00",
                "R2,Theft,2021-01-31T11:00:00,2021-01-31T11:20:00,2021-01-31T12:05:00",
                "R3,Assault,2021-01-31T13:15:00,2021-01-31T13:19:00,2021-01-31T13:59:00");
        assertThat(unnamed.createdAt()).isEqualTo("t1");
        assertThat(unnamed.firstArrivalAt()).isEqualTo("t2");
        assertThat(unnamed.clearedAt()).isEqualTo("t3");

        // A column named for arrival whose times come before creation is not the arrival.
        ColumnMapping before = suggest("ref,kind,created,arrived",
                "R1,Theft,2021-01-31T09:30:00,2021-01-31T09:10:00",
                "R2,Theft,2021-01-31T11:00:00,2021-01-31T10:20:00");
        assertThat(before.createdAt()).isEqualTo("created");
        assertThat(before.firstArrivalAt()).isNull();
    }

    @Test
    void aDispatchTimeIsNeitherTheArrivalNorTheClearance() {
        ColumnMapping mapping = suggest("ref,kind,Received,Dispatched,On Scene,Closed",
                "R1,Theft,2021-01-31T09:30:00,2021-01-31T09:32:00,2021-01-31T09:41:00,2021-01-31T10:30:00",
                "R2,Theft,2021-01-31T11:00:00,2021-01-31T11:01:00,2021-01-31T11:20:00,2021-01-31T12:05:00");

        assertThat(mapping.createdAt()).isEqualTo("Received");
        assertThat(mapping.firstArrivalAt()).isEqualTo("On Scene");
        assertThat(mapping.clearedAt()).isEqualTo("Closed");
    }

    @Test
    void latitudeAndLongitudeAreFoundByTheirRangesAndTheZoneFromTheirCountry() {
        ColumnMapping dallas = suggest("id,type,logged,Y,X",
                "1,a,2021-01-31T09:30:00,32.7767,-96.7970",
                "2,a,2021-01-31T10:30:00,32.8102,-96.7011");
        assertThat(dallas.latitude()).isEqualTo("Y");
        assertThat(dallas.longitude()).isEqualTo("X");
        assertThat(dallas.timeZone()).isEqualTo("America/Chicago");

        // London's longitudes are small enough to be latitudes; the pair only makes sense one way round.
        ColumnMapping london = suggest("id,type,logged,a,b",
                "1,a,2021-01-31T09:30:00,-0.0921,51.5155",
                "2,a,2021-01-31T10:30:00,-0.1011,51.5201");
        assertThat(london.latitude()).isEqualTo("b");
        assertThat(london.longitude()).isEqualTo("a");
        assertThat(london.timeZone()).isEqualTo("Europe/London");

        ColumnMapping losAngeles = suggest("id,type,logged,lat,lon", "1,a,2021-01-31T09:30:00,34.0522,-118.2437");
        assertThat(losAngeles.timeZone()).isEqualTo("America/Los_Angeles");
        ColumnMapping newYork = suggest("id,type,logged,lat,lon", "1,a,2021-01-31T09:30:00,40.7128,-74.0060");
        assertThat(newYork.timeZone()).isEqualTo("America/New_York");
    }

    @Test
    void withoutCoordinatesTheZoneIsTheUks() {
        assertThat(suggest("id,type,logged", "1,a,2021-01-31T09:30:00").timeZone()).isEqualTo("Europe/London");
        assertThat(suggest("id,type,logged", "1,a,2021-01-31T09:30:00").latitude()).isNull();
    }

    @Test
    void theIncidentIdIsTheColumnWhoseValuesAreUnique() {
        ColumnMapping mapping = suggest("Shift,Job,Category,Opened",
                "Early,J-1001,Theft,2021-01-31T09:30:00",
                "Early,J-1002,Theft,2021-01-31T09:31:00",
                "Late,J-1003,Assault,2021-01-31T19:30:00");

        assertThat(mapping.incidentId()).isEqualTo("Job");
        assertThat(mapping.type()).isEqualTo("Category");
        assertThat(mapping.createdAt()).isEqualTo("Opened");
    }

    @Test
    void theIdIsNotAnyColumnNamedForTheIncident() {
        ColumnMapping mapping = suggest("Incident Type,Incident Number,Logged",
                "Theft,I-1,2021-01-31T09:30:00",
                "Theft,I-2,2021-01-31T09:31:00");

        assertThat(mapping.incidentId()).isEqualTo("Incident Number");
        assertThat(mapping.type()).isEqualTo("Incident Type");
    }

    @Test
    void aMonthColumnIsSuggestedWhereItsValuesAreMonths() {
        ColumnMapping canonical = suggest("incident_id,created_at,month,raw_type",
                "x1,2017-05-01T10:00:00Z,2017-05,Assault",
                "x2,,2017-05,Mystery call");
        assertThat(canonical.createdAt()).isEqualTo("created_at");
        assertThat(canonical.month()).isEqualTo("month");
        assertThat(canonical.type()).isEqualTo("raw_type");

        ColumnMapping monthsOnly = suggest("ref,period,offence", "A1,2021-01,Theft", "A2,2021-02,Theft");
        assertThat(monthsOnly.month()).isEqualTo("period");
        assertThat(monthsOnly.createdAt()).isNull();
    }

    @Test
    void aPriorityColumnIsSuggestedOnlyWhenItHoldsTheNumbersOneToNine() {
        assertThat(suggest("id,type,logged,priority", "1,a,2021-01-31T09:30:00,2").priority()).isEqualTo("priority");
        assertThat(suggest("id,type,logged,priority", "1,a,2021-01-31T09:30:00,P2").priority()).isNull();
    }

    @Test
    void anLsoaColumnIsFoundByItsCodes() {
        assertThat(suggest("id,type,logged,area", "1,a,2021-01-31T09:30:00,E01000001",
                "2,a,2021-01-31T09:30:00,W01000002").lsoa()).isEqualTo("area");
    }
}
