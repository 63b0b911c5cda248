package uk.beacon.demand.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a small reference table one line at a time, so that every error can name the exact line a
 * person would see in an editor. Quoting follows RFC 4180 within a line (a raw type may contain a
 * comma); a field may not span lines.
 */
final class ReferenceCsvLines {

    /** One data line: its 1-based line number in the file and its cells, untrimmed. */
    record Line(int number, List<String> cells) {
    }

    private ReferenceCsvLines() {
    }

    /**
     * Checks the header and returns every non-blank data line with the expected number of fields.
     *
     * @throws ReferenceTableException naming the file, line and field of the first problem
     */
    static List<Line> read(String fileName, Reader source, List<String> header) {
        List<Line> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(source)) {
            String text = reader.readLine();
            if (text == null) {
                throw new ReferenceTableException(fileName, 1, "header", "the file is empty");
            }
            // Spreadsheets saving "CSV UTF-8" put a byte order mark in front of the header.
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            List<String> found = cells(fileName, 1, text).stream().map(String::trim).toList();
            if (!found.equals(header)) {
                throw new ReferenceTableException(fileName, 1, "header",
                        "expected " + String.join(",", header) + " but found " + text);
            }
            int number = 1;
            while ((text = reader.readLine()) != null) {
                number++;
                if (text.isBlank()) {
                    continue;
                }
                List<String> cells = cells(fileName, number, text);
                if (cells.size() != header.size()) {
                    throw new ReferenceTableException(fileName, number, "line",
                            "expected " + header.size() + " fields but found " + cells.size());
                }
                lines.add(new Line(number, cells));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + fileName, e);
        }
        return List.copyOf(lines);
    }

    private static List<String> cells(String fileName, int number, String text) {
        try (CSVParser parser = CSVParser.parse(text, CSVFormat.RFC4180)) {
            List<CSVRecord> records = parser.getRecords();
            return records.isEmpty() ? List.of() : records.get(0).toList();
        } catch (IOException | UncheckedIOException e) {
            throw new ReferenceTableException(fileName, number, "line",
                    "cannot be read as CSV (is a quote left open?)");
        }
    }
}
