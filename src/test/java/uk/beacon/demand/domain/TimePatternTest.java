package uk.beacon.demand.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The common ways CAD exports write times, each read as written, and the one that reads a value. */
class TimePatternTest {

    @Test
    void eachCommonPatternReadsTheTimeItIsNamedFor() {
        LocalDateTime nineThirty = LocalDateTime.of(2021, 1, 31, 9, 30);
        assertThat(TimePattern.of("ISO").read("2021-01-31T09:30:00")).isEqualTo(nineThirty);
        assertThat(TimePattern.of("ISO").read("2021-01-31T09:30:00+01:00"))
                .isEqualTo(OffsetDateTime.of(nineThirty, ZoneOffset.ofHours(1)));
        assertThat(TimePattern.of("ISO").read("2021-01-31T09:30:00Z"))
                .isEqualTo(OffsetDateTime.of(nineThirty, ZoneOffset.UTC));
        assertThat(TimePattern.of("dd/MM/yyyy HH:mm").read("31/01/2021 09:30")).isEqualTo(nineThirty);
        assertThat(TimePattern.of("MM/dd/yyyy h:mm:ss a").read("01/31/2021 9:30:00 AM")).isEqualTo(nineThirty);
        assertThat(TimePattern.of("MM/dd/yyyy h:mm:ss a").read("01/31/2021 9:30:00 PM"))
                .isEqualTo(nineThirty.plusHours(12));
        // Written in capitals or not, and whatever the machine's language.
        assertThat(TimePattern.of("MM/dd/yyyy h:mm:ss a").read("01/31/2021 12:05:00 am"))
                .isEqualTo(LocalDateTime.of(2021, 1, 31, 0, 5));
        // Excel counts days from 30 December 1899, and the time of day as a fraction of a day.
        assertThat(TimePattern.of("EXCEL").read("44227.395833333336")).isEqualTo(nineThirty);
        assertThat(TimePattern.of("EXCEL").read("44227")).isEqualTo(nineThirty.toLocalDate().atStartOfDay());
    }

    @Test
    void everyCommonPatternIsOfferedWithALabelAndTheFirstIsIso() {
        List<String> patterns = TimePattern.common().stream().map(TimePattern::pattern).toList();

        assertThat(patterns.get(0)).isEqualTo("ISO");
        assertThat(patterns).contains("MM/dd/yyyy h:mm:ss a", "dd/MM/yyyy HH:mm", "EXCEL")
                .doesNotHaveDuplicates();
        assertThat(TimePattern.common()).allSatisfy(pattern -> assertThat(pattern.label()).isNotBlank());
    }

    @Test
    void theCommonPatternThatReadsAValueIsFoundAndWordsAreReadByNone() {
        assertThat(TimePattern.readerOf("2018-01-09T09:26:00.000")).map(TimePattern::pattern).contains("ISO");
        assertThat(TimePattern.readerOf("01/09/2018 9:26:00 AM")).map(TimePattern::pattern)
                .contains("MM/dd/yyyy h:mm:ss a");
        assertThat(TimePattern.readerOf("1/9/2018 9:26:00 AM")).map(TimePattern::pattern)
                .contains("M/d/yyyy h:mm:ss a");
        assertThat(TimePattern.readerOf("31/01/2021 17:45")).map(TimePattern::pattern).contains("dd/MM/yyyy HH:mm");
        assertThat(TimePattern.readerOf("Cleared by unit 12")).isEmpty();
        assertThat(TimePattern.readerOf("12")).isEmpty();
    }

    @Test
    void aPatternThatIsNeitherJavaNorKnownIsRefused() {
        assertThatThrownBy(() -> TimePattern.of("bogus")).isInstanceOf(IllegalArgumentException.class);
        assertThat(TimePattern.of(null).pattern()).isEqualTo("ISO");
    }

    @Test
    void aWrongPatternsErrorNamesTheValueAndThePatternThatReadsIt() {
        String csv = "id,type,created\n1,Burglary,03/14/2023 11:05:12 PM\n";
        ColumnMapping mapping = new ColumnMapping("m", "id", "created", null, "type", null, null, null, null, null,
                null, null, null, null, null, null, "dd/MM/yyyy HH:mm", "America/Chicago");
        List<IncidentRow> rows = new ArrayList<>();

        assertThatThrownBy(() -> CadReader.read(new StringReader(csv), "us.csv", mapping, ForceClock.UK, rows::add))
                .isInstanceOf(ImportException.class)
                .hasMessage("us.csv line 2, column created: '03/14/2023 11:05:12 PM' is not a date and time in the "
                        + "form expected; the pattern MM/dd/yyyy h:mm:ss a reads it");
    }

    @Test
    void anExcelMappingImportsSerialDaysAsLocalTimes() throws Exception {
        String csv = "id,type,created\n1,Burglary,44227.395833333336\n";
        ColumnMapping mapping = new ColumnMapping("m", "id", "created", null, "type", null, null, null, null, null,
                null, null, null, null, null, null, "EXCEL", "UTC");
        List<IncidentRow> rows = new ArrayList<>();

        CadReader.read(new StringReader(csv), "excel.csv", mapping, ForceClock.UK, rows::add);

        assertThat(rows).singleElement().extracting(IncidentRow::createdAt)
                .isEqualTo(LocalDateTime.of(2021, 1, 31, 9, 30));
    }
}
