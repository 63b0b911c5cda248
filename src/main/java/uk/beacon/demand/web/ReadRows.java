package uk.beacon.demand.web;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import uk.beacon.demand.domain.ColumnMapping;
import uk.beacon.demand.domain.ForceClock;
import uk.beacon.demand.domain.IncidentRow;

/**
 * The first rows of a file as Beacon reads them through a mapping, as a table: the line, the
 * incident id, its times on the force's clock with the zone named, the month it is counted in and
 * its type, then each field the mapping uses.
 */
record ReadRows(List<String> headings, List<List<String>> rows) {

    private record Column(String heading, Function<IncidentRow, Object> value) {
    }

    static ReadRows of(ColumnMapping mapping, List<IncidentRow> read, ForceClock clock) {
        List<Column> columns = new ArrayList<>(List.of(
                new Column("Line", IncidentRow::line),
                new Column("Incident id", IncidentRow::sourceId),
                new Column("Created", IncidentRow::createdAt),
                new Column("Month", IncidentRow::month),
                new Column("Type", IncidentRow::rawType)));
        optional(columns, mapping.priority(), "Priority", IncidentRow::priority);
        optional(columns, mapping.firstArrivalAt(), "First arrival", IncidentRow::firstArrivalAt);
        optional(columns, mapping.clearedAt(), "Cleared", IncidentRow::clearedAt);
        optional(columns, mapping.unit(), "Unit", IncidentRow::unit);
        optional(columns, mapping.units(), "Number of units", IncidentRow::units);
        optional(columns, mapping.officerMinutes(), "Officer minutes", IncidentRow::officerMinutes);
        optional(columns, mapping.latitude(), "Latitude", IncidentRow::latitude);
        optional(columns, mapping.longitude(), "Longitude", IncidentRow::longitude);
        optional(columns, mapping.lsoa(), "LSOA", IncidentRow::lsoa);
        optional(columns, mapping.beat(), "Beat", IncidentRow::beat);
        optional(columns, mapping.outcome(), "Outcome", IncidentRow::outcome);
        return new ReadRows(columns.stream().map(Column::heading).toList(), read.stream()
                .map(row -> columns.stream().map(column -> text(column.value().apply(row), clock)).toList())
                .toList());
    }

    private static void optional(List<Column> columns, String mapped, String heading,
            Function<IncidentRow, Object> value) {
        if (mapped != null && !mapped.isBlank()) {
            columns.add(new Column(heading, value));
        }
    }

    /** A value as the table shows it; an empty cell is a value the row does not have. */
    private static String text(Object value, ForceClock clock) {
        if (value == null) {
            return "";
        }
        if (value instanceof LocalDateTime utc) {
            return clock.shown(ForceClock.utc(utc));
        }
        if (value instanceof Double number) {
            return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
        }
        return value.toString();
    }
}
