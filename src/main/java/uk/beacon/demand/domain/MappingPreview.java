package uk.beacon.demand.domain;

import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Helps a person build a column mapping from a file they hold: the file's header and first rows as
 * written, a first guess at which column is which, and the first rows as Beacon would read them
 * through a mapping (or the error that would stop the import).
 */
public final class MappingPreview {

    public static final int ROWS = 10;

    /** What the preview shows. {@code error} is null when the first rows read cleanly. */
    public record Result(List<String> header, List<List<String>> rawRows, ColumnMapping mapping,
            List<IncidentRow> rows, String error) {
    }

    private MappingPreview() {
    }

    /** Reads the header and first rows of the file, as text. */
    public static Result raw(Reader reader, String file) throws Exception {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (CSVParser parser = CSVParser.parse(reader, format)) {
            List<String> header = parser.getHeaderNames();
            List<List<String>> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                rows.add(record.toList());
                if (rows.size() == ROWS) {
                    break;
                }
            }
            return new Result(header, rows, suggest(header), List.of(), null);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new ImportException(file + " line 1: the header cannot be read as CSV (" + e.getMessage() + ")");
        }
    }

    /**
     * The first rows as the import would read them through the mapping, or why it would stop: their
     * months on the force's clock, as the import counts them.
     */
    public static Result read(Reader reader, String file, ColumnMapping mapping, ForceClock clock, Result raw)
            throws Exception {
        List<IncidentRow> rows = new ArrayList<>();
        String error = null;
        try {
            CadReader.read(reader, file, mapping, clock, row -> {
                rows.add(row);
                if (rows.size() == ROWS) {
                    throw new Enough();
                }
            });
        } catch (Enough enough) {
            // The preview has what it needs.
        } catch (ImportException e) {
            error = e.getMessage();
        }
        return new Result(raw.header(), raw.rawRows(), mapping, rows, error);
    }

    /** A first guess from common column names; the person confirms or corrects every choice. */
    public static ColumnMapping suggest(List<String> header) {
        Map<String, Predicate<String>> rules = Map.ofEntries(
                Map.entry("incidentId", name -> name.contains("incident") && (name.contains("id")
                        || name.contains("number") || name.contains("no")) || name.equals("id")
                        || name.contains("reference") || name.contains("call_number")),
                Map.entry("createdAt", name -> name.contains("created") || name.equals("date_time")
                        || name.contains("received") || name.contains("datetime") || name.equals("date")),
                Map.entry("type", name -> name.contains("nature") || name.contains("type")
                        || name.contains("category") || name.contains("classification")),
                Map.entry("priority", name -> name.contains("priority") || name.contains("grade")),
                Map.entry("firstArrivalAt", name -> name.contains("arriv") || name.contains("on_scene")),
                Map.entry("clearedAt", name -> name.contains("clear") || name.contains("closed")),
                Map.entry("unit", name -> name.contains("unit") || name.contains("call_sign")
                        || name.contains("callsign")),
                Map.entry("latitude", name -> name.startsWith("lat")),
                Map.entry("longitude", name -> name.startsWith("lon") || name.startsWith("lng")),
                Map.entry("lsoa", name -> name.contains("lsoa")),
                Map.entry("beat", name -> name.contains("beat") || name.contains("ward") || name.contains("sector")),
                Map.entry("outcome", name -> name.contains("outcome") || name.contains("disposal")
                        || name.contains("status") || name.contains("result")));
        Map<String, String> chosen = new java.util.HashMap<>();
        for (String column : header) {
            String name = column.toLowerCase(Locale.ROOT).replace(' ', '_');
            for (var rule : rules.entrySet()) {
                if (!chosen.containsKey(rule.getKey()) && rule.getValue().test(name)
                        && !chosen.containsValue(column)) {
                    chosen.put(rule.getKey(), column);
                }
            }
        }
        String id = chosen.getOrDefault("incidentId", header.isEmpty() ? "id" : header.get(0));
        String type = chosen.getOrDefault("type", header.size() > 1 ? header.get(1) : id);
        String created = chosen.getOrDefault("createdAt", header.size() > 2 ? header.get(2) : id);
        return new ColumnMapping("new-mapping", id, created, null, type, chosen.get("priority"),
                chosen.get("firstArrivalAt"), chosen.get("clearedAt"), chosen.get("unit"), null, null,
                chosen.get("latitude"), chosen.get("longitude"), chosen.get("lsoa"), chosen.get("beat"),
                chosen.get("outcome"), "ISO", "Europe/London");
    }

    /** Stops reading once the preview has its rows. */
    private static final class Enough extends RuntimeException {

        Enough() {
            super(null, null, false, false);
        }
    }
}
