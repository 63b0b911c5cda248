package uk.beacon.portfolio.domain.initiatives;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading a pasted or uploaded {@code year,index} CSV, as HM Treasury's series is laid out. */
class DeflatorCsvTest {

    private static DeflatorSeries.Entry entry(int year, String value) {
        return new DeflatorSeries.Entry(year, new BigDecimal(value));
    }

    @Test
    void financialYearLabelsAreReadAsTheYearTheyStartIn() {
        DeflatorCsv.Read read = DeflatorCsv.read("year,index\n2023-24,97.5\n2024-25,100\n2025/26,102.25\n2026-2027,104\n");
        assertThat(read.problems()).isEmpty();
        assertThat(read.financialYears()).isTrue();
        assertThat(read.entries()).containsExactly(entry(2023, "97.5"), entry(2024, "100"), entry(2025, "102.25"),
                entry(2026, "104"));
    }

    @Test
    void theFinancialYearAcrossTheCenturyEndsIn00() {
        DeflatorCsv.Read read = DeflatorCsv.read("year,index\n1999-00,60.1\n2000-01,61.2");
        assertThat(read.problems()).isEmpty();
        assertThat(read.entries()).containsExactly(entry(1999, "60.1"), entry(2000, "61.2"));
    }

    @Test
    void calendarYearsAreReadAsGiven() {
        DeflatorCsv.Read read = DeflatorCsv.read("Year,Index\r\n2024,100\r\n2025,101.9\r\n");
        assertThat(read.problems()).isEmpty();
        assertThat(read.financialYears()).isFalse();
        assertThat(read.entries()).containsExactly(entry(2024, "100"), entry(2025, "101.9"));
    }

    @Test
    void aByteOrderMarkBlankLinesQuotesAndEmptyTrailingCellsAreIgnoredAndLinesKeepTheirNumbers() {
        DeflatorCsv.Read read = DeflatorCsv.read("\uFEFFyear,index\n\n\"2024-25\", \"100.0\"\n   \n2025-26,102,,\n,\n");
        assertThat(read.problems()).isEmpty();
        assertThat(read.entries()).containsExactly(entry(2024, "100.0"), entry(2025, "102"));
        assertThat(read.line(0)).isEqualTo(3);
        assertThat(read.line(1)).isEqualTo(5);
    }

    @Test
    void badNumbersAndYearsAreNamedByTheirLine() {
        DeflatorCsv.Read read = DeflatorCsv.read("year,index\n2024,100\n\n2025,1O1.5\n2026,\nnext,103\n2028,1,2\n");
        assertThat(read.problems()).containsExactly(
                "Line 4: '1O1.5' is not a number: write the index such as 101.234",
                "Line 5: enter the index after the comma",
                "Line 6: 'next' is not a year: write a calendar year such as 2024 or a financial year such as 2024-25",
                "Line 7: give two values, the year and the index, separated by a comma");
        assertThat(read.entries()).containsExactly(entry(2024, "100"));
    }

    @Test
    void aFinancialYearMustEndTheYearAfterItStarts() {
        assertThat(DeflatorCsv.read("year,index\n2024-26,100").problems())
                .containsExactly("Line 2: '2024-26' is not a financial year: write the year it starts and the next, "
                        + "such as 2024-25");
    }

    @Test
    void oneSeriesDoesNotMixCalendarAndFinancialYears() {
        assertThat(DeflatorCsv.read("year,index\n2023-24,98\n2024,100").problems())
                .containsExactly("Line 3: '2024' is a calendar year, but line 2 has a financial year: use one kind "
                        + "in a series");
    }

    @Test
    void theHeaderIsRequired() {
        assertThat(DeflatorCsv.read("\n2024,100\n2025,102").problems())
                .containsExactly("Line 2: the first line must be the header year,index");
        assertThat(DeflatorCsv.read("  \n").problems())
                .containsExactly("Paste the series: the header year,index then one line a year");
    }

    @Test
    void aSeriesHasAtMost400LinesAfterItsHeader() {
        StringBuilder text = new StringBuilder("year,index\n");
        for (int i = 0; i < 401; i++) {
            text.append(1800 + i).append(",100\n");
        }
        DeflatorCsv.Read read = DeflatorCsv.read(text.toString());
        assertThat(read.problems()).containsExactly("Line 402: a series has at most 400 lines after the header");
        assertThat(read.entries()).hasSize(400);
    }

    @Test
    void whatIsReadBecomesASeriesWhoseRulesNameTheEntry() {
        DeflatorCsv.Read read = DeflatorCsv.read("year,index\n2023-24,98\n2024-25,0\n2026-27,103\n2023-24,98");
        assertThat(read.problems()).isEmpty();
        List<DeflatorSeries.Problem> problems = new DeflatorSeries("HM Treasury", read.entries()).problems();
        assertThat(problems).extracting(p -> "Line " + read.line(p.entry()) + ": " + p.message()).containsExactly(
                "Line 3: The index for 2024 must be more than 0",
                "Line 4: There is no year between 2024 and 2026: give every year from the first to the last",
                "Line 5: The year 2023 appears twice");
    }
}
