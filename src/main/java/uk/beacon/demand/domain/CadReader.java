package uk.beacon.demand.domain;

import java.io.Reader;
import java.time.LocalDateTime;
import java.time.YearMonth;

/**
 * Any CAD or incident export, read through a {@link ColumnMapping}: its times are read in the
 * mapping's zone and held as instants; the month of an incident without a month of its own is the
 * month of its created time on the force's clock.
 */
public final class CadReader {

    private CadReader() {
    }

    public static long read(Reader reader, String file, ColumnMapping mapping, ForceClock clock, RowSink sink)
            throws Exception {
        var format = mapping.timePattern();
        var zone = mapping.zone();
        return CsvRows.read(reader, file, mapping.columns(), row -> {
            LocalDateTime created = ColumnMapping.blank(mapping.createdAt()) ? null
                    : row.dateTime(mapping.createdAt(), format, zone);
            YearMonth month;
            boolean monthGiven = !ColumnMapping.blank(mapping.month()) && row.text(mapping.month()) != null;
            if (monthGiven) {
                // A month the file gives is kept as it is.
                month = row.month(mapping.month());
            } else if (created != null) {
                month = clock.month(ForceClock.utc(created));
            } else {
                throw ImportException.at(file, row.line(), mapping.createdAt() != null ? mapping.createdAt()
                        : mapping.month(), null, "is empty: each incident needs a time or a month");
            }
            if (created != null && monthGiven && !clock.month(ForceClock.utc(created)).equals(month)) {
                throw ImportException.at(file, row.line(), mapping.month(), row.text(mapping.month()),
                        "is not the month of " + mapping.createdAt());
            }
            LocalDateTime arrival = optionalTime(row, mapping.firstArrivalAt(), format, zone, created);
            LocalDateTime cleared = optionalTime(row, mapping.clearedAt(), format, zone,
                    arrival != null ? arrival : created);
            if (created != null && arrival != null && arrival.isBefore(created)) {
                throw ImportException.at(file, row.line(), mapping.firstArrivalAt(), row.text(mapping.firstArrivalAt()),
                        "is before the incident was created");
            }
            if (arrival != null && cleared != null && cleared.isBefore(arrival)) {
                throw ImportException.at(file, row.line(), mapping.clearedAt(), row.text(mapping.clearedAt()),
                        "is before the first arrival");
            }
            sink.accept(new IncidentRow(row.line(), row.required(mapping.incidentId()), created, month,
                    row.required(mapping.type()),
                    optionalWhole(row, mapping.priority(), 1, 9),
                    optionalDecimal(row, mapping.latitude(), -90, 90),
                    optionalDecimal(row, mapping.longitude(), -180, 180),
                    optionalText(row, mapping.lsoa()), optionalText(row, mapping.beat()),
                    arrival, cleared, optionalText(row, mapping.unit()),
                    optionalWhole(row, mapping.units(), 1, 10_000),
                    optionalDecimal(row, mapping.officerMinutes(), 0, 1_000_000),
                    optionalText(row, mapping.outcome())));
        });
    }

    private static LocalDateTime optionalTime(CsvRows.Row row, String column,
            TimePattern format, java.time.ZoneId zone, LocalDateTime notBefore) {
        return ColumnMapping.blank(column) ? null : row.dateTime(column, format, zone, notBefore);
    }

    private static String optionalText(CsvRows.Row row, String column) {
        return ColumnMapping.blank(column) ? null : row.text(column);
    }

    private static Integer optionalWhole(CsvRows.Row row, String column, int min, int max) {
        return ColumnMapping.blank(column) ? null : row.whole(column, min, max);
    }

    private static Double optionalDecimal(CsvRows.Row row, String column, double min, double max) {
        return ColumnMapping.blank(column) ? null : row.decimal(column, min, max);
    }
}
