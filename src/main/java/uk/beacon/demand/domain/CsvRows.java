package uk.beacon.demand.domain;

import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import uk.beacon.platform.format.Excerpt;
import uk.beacon.platform.format.Numbers;

/**
 * The reading of CSV files that every format shares: the header is checked, each record is handed
 * over with its line number, and field values are parsed with errors that name the file, line,
 * column and value.
 */
final class CsvRows {

    /** One record with the helpers to read its fields. */
    record Row(String file, long line, CSVRecord record) {

        String text(String column) {
            String value = record.isMapped(column) && record.isSet(column) ? record.get(column).trim() : "";
            return value.isEmpty() ? null : value;
        }

        String required(String column) {
            String value = text(column);
            if (value == null) {
                throw ImportException.at(file, line, column, null, "is empty");
            }
            return value;
        }

        YearMonth month(String column) {
            String value = required(column);
            try {
                return YearMonth.parse(value);
            } catch (DateTimeParseException e) {
                throw ImportException.at(file, line, column, value, "is not a month (YYYY-MM)");
            }
        }

        Double decimal(String column, double min, double max) {
            String value = text(column);
            if (value == null) {
                return null;
            }
            try {
                double number = Double.parseDouble(value);
                if (!(number >= min && number <= max)) {
                    throw ImportException.at(file, line, column, value, "is outside " + min + " to " + max);
                }
                return number;
            } catch (NumberFormatException e) {
                throw ImportException.at(file, line, column, value, "is not a number");
            }
        }

        Integer whole(String column, int min, int max) {
            String value = text(column);
            if (value == null) {
                return null;
            }
            try {
                int number = Integer.parseInt(value);
                if (number < min || number > max) {
                    throw ImportException.at(file, line, column, value, "is outside " + min + " to " + max);
                }
                return number;
            } catch (NumberFormatException e) {
                throw ImportException.at(file, line, column, value, "is not a whole number");
            }
        }

        /** A date-time in the given format and zone, as UTC; a value with its own offset keeps it. */
        LocalDateTime dateTime(String column, TimePattern format, ZoneId zone) {
            return dateTime(column, format, zone, null);
        }

        /**
         * As {@link #dateTime(String, TimePattern, ZoneId)}, for a time that follows another: a
         * local time in the hour that comes twice when the clocks go back is the earlier of the two,
         * unless that is before {@code notBefore} and the later is not (01:50 then 01:05 is fifteen
         * minutes across the change, not forty-five minutes back).
         */
        LocalDateTime dateTime(String column, TimePattern format, ZoneId zone, LocalDateTime notBefore) {
            String value = text(column);
            if (value == null) {
                return null;
            }
            try {
                var parsed = format.read(value);
                if (parsed instanceof OffsetDateTime offset) {
                    return utc(offset);
                }
                ZonedDateTime local = ((LocalDateTime) parsed).atZone(zone);
                LocalDateTime earlier = utc(local.toOffsetDateTime());
                if (notBefore != null && earlier.isBefore(notBefore)) {
                    LocalDateTime later = utc(local.withLaterOffsetAtOverlap().toOffsetDateTime());
                    return later.isBefore(notBefore) ? earlier : later;
                }
                return earlier;
            } catch (DateTimeParseException e) {
                throw ImportException.at(file, line, column, value, "is not a date and time in the form expected"
                        + TimePattern.readerOf(value).map(reader -> "; the pattern " + reader + " reads it").orElse(""));
            }
        }
    }

    private static LocalDateTime utc(OffsetDateTime time) {
        return time.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
    }

    @FunctionalInterface
    interface RowHandler {
        void handle(Row row) throws Exception;
    }

    private CsvRows() {
    }

    /** Reads every record, after checking that the header holds the columns required. */
    static long read(Reader reader, String file, List<String> requiredColumns, RowHandler handler) throws Exception {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(false).get();
        long rows = 0;
        long line = 1;
        List<String> names = List.of();
        try (CSVParser parser = CSVParser.parse(reader, format)) {
            Map<String, Integer> header = parser.getHeaderMap();
            names = parser.getHeaderNames();
            for (String column : requiredColumns) {
                if (!header.containsKey(column)) {
                    throw new ImportException(file + " line 1: the header has no column '" + column + "'; it has "
                            + Numbers.count(names.size()) + (names.size() == 1 ? " column" : " columns")
                            + ", starting " + Excerpt.of(String.join(",", names), 60));
                }
            }
            line = parser.getCurrentLineNumber() + 1;
            for (CSVRecord record : parser) {
                if (record.size() != header.size()) {
                    throw new ImportException(file + " line " + line + ": expected " + header.size()
                            + " fields but found " + record.size());
                }
                handler.handle(new Row(file, line, record));
                rows++;
                line = parser.getCurrentLineNumber() + 1;
            }
        } catch (UncheckedIOException | IllegalStateException e) {
            throw notCsv(reader, file, line, names, e);
        }
        if (rows == 0) {
            throw ImportException.noRows(file);
        }
        return rows;
    }

    /**
     * The parser gave up on a record (bad quoting, say): the error names the line and, found on the
     * line itself, the column whose quotes are wrong.
     */
    private static ImportException notCsv(Reader reader, String file, long line, List<String> header,
            RuntimeException e) {
        String text = reader instanceof BoundedLineReader lines ? lines.line(line) : null;
        int field = text == null ? -1 : CsvQuotes.badField(text);
        if (field >= 0) {
            String column = field < header.size() ? header.get(field) : "number " + (field + 1);
            return new ImportException(file + " line " + line + ", column " + column
                    + ": a quoted value must end at its closing quote; put the whole value in quotes and "
                    + "double any quote inside it (\"\")");
        }
        return new ImportException(file + " line " + line + ": not valid CSV (" + Excerpt.of(
                e instanceof UncheckedIOException io && io.getCause() != null ? io.getCause().getMessage()
                        : e.getMessage(), 120) + ")");
    }

}
