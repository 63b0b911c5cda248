package uk.beacon.demand.domain;

import java.io.Reader;
import java.time.ZoneOffset;
import java.util.List;

/**
 * data.police.uk stop-and-search files: one row per search, with its date and time (ISO-8601 with
 * offset). Searches have no id of their own, so each is given one from the file and line.
 */
public final class PoliceUkStopSearchReader {

    /**
     * The columns Beacon reads, and "Object of search", which tells this format from others. The
     * rest of the published layout (operation, gender, age, ethnicity, legislation, outcome linkage,
     * clothing removal) is not needed, so a file from a year that lacks one of them still imports.
     */
    static final List<String> COLUMNS = List.of("Type", "Date", "Latitude", "Longitude", "Object of search",
            "Outcome");

    private PoliceUkStopSearchReader() {
    }

    /** The month of each search is the month of its time on the force's clock. */
    public static long read(Reader reader, String file, ForceClock clock, RowSink sink) throws Exception {
        return CsvRows.read(reader, file, COLUMNS, row -> {
            var created = row.dateTime("Date", TimePattern.of(TimePattern.ISO), ZoneOffset.UTC);
            if (created == null) {
                throw ImportException.at(file, row.line(), "Date", null, "is empty");
            }
            sink.accept(new IncidentRow(row.line(), file + "#" + row.line(), created, clock.month(ForceClock.utc(created)),
                    row.required("Type"), null,
                    row.decimal("Latitude", -90, 90), row.decimal("Longitude", -180, 180),
                    null, null, null, null, null, 1, null, row.text("Outcome")));
        });
    }
}
