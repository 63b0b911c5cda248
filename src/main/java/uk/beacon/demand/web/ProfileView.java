package uk.beacon.demand.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import uk.beacon.demand.WorkTypes;
import uk.beacon.demand.domain.ImportFormat;
import uk.beacon.demand.domain.WorkType;
import uk.beacon.demand.domain.profile.Profile.Row;
import uk.beacon.demand.domain.profile.Profile;
import uk.beacon.demand.domain.profile.ProfileGrouping;

/** Everything the demand profile page shows for a period, worked out from the profile's groupings. */
record ProfileView(ProfilePeriod period, Headline headline, List<Section> sections, Weeks weeks, Heatmap heatmap,
        List<TableRow> untimed) {

    /** The groupings the page asks for. */
    static final List<ProfileGrouping> GROUPINGS = List.of(ProfileGrouping.WORK_TYPE, ProfileGrouping.MONTH, ProfileGrouping.WEEK,
            ProfileGrouping.HOUR_OF_WEEK,
            ProfileGrouping.PRIORITY, ProfileGrouping.AREA, ProfileGrouping.RAW_TYPE, ProfileGrouping.UNTIMED_SOURCE);

    static final int TOP = 20;

    private static final Map<String, String> SOURCES = Map.of(
            ImportFormat.POLICE_UK_STREET.code(), "data.police.uk street-level crime (published by month only)",
            ImportFormat.POLICE_UK_STOP_SEARCH.code(), "data.police.uk stop and search",
            ImportFormat.CAD.code(), "CAD or incident exports (rows without a created time)");

    /**
     * @param officerHours where the sources record time spent; null where none does
     * @param harm the harm weights of data.police.uk crime categories; null where no incident has one
     * @param notCrimePercent of the incidents whose work type is known; null when none is known
     */
    record Headline(long incidents, Double officerHours, Double harm, long unmapped, Long notCrimePercent,
            long timed) {

        public String incidentsText() {
            return Figures.count(incidents);
        }

        public String officerHoursText() {
            return Figures.decimal(officerHours, 1);
        }

        public String harmText() {
            return Figures.decimal(harm, 0);
        }

        /** What the not-crime share leaves out, as a sentence; empty when it leaves nothing out. */
        public String unmappedText() {
            if (unmapped == 0) {
                return "";
            }
            return unmapped == 1 ? "1 incident whose type is not yet mapped to a work type is left out of it."
                    : Figures.count(unmapped) + " incidents whose type is not yet mapped to a work type are left out "
                            + "of it.";
        }
    }

    /** A row of a table, and of the chart beside it. */
    record TableRow(String label, long incidents, Double officerHours, Double harm) {

        public String incidentsText() {
            return Figures.count(incidents);
        }

        public String officerHoursText() {
            return Figures.decimal(officerHours, 1);
        }

        public String harmText() {
            return Figures.decimal(harm, 0);
        }
    }

    /**
     * One grouping: a chart and a table of the same rows. {@code by} names the grouping as the CSV
     * download and the API do.
     */
    record Section(String id, String name, String title, String keyHeading, String by, String note,
            BarChart chart, List<TableRow> rows) {
    }

    static ProfileView of(ProfilePeriod period, Map<ProfileGrouping, Profile> results) {
        Profile workTypes = results.get(ProfileGrouping.WORK_TYPE);
        Profile timed = results.get(ProfileGrouping.HOUR_OF_WEEK);
        List<Section> sections = List.of(
                section("work-type", "incidents by work type", "Work type", "workType", null,
                        workTypes.rows(), row -> WorkTypes.label(row.key())),
                section("month", "incidents by month", "Month", "month", null,
                        everyMonth(results.get(ProfileGrouping.MONTH).rows()),
                        row -> ProfilePeriod.label(YearMonth.parse(row.key()))),
                section("priority", "incidents by priority", "Priority", "priority",
                        "Priority 1 is the most urgent. data.police.uk files give no priority.",
                        results.get(ProfileGrouping.PRIORITY).rows(),
                        row -> "none".equals(row.key()) ? "No priority recorded" : "Priority " + row.key()),
                top("area", "incidents by area", "Area", "area", "areas",
                        "Areas are lower layer super output areas (LSOA) where the source gives one, else beats.",
                        results.get(ProfileGrouping.AREA).rows(),
                        row -> "unknown".equals(row.key()) ? "No area recorded" : row.key()),
                top("raw-type", "incidents by type as recorded", "Type as recorded", "rawType", "types",
                        "The call, incident or crime type as the source names it, before it is mapped to a work type.",
                        results.get(ProfileGrouping.RAW_TYPE).rows(), Row::key));
        List<TableRow> untimed = results.get(ProfileGrouping.UNTIMED_SOURCE).rows().stream()
                .map(row -> new TableRow(SOURCES.getOrDefault(row.key(), row.key()), row.incidents(),
                        row.officerHours(), row.harm()))
                .toList();
        return new ProfileView(period, headline(workTypes, timed), sections,
                Weeks.of(results.get(ProfileGrouping.WEEK).rows()), Heatmap.of(timed.rows()), untimed);
    }

    /**
     * Incidents by week, Monday to Sunday, for the incidents that have a time of day: a column chart
     * labelled at the first week of each month, and the table of every week.
     */
    record Weeks(ColumnChart chart, List<TableRow> rows) {

        private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
        private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM", Locale.UK);

        static Weeks of(List<Row> weeks) {
            List<Row> every = everyWeek(weeks);
            List<TableRow> table = new ArrayList<>();
            List<ColumnChart.Item> items = new ArrayList<>();
            YearMonth previous = null;
            for (Row row : every) {
                LocalDate monday = LocalDate.parse(row.key());
                String title = "Week beginning " + monday.format(DAY);
                table.add(new TableRow(title, row.incidents(), row.officerHours(), row.harm()));
                YearMonth month = YearMonth.from(monday);
                items.add(new ColumnChart.Item(title, row.incidents(),
                        month.equals(previous) ? null : monday.format(MONTH)));
                previous = month;
            }
            return new Weeks(ColumnChart.of("Column chart of incidents by week. The table below it gives the same "
                    + "numbers.", items), table);
        }

        private static List<Row> everyWeek(List<Row> rows) {
            return everyStep(rows, LocalDate::parse, week -> week.plusWeeks(1));
        }
    }

    /**
     * The headline figures. Crime is as the force's taxonomy classifies each raw type (so a public
     * order offence recorded as a crime is crime, a disturbance call is not); incidents whose type is
     * not mapped yet are left out of the not-crime share.
     */
    private static Headline headline(Profile workTypes, Profile timed) {
        long unmapped = workTypes.rows().stream().filter(row -> WorkType.UNMAPPED.name().equals(row.key()))
                .mapToLong(Row::incidents).sum();
        Profile.Totals totals = workTypes.totals();
        long known = totals.incidents() - unmapped;
        Long notCrimePercent = known == 0 ? null : Math.round(100.0 * (known - totals.crimeIncidents()) / known);
        return new Headline(totals.incidents(), totals.officerHours(), totals.harm(), unmapped, notCrimePercent,
                totals.timedIncidents());
    }

    /** @param name what the section counts, in lower case, for example "incidents by month" */
    private static Section section(String id, String name, String keyHeading, String by, String note,
            List<Row> rows, Function<Row, String> label) {
        List<TableRow> table = rows.stream()
                .map(row -> new TableRow(label.apply(row), row.incidents(), row.officerHours(), row.harm()))
                .toList();
        return new Section(id, name, capitalise(name), keyHeading, by, note, chart(name, table), table);
    }

    /** The largest groups, and the rest in one row, so that the table still adds up to the total. */
    private static Section top(String id, String name, String keyHeading, String by, String plural, String note,
            List<Row> rows, Function<Row, String> label) {
        if (rows.size() <= TOP) {
            return section(id, name, keyHeading, by, note, rows, label);
        }
        List<TableRow> table = new ArrayList<>(rows.subList(0, TOP).stream()
                .map(row -> new TableRow(label.apply(row), row.incidents(), row.officerHours(), row.harm()))
                .toList());
        List<Row> rest = rows.subList(TOP, rows.size());
        BarChart chart = chart(name + ", the " + TOP + " largest", table);
        table.add(new TableRow("The other " + Figures.count(rest.size()) + " " + plural,
                rest.stream().mapToLong(Row::incidents).sum(), sum(rest, Row::officerHours), sum(rest, Row::harm)));
        return new Section(id, name, capitalise(name) + ": the " + TOP + " largest", keyHeading, by,
                note + " The chart shows the " + TOP + " largest; the table adds up the rest in its last row.", chart,
                table);
    }

    private static BarChart chart(String name, List<TableRow> rows) {
        return BarChart.of("Bar chart of " + name + ". The table beside it gives the same numbers.",
                rows.stream().map(row -> new BarChart.Item(row.label(), row.incidents())).toList());
    }

    private static String capitalise(String name) {
        return name.substring(0, 1).toUpperCase(Locale.UK) + name.substring(1);
    }

    private static Double sum(List<Row> rows, Function<Row, Double> value) {
        return rows.stream().map(value).filter(Objects::nonNull).reduce(Double::sum).orElse(null);
    }

    /** Months in order with the empty ones between the first and last filled in, so gaps show as gaps. */
    static List<Row> everyMonth(List<Row> rows) {
        return everyStep(rows, YearMonth::parse, month -> month.plusMonths(1));
    }

    /**
     * Rows keyed by a step in time (a month, a week), in order, with the empty steps between the first
     * and last filled in as rows of none.
     */
    private static <T extends Comparable<? super T>> List<Row> everyStep(List<Row> rows, Function<String, T> parse,
            UnaryOperator<T> next) {
        if (rows.isEmpty()) {
            return rows;
        }
        Map<T, Row> byStep = new HashMap<>();
        rows.forEach(row -> byStep.put(parse.apply(row.key()), row));
        T first = byStep.keySet().stream().min((a, b) -> a.compareTo(b)).orElseThrow();
        T last = byStep.keySet().stream().max((a, b) -> a.compareTo(b)).orElseThrow();
        List<Row> every = new ArrayList<>();
        for (T step = first; step.compareTo(last) <= 0; step = next.apply(step)) {
            every.add(byStep.getOrDefault(step, new Row(step.toString(), 0, null, null)));
        }
        return every;
    }
}
