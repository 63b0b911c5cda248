package uk.beacon.demand.web;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import uk.beacon.demand.domain.ColumnMapping;
import uk.beacon.demand.domain.TimePattern;

/**
 * The mapping builder's form: which of the file's columns holds each field of an incident, how its
 * dates and times are written (one of the common patterns, or another typed), their time zone, and the name to save the mapping under. Field
 * names are those of {@link ColumnMapping}, and serve as the form's parameter names and ids.
 */
record MappingForm(Map<String, String> columns, String dateTimePattern, String timeZone, String name) {

    /** One field a column can hold. */
    record Field(String name, String label, String hint, Function<ColumnMapping, String> column) {
    }

    static final String ISO = TimePattern.ISO;
    /** The choice of pattern that means "the one typed in otherDateTimePattern". */
    static final String OTHER = "other";
    static final String DEFAULT_ZONE = "Europe/London";

    static final List<Field> FIELDS = List.of(
            new Field("incidentId", "Incident id", "Needed. The reference of the call or incident; rows that share "
                    + "it are one incident", ColumnMapping::incidentId),
            new Field("createdAt", "Created time", "Needed, unless the file has a month column. When the call or "
                    + "incident was created", ColumnMapping::createdAt),
            new Field("month", "Month", "A month written like 2021-01, for a file without created times",
                    ColumnMapping::month),
            new Field("type", "Type", "Needed. The call or incident type, which the work-type taxonomy maps to a "
                    + "work type", ColumnMapping::type),
            new Field("priority", "Priority", "A whole number from 1 to 9", ColumnMapping::priority),
            new Field("firstArrivalAt", "First arrival", "When the first officer arrived",
                    ColumnMapping::firstArrivalAt),
            new Field("clearedAt", "Cleared", "When the incident was closed", ColumnMapping::clearedAt),
            new Field("unit", "Unit", "The responding unit, where the file has one row per unit",
                    ColumnMapping::unit),
            new Field("units", "Number of units", "How many units responded, where one row is one incident",
                    ColumnMapping::units),
            new Field("officerMinutes", "Officer minutes", "The officer time spent, in minutes",
                    ColumnMapping::officerMinutes),
            new Field("latitude", "Latitude", null, ColumnMapping::latitude),
            new Field("longitude", "Longitude", null, ColumnMapping::longitude),
            new Field("lsoa", "LSOA", "The Lower Layer Super Output Area code, such as E01000001",
                    ColumnMapping::lsoa),
            new Field("beat", "Beat", "The beat, ward or sector", ColumnMapping::beat),
            new Field("outcome", "Outcome", "How the incident ended", ColumnMapping::outcome));

    /** The form filled in from a mapping, such as the one Beacon suggests. */
    static MappingForm of(ColumnMapping mapping, String name) {
        Map<String, String> columns = new LinkedHashMap<>();
        FIELDS.forEach(field -> columns.put(field.name(), blankToNull(field.column().apply(mapping))));
        return new MappingForm(columns, mapping.dateTimePattern() == null ? ISO : mapping.dateTimePattern(),
                mapping.timeZone() == null ? DEFAULT_ZONE : mapping.timeZone(), name);
    }

    /**
     * The form as posted: the pattern is the common one chosen, or the one typed when the choice is
     * {@link #OTHER}.
     */
    static MappingForm read(Map<String, String> parameters) {
        Map<String, String> columns = new LinkedHashMap<>();
        FIELDS.forEach(field -> columns.put(field.name(), blankToNull(parameters.get(field.name()))));
        String choice = trimmed(parameters.get("dateTimePattern"));
        String pattern = choice.equals(OTHER) ? trimmed(parameters.get("otherDateTimePattern")) : choice;
        return new MappingForm(columns, pattern, trimmed(parameters.get("timeZone")), trimmed(parameters.get("name")));
    }

    /** Whether the pattern is one of the common ones the form offers. Public for the template. */
    public boolean commonPattern() {
        return TimePattern.common().stream().anyMatch(common -> common.pattern().equals(dateTimePattern));
    }

    /** The pattern as typed under "another pattern": empty when it is a common one. Public for the template. */
    public String otherPattern() {
        return commonPattern() ? "" : dateTimePattern;
    }

    /** The column chosen for a field, or null for "Not in this file". Public for the template. */
    public String column(String field) {
        return columns.get(field);
    }

    /**
     * What stops this form making a mapping of the file with this header, by field. The name is not
     * checked here: a mapping can be previewed before it has one.
     */
    Map<String, String> errors(List<String> header) {
        Map<String, String> errors = new LinkedHashMap<>();
        columns.forEach((field, column) -> {
            if (column != null && !header.contains(column)) {
                errors.put(field, "Select one of the file's columns, or Not in this file");
            }
        });
        if (column("incidentId") == null) {
            errors.putIfAbsent("incidentId", "Select the column that holds the incident id");
        }
        if (column("createdAt") == null && column("month") == null) {
            errors.putIfAbsent("createdAt", "Select the column that holds the created time, or the month");
        }
        if (column("type") == null) {
            errors.putIfAbsent("type", "Select the column that holds the type");
        }
        if (dateTimePattern.isEmpty()) {
            errors.put("dateTimePattern", "Select how dates and times are written, or enter another pattern");
        } else {
            try {
                TimePattern.of(dateTimePattern);
            } catch (IllegalArgumentException e) {
                errors.put("dateTimePattern", "Enter a pattern such as dd/MM/yyyy HH:mm, or ISO");
            }
        }
        if (timeZone.isEmpty()) {
            errors.put("timeZone", "Enter the time zone, such as Europe/London");
        } else {
            try {
                ZoneId.of(timeZone);
            } catch (DateTimeException e) {
                errors.put("timeZone", "Enter a time zone such as Europe/London or America/Chicago");
            }
        }
        return errors;
    }

    /** The mapping this form describes; call it only when {@link #errors} finds nothing. */
    ColumnMapping toMapping() {
        return new ColumnMapping(name.isEmpty() ? "new-mapping" : name, column("incidentId"), column("createdAt"),
                column("month"), column("type"), column("priority"), column("firstArrivalAt"), column("clearedAt"),
                column("unit"), column("units"), column("officerMinutes"), column("latitude"), column("longitude"),
                column("lsoa"), column("beat"), column("outcome"), dateTimePattern, timeZone);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static String trimmed(String value) {
        return value == null ? "" : value.strip();
    }
}
