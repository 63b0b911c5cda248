package uk.beacon.demand.synthetic;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import uk.beacon.demand.domain.CanonicalCsv;

/**
 * How DuckDB reads the canonical incident CSV: every column named and typed up front (instants as
 * {@code TIMESTAMPTZ}, numbers as numbers), so nothing depends on DuckDB's type sniffing and an empty
 * cell is a NULL.
 */
public final class DuckDbCanonicalCsv {

    static final Map<String, String> COLUMN_TYPES = columnTypes();

    private DuckDbCanonicalCsv() {
    }

    /** A {@code read_csv(...)} table function over the file. */
    public static String readCsv(Path csv) {
        String columns = COLUMN_TYPES.entrySet().stream()
                .map(column -> sqlString(column.getKey()) + ": " + sqlString(column.getValue()))
                .collect(Collectors.joining(", ", "{", "}"));
        return "read_csv(" + sqlString(csv.toAbsolutePath().toString())
                + ", header = true, auto_detect = false, delim = ',', quote = '\"', escape = '\"', columns = "
                + columns + ")";
    }

    /** A SQL string literal (DuckDB cannot take parameters in COPY or in table functions' file names). */
    public static String sqlString(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    private static Map<String, String> columnTypes() {
        Map<String, String> types = new LinkedHashMap<>();
        types.put("incident_id", "VARCHAR");
        types.put("created_at", "TIMESTAMPTZ");
        types.put("month", "VARCHAR");
        types.put("raw_type", "VARCHAR");
        types.put("priority", "INTEGER");
        types.put("latitude", "DOUBLE");
        types.put("longitude", "DOUBLE");
        types.put("lsoa", "VARCHAR");
        types.put("beat", "VARCHAR");
        types.put("first_arrival_at", "TIMESTAMPTZ");
        types.put("cleared_at", "TIMESTAMPTZ");
        types.put("units", "INTEGER");
        types.put("officer_minutes", "DOUBLE");
        types.put("outcome", "VARCHAR");
        if (!List.copyOf(types.keySet()).equals(CanonicalCsv.HEADER)) {
            throw new IllegalStateException("DuckDB column types do not match the canonical header");
        }
        return types;
    }
}
