package uk.beacon.demand.domain;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A first guess at which column of an export holds what, from the names in its header and the
 * values in its first rows: the time columns are those one of the common {@link TimePattern}s
 * reads throughout, the pattern is the one that reads the most of them (so a day above 12 settles
 * day-first or month-first), the created time is the earliest, the arrival and clearance times are
 * later than it; a month column is one of months written like 2021-01; latitude and longitude are the decimal columns whose ranges place the rows in a
 * country Beacon knows, and suggest its time zone; the incident id is the column whose values are
 * all present and most often unique. A column of words is never a time, and a time column never
 * holds a field of words. The person confirms or corrects every choice.
 */
public final class ColumnSuggester {

    /** How many rows are looked at. */
    public static final int SAMPLE_ROWS = 200;

    /** The share of rows in which a time must come after the created time to be a later time. */
    private static final double MOSTLY = 0.9;
    private static final String DEFAULT_ZONE = "Europe/London";
    private static final Pattern LSOA_CODE = Pattern.compile("[EW]01\\d{6}");
    private static final Pattern MONTH_VALUE = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])");
    private static final Predicate<String> MONTH = name -> name.contains("month");

    /** An incident, call, event or job's id, number or reference, such as incident_number or CallNo. */
    private static final Pattern ID_NAME = Pattern.compile(
            "(^|.*_)(incident|call|event|cad|job)_?(id|no|num|number|ref|reference)(_.*|$)");
    private static final Predicate<String> ID = name -> ID_NAME.matcher(name).matches() || name.equals("id")
            || name.contains("reference");
    private static final Predicate<String> CREATED = name -> name.contains("created") || name.equals("date_time")
            || name.contains("received") || name.contains("datetime") || name.equals("date")
            || name.contains("opened") || name.contains("reported") || name.contains("logged")
            || name.contains("call_time");
    private static final Predicate<String> ARRIVAL = name -> name.contains("arriv") || name.contains("on_scene")
            || name.contains("onscene") || name.contains("at_scene") || name.contains("attend");
    private static final Predicate<String> CLEARED = name -> name.contains("clear") || name.contains("close")
            || name.contains("complet") || name.contains("finish");
    private static final Predicate<String> DISPATCH = name -> name.contains("dispatch") || name.contains("assign")
            || name.contains("alloc") || name.contains("sent") || name.contains("en_route")
            || name.contains("enroute");
    private static final Predicate<String> LATITUDE = name -> name.startsWith("lat");
    private static final Predicate<String> LONGITUDE = name -> name.startsWith("lon") || name.startsWith("lng");
    private static final Predicate<String> PRIORITY = name -> name.contains("priority") || name.contains("grade");
    private static final Predicate<String> TYPE = name -> name.contains("nature") || name.contains("type")
            || name.contains("category") || name.contains("classification");
    private static final Predicate<String> UNIT = name -> name.contains("unit") || name.contains("call_sign")
            || name.contains("callsign");
    private static final Predicate<String> LSOA = name -> name.contains("lsoa");
    private static final Predicate<String> BEAT = name -> name.contains("beat") || name.contains("ward")
            || name.contains("sector");
    private static final Predicate<String> OUTCOME = name -> name.contains("outcome") || name.contains("dispos")
            || name.contains("status") || name.contains("result") || name.contains("clearance");

    /** What the sampled values of one column are like. */
    private static final class Column {

        final int index;
        final String name;
        /** The name in lower case with runs of other characters as one underscore, for the header rules. */
        final String key;
        /** The row's value, trimmed, or null where it is empty. */
        final List<String> cells = new ArrayList<>();
        final List<String> values = new ArrayList<>();
        boolean numbers = true;
        boolean wholes = true;
        boolean letters;
        boolean spaces;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        int distinct;
        /** The row's time in seconds, as written (a time without an offset as if in UTC), once a time. */
        Long[] times;

        Column(int index, String name, List<List<String>> rows) {
            this.index = index;
            this.name = name;
            this.key = name.toLowerCase(Locale.ROOT).strip().replaceAll("[^a-z0-9]+", "_");
            Set<String> seen = new HashSet<>();
            for (List<String> row : rows) {
                String value = index < row.size() && row.get(index) != null ? row.get(index).strip() : "";
                cells.add(value.isEmpty() ? null : value);
                if (value.isEmpty()) {
                    continue;
                }
                values.add(value);
                seen.add(value);
                letters |= value.chars().anyMatch(Character::isLetter);
                spaces |= value.chars().anyMatch(Character::isWhitespace);
                Double number = number(value);
                if (number == null) {
                    numbers = false;
                    wholes = false;
                } else {
                    min = Math.min(min, number);
                    max = Math.max(max, number);
                    wholes &= number == Math.rint(number) && !value.contains(".");
                }
            }
            numbers &= !values.isEmpty();
            wholes &= numbers;
            distinct = seen.size();
        }

        int blanks() {
            return cells.size() - values.size();
        }

        boolean decimals() {
            return numbers && !wholes;
        }

        boolean within(double low, double high) {
            return numbers && min >= low && max <= high;
        }

        boolean isTime() {
            return times != null;
        }

        /**
         * Whether the pattern reads every value as a plausible time of a call; Excel's serial days
         * only where some have a time of day, since a column of whole numbers is more likely a count
         * or a reference than dates at midnight.
         */
        boolean readBy(TimePattern pattern) {
            if (values.isEmpty() || pattern.pattern().equals(TimePattern.EXCEL) && !decimals()) {
                return false;
            }
            return values.stream().allMatch(pattern::readsPlausibly);
        }

        void readTimes(TimePattern pattern) {
            times = new Long[cells.size()];
            for (int row = 0; row < cells.size(); row++) {
                String value = cells.get(row);
                times[row] = value == null ? null : seconds(pattern.read(value));
            }
        }

        private static Long seconds(Temporal time) {
            return time instanceof OffsetDateTime offset ? offset.toEpochSecond()
                    : ((LocalDateTime) time).toEpochSecond(ZoneOffset.UTC);
        }

        private static Double number(String value) {
            try {
                double number = new BigDecimal(value).doubleValue();
                return Double.isFinite(number) ? number : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }

    private ColumnSuggester() {
    }

    /**
     * The suggested mapping for a file with this header and these first rows (each a list of the
     * row's values in header order; only the first {@link #SAMPLE_ROWS} are looked at).
     */
    public static ColumnMapping suggest(List<String> header, List<List<String>> rows) {
        List<List<String>> sample = rows.subList(0, Math.min(rows.size(), SAMPLE_ROWS));
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            columns.add(new Column(i, header.get(i), sample));
        }
        TimePattern pattern = pattern(columns);
        columns.stream().filter(column -> column.readBy(pattern)).forEach(column -> column.readTimes(pattern));
        List<Column> times = columns.stream().filter(Column::isTime).toList();
        List<Column> others = columns.stream().filter(column -> !column.isTime()).toList();

        Map<String, Column> chosen = new LinkedHashMap<>();
        Set<Column> taken = new HashSet<>();
        Column created = named(times, CREATED, taken).orElseGet(() -> earliest(times));
        choose(chosen, taken, "createdAt", created);
        if (created != null) {
            chooseTimesAfter(created, times, chosen, taken);
        }

        Predicate<Column> months = column -> !column.values.isEmpty()
                && column.values.stream().allMatch(value -> MONTH_VALUE.matcher(value).matches());
        choose(chosen, taken, "month", named(others, MONTH, taken, months)
                .orElseGet(() -> named(others, name -> true, taken, months).orElse(null)));
        choose(chosen, taken, "incidentId", named(others, ID, taken, column -> column.blanks() == 0).orElse(null));
        chooseCoordinates(others, chosen, taken);
        choose(chosen, taken, "priority", named(others, PRIORITY, taken,
                column -> column.wholes && column.within(1, 9)).orElse(null));
        choose(chosen, taken, "type", named(others, TYPE, taken).orElse(null));
        choose(chosen, taken, "unit", named(others, UNIT, taken).orElse(null));
        choose(chosen, taken, "lsoa", named(others, LSOA, taken).orElse(null));
        choose(chosen, taken, "beat", named(others, BEAT, taken).orElse(null));
        choose(chosen, taken, "outcome", named(others, OUTCOME, taken).orElse(null));

        if (!chosen.containsKey("incidentId")) {
            choose(chosen, taken, "incidentId", mostlyUnique(others, taken));
        }
        if (!chosen.containsKey("lsoa")) {
            choose(chosen, taken, "lsoa", others.stream().filter(column -> !taken.contains(column)
                    && !column.values.isEmpty() && column.values.stream().allMatch(v -> LSOA_CODE.matcher(v).matches()))
                    .findFirst().orElse(null));
        }
        if (!chosen.containsKey("type")) {
            choose(chosen, taken, "type", words(others, taken));
        }

        String id = name(chosen, "incidentId").orElse(header.isEmpty() ? "id" : header.get(0));
        String type = name(chosen, "type").orElse(header.size() > 1 ? header.get(1) : id);
        // Without a time column, a month column will do; without either, the likeliest column by name.
        String createdAt = name(chosen, "createdAt").orElseGet(() -> chosen.containsKey("month") ? null
                : columns.stream().filter(column -> CREATED.test(column.key)).map(column -> column.name).findFirst()
                .orElse(header.size() > 2 ? header.get(2) : id));
        return new ColumnMapping("new-mapping", id, createdAt, name(chosen, "month").orElse(null), type, name(chosen, "priority").orElse(null),
                name(chosen, "firstArrivalAt").orElse(null), name(chosen, "clearedAt").orElse(null),
                name(chosen, "unit").orElse(null), null, null, name(chosen, "latitude").orElse(null),
                name(chosen, "longitude").orElse(null), name(chosen, "lsoa").orElse(null),
                name(chosen, "beat").orElse(null), name(chosen, "outcome").orElse(null), pattern.pattern(),
                zone(chosen.get("latitude"), chosen.get("longitude")));
    }

    /** The common pattern that reads the most columns throughout; the first in order among equals; ISO for none. */
    private static TimePattern pattern(List<Column> columns) {
        TimePattern best = TimePattern.common().get(0);
        long most = 0;
        for (TimePattern pattern : TimePattern.common()) {
            long read = columns.stream().filter(column -> column.readBy(pattern)).count();
            if (read > most) {
                best = pattern;
                most = read;
            }
        }
        return best;
    }

    /** The time column that is earliest in most rows. */
    private static Column earliest(List<Column> times) {
        return times.stream().max(Comparator.comparingLong((Column column) -> rowsWhere(column, times,
                (time, other) -> time <= other)).thenComparing(Comparator.comparingInt((Column c) -> c.index)
                .reversed())).orElse(null);
    }

    /** How many rows have the column's time and the relation holds with every other column's time there. */
    private static long rowsWhere(Column column, List<Column> times, TimeRelation relation) {
        long rows = 0;
        for (int row = 0; row < column.times.length; row++) {
            Long time = column.times[row];
            if (time == null) {
                continue;
            }
            boolean holds = true;
            for (Column other : times) {
                Long otherTime = other.times[row];
                if (other != column && otherTime != null && !relation.holds(time, otherTime)) {
                    holds = false;
                }
            }
            rows += holds ? 1 : 0;
        }
        return rows;
    }

    @FunctionalInterface
    private interface TimeRelation {
        boolean holds(long time, long other);
    }

    /** Whether the later column's time is at or after the earlier one's in most rows that have both. */
    private static boolean mostlyAfter(Column later, Column earlier) {
        long both = 0;
        long after = 0;
        for (int row = 0; row < later.times.length; row++) {
            if (later.times[row] != null && earlier.times[row] != null) {
                both++;
                after += later.times[row] >= earlier.times[row] ? 1 : 0;
            }
        }
        return both > 0 && after >= MOSTLY * both;
    }

    /** How long after the created time the column's times are, on average over the rows with both. */
    private static double averageDelay(Column column, Column created) {
        double total = 0;
        long rows = 0;
        for (int row = 0; row < column.times.length; row++) {
            if (column.times[row] != null && created.times[row] != null) {
                total += column.times[row] - created.times[row];
                rows++;
            }
        }
        return rows == 0 ? 0 : total / rows;
    }

    /**
     * The arrival and clearance: later than creation, by their names, or (when neither is named) the
     * earliest and latest of two or more later times that are not a dispatch.
     */
    private static void chooseTimesAfter(Column created, List<Column> times, Map<String, Column> chosen,
            Set<Column> taken) {
        List<Column> later = times.stream().filter(column -> column != created && mostlyAfter(column, created))
                .toList();
        Column arrival = named(later, ARRIVAL, taken).orElse(null);
        choose(chosen, taken, "firstArrivalAt", arrival);
        Column cleared = named(later, CLEARED, taken, column -> arrival == null || mostlyAfter(column, arrival))
                .orElse(null);
        choose(chosen, taken, "clearedAt", cleared);
        if (arrival == null && cleared == null) {
            List<Column> unnamed = later.stream().filter(column -> !taken.contains(column)
                    && !DISPATCH.test(column.key)).sorted(Comparator.comparingDouble(
                    (Column column) -> averageDelay(column, created))).toList();
            if (unnamed.size() >= 2 && mostlyAfter(unnamed.get(unnamed.size() - 1), unnamed.get(0))) {
                choose(chosen, taken, "firstArrivalAt", unnamed.get(0));
                choose(chosen, taken, "clearedAt", unnamed.get(unnamed.size() - 1));
            }
        }
    }

    /**
     * Latitude and longitude: the columns so named when their values are in range, otherwise the
     * pair of decimal columns that places most rows in a country Beacon knows.
     */
    private static void chooseCoordinates(List<Column> columns, Map<String, Column> chosen, Set<Column> taken) {
        Optional<Column> latitude = named(columns, LATITUDE, taken, column -> column.within(-90, 90));
        Optional<Column> longitude = named(columns, LONGITUDE, taken, column -> column.within(-180, 180));
        if (latitude.isPresent() && longitude.isPresent()) {
            choose(chosen, taken, "latitude", latitude.get());
            choose(chosen, taken, "longitude", longitude.get());
            return;
        }
        List<Column> decimals = columns.stream().filter(column -> !taken.contains(column) && column.decimals())
                .toList();
        Column bestLatitude = null;
        Column bestLongitude = null;
        long most = 0;
        for (Column lat : decimals) {
            for (Column lon : decimals) {
                if (lat == lon || !lat.within(-90, 90) || !lon.within(-180, 180)) {
                    continue;
                }
                long both = 0;
                long placed = 0;
                for (int row = 0; row < lat.cells.size(); row++) {
                    if (lat.cells.get(row) != null && lon.cells.get(row) != null) {
                        both++;
                        placed += ApproximateZones.at(Double.parseDouble(lat.cells.get(row)),
                                Double.parseDouble(lon.cells.get(row))).isPresent() ? 1 : 0;
                    }
                }
                if (placed > most && placed * 2 >= both) {
                    bestLatitude = lat;
                    bestLongitude = lon;
                    most = placed;
                }
            }
        }
        choose(chosen, taken, "latitude", bestLatitude);
        choose(chosen, taken, "longitude", bestLongitude);
    }

    /** The zone where most rows' coordinates lie, or the UK's. */
    private static String zone(Column latitude, Column longitude) {
        if (latitude == null || longitude == null) {
            return DEFAULT_ZONE;
        }
        Map<String, Integer> rows = new LinkedHashMap<>();
        for (int row = 0; row < latitude.cells.size(); row++) {
            String lat = latitude.cells.get(row);
            String lon = longitude.cells.get(row);
            if (lat != null && lon != null) {
                ApproximateZones.at(Double.parseDouble(lat), Double.parseDouble(lon))
                        .ifPresent(zone -> rows.merge(zone, 1, Integer::sum));
            }
        }
        return rows.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse(DEFAULT_ZONE);
    }

    /**
     * The id by its values: present in every row, not decimals, the most often unique, words without
     * spaces before those with them; the leftmost among equals.
     */
    private static Column mostlyUnique(List<Column> columns, Set<Column> taken) {
        return columns.stream().filter(column -> !taken.contains(column) && !column.values.isEmpty()
                        && column.blanks() == 0 && !column.decimals())
                .max(Comparator.comparing((Column column) -> !column.spaces)
                        .thenComparingDouble(column -> (double) column.distinct / column.values.size())
                        .thenComparing(Comparator.comparingInt((Column column) -> column.index).reversed()))
                .orElse(null);
    }

    /** The type by its values: the leftmost column of words whose values repeat, or else of any words. */
    private static Column words(List<Column> columns, Set<Column> taken) {
        List<Column> words = columns.stream().filter(column -> !taken.contains(column) && column.letters).toList();
        return words.stream().filter(column -> column.distinct < column.values.size()).findFirst()
                .orElse(words.isEmpty() ? null : words.get(0));
    }

    private static Optional<Column> named(List<Column> columns, Predicate<String> rule, Set<Column> taken) {
        return named(columns, rule, taken, column -> true);
    }

    /** The leftmost column not yet taken whose name fits the rule and whose values fit the check. */
    private static Optional<Column> named(List<Column> columns, Predicate<String> rule, Set<Column> taken,
            Predicate<Column> check) {
        return columns.stream().filter(column -> !taken.contains(column) && rule.test(column.key)
                && check.test(column)).findFirst();
    }

    private static void choose(Map<String, Column> chosen, Set<Column> taken, String field, Column column) {
        if (column != null && !chosen.containsKey(field) && taken.add(column)) {
            chosen.put(field, column);
        }
    }

    private static Optional<String> name(Map<String, Column> chosen, String field) {
        return Optional.ofNullable(chosen.get(field)).map(column -> column.name);
    }
}
