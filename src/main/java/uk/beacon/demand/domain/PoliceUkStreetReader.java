package uk.beacon.demand.domain;

import java.io.Reader;
import java.util.List;

/**
 * data.police.uk street-level crime files: one row per crime or anti-social behaviour report, by
 * month, at an anonymised point. Anti-social behaviour has no Crime ID, so its rows are given one
 * from the file and line, which keeps every row (none is dropped as a duplicate).
 */
public final class PoliceUkStreetReader {

    /**
     * The columns Beacon reads. The rest of the published layout (reported by, falls within,
     * location, LSOA name, context) is not needed, so a file without one of them still imports.
     */
    static final List<String> COLUMNS = List.of("Crime ID", "Month", "Longitude", "Latitude", "LSOA code",
            "Crime type", "Last outcome category");

    private PoliceUkStreetReader() {
    }

    public static long read(Reader reader, String file, RowSink sink) throws Exception {
        return CsvRows.read(reader, file, COLUMNS, row -> {
            String crimeId = row.text("Crime ID");
            sink.accept(new IncidentRow(row.line(),
                    crimeId != null ? crimeId : file + "#" + row.line(),
                    null,
                    row.month("Month"),
                    row.required("Crime type"),
                    null,
                    row.decimal("Latitude", -90, 90),
                    row.decimal("Longitude", -180, 180),
                    row.text("LSOA code"),
                    null, null, null, null, 1, null,
                    row.text("Last outcome category")));
        });
    }
}
