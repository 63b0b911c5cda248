package uk.beacon.demand.domain;

import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Helps a person build a column mapping from a file they hold: the file's header and first rows as
 * written, a first guess at which column is which (see {@link ColumnSuggester}), and the first
 * rows as Beacon would read them through a mapping (or the error that would stop the import).
 */
public final class MappingPreview {

    public static final int ROWS = 10;

    /** What the preview shows. {@code error} is null when the first rows read cleanly. */
    public record Result(List<String> header, List<List<String>> rawRows, ColumnMapping mapping,
            List<IncidentRow> rows, String error) {
    }

    private MappingPreview() {
    }

    /**
     * Reads the header and first rows of the file, as text, and suggests a mapping from the header
     * and the first {@link ColumnSuggester#SAMPLE_ROWS} rows.
     */
    public static Result raw(Reader reader, String file) throws Exception {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (CSVParser parser = CSVParser.parse(reader, format)) {
            List<String> header = parser.getHeaderNames();
            List<List<String>> sample = new ArrayList<>();
            try {
                for (CSVRecord record : parser) {
                    sample.add(record.toList());
                    if (sample.size() == ColumnSuggester.SAMPLE_ROWS) {
                        break;
                    }
                }
            } catch (UncheckedIOException | IllegalStateException e) {
                // A record that is not CSV ends the sample; reading through the mapping names its line.
            }
            return new Result(header, List.copyOf(sample.subList(0, Math.min(sample.size(), ROWS))),
                    ColumnSuggester.suggest(header, sample), List.of(), null);
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

    /** Stops reading once the preview has its rows. */
    private static final class Enough extends RuntimeException {

        Enough() {
            super(null, null, false, false);
        }
    }
}
