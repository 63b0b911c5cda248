package uk.beacon.demand.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import uk.beacon.demand.domain.SpreadsheetText;
import uk.beacon.demand.domain.profile.Profile;

/**
 * A profile as CSV for spreadsheets: key, incidents, officer hours, harm. A cell that a spreadsheet
 * would take for a formula (one beginning {@code = + - @}, or a tab or carriage return) is prefixed
 * with a single quote, because keys come from imported files that anyone could have written.
 */
final class ProfileCsv {

    static final List<String> HEADER = List.of("key", "incidents", "officer_hours", "harm");

    private ProfileCsv() {
    }

    static String write(Profile result) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            printer.printRecord(HEADER);
            for (Profile.Row row : result.rows()) {
                printer.printRecord(SpreadsheetText.neutralise(row.key()), row.incidents(), SpreadsheetText.neutralise(number(row.officerHours())),
                        SpreadsheetText.neutralise(number(row.harm())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Two decimal places at most, never in scientific notation; empty where the figure is not known. */
    private static String number(Double value) {
        return value == null ? "" : BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString();
    }
}
