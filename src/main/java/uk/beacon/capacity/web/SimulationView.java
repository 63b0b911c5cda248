package uk.beacon.capacity.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import uk.beacon.capacity.domain.simulation.SimulationResult;
import uk.beacon.platform.format.Numbers;

/** A simulation's result as the page shows it: figures as text, the charts and their tables. */
record SimulationView(String incidents, int replications, int weeks, String warmUpHours, List<Figure> figures,
        List<PriorityRow> priorities, SimulationChart queueChart, List<DayRow> queueTable,
        SimulationChart utilisationChart, List<DayRow> utilisationTable, boolean hasIntervals) {

    static final String NOT_KNOWN = Numbers.NOT_KNOWN;
    static final String[] DAY_NAMES = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

    /** A main figure with its 95% confidence interval. */
    record Figure(String name, String value, String interval) {
    }

    record PriorityRow(String name, String share, String incidents, String target, String travel,
            String withinTarget, String meanWait, String medianWait, String p90Wait, String meanAttendance,
            String withinTargetInterval) {
    }

    /** One day's 24 hourly figures, a row of a table beside a chart. */
    record DayRow(String day, List<String> hours) {
    }

    static SimulationView of(SimulationResult result) {
        SimulationResult.Confidence95 ci = result.confidence95();
        List<Figure> figures = List.of(
                new Figure("Mean wait for a unit", minutes(result.meanWaitMinutes()),
                        interval(ci.meanWaitMinutes(), SimulationView::minutes)),
                new Figure("Median wait", minutes(result.medianWaitMinutes()), null),
                new Figure("90th percentile wait", minutes(result.p90WaitMinutes()),
                        interval(ci.p90WaitMinutes(), SimulationView::minutes)),
                new Figure("Attended within target", percent(result.shareWithinTarget()),
                        interval(ci.shareWithinTarget(), SimulationView::percent)),
                new Figure("Unit utilisation", percent(result.utilisation()),
                        interval(ci.utilisation(), SimulationView::percent)));
        List<PriorityRow> priorities = result.byPriority().stream().map(p -> new PriorityRow(p.name(),
                percent(p.share()), count(p.incidents()), minutes(p.targetMinutes()), minutes(p.travelMinutes()),
                percent(p.shareWithinTarget()), minutes(p.meanWaitMinutes()), minutes(p.medianWaitMinutes()),
                minutes(p.p90WaitMinutes()), minutes(p.meanAttendanceMinutes()),
                interval(p.confidence95().shareWithinTarget(), SimulationView::percent))).toList();
        double maxQueue = result.queueByHour().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        List<Double> utilisation = result.utilisationByHour();
        return new SimulationView(count(result.incidents()), result.replications(), result.weeks(),
                decimal(result.warmUpHours(), 0), figures, priorities,
                SimulationChart.of("Column chart of the mean incidents waiting for a unit in each hour of the week, "
                        + "Monday 00:00 first; the table below has the numbers", result.queueByHour(),
                        "Highest: " + decimal(maxQueue, 2) + " waiting"),
                table(result.queueByHour(), value -> decimal(value, 2)),
                SimulationChart.of("Column chart of unit utilisation in each hour of the week, Monday 00:00 "
                        + "first; the table below has the numbers", utilisation, "Full height: the busiest hour, "
                        + percent(utilisation.stream().filter(v -> v != null).mapToDouble(Double::doubleValue)
                                .max().orElse(0))),
                table(utilisation, SimulationView::percent),
                ci.meanWaitMinutes().low() != null);
    }

    private static List<DayRow> table(List<Double> values, Function<Double, String> format) {
        List<DayRow> rows = new ArrayList<>();
        for (int day = 0; day < 7; day++) {
            List<String> hours = new ArrayList<>();
            for (int hour = 0; hour < 24; hour++) {
                hours.add(format.apply(values.get(day * 24 + hour)));
            }
            rows.add(new DayRow(DAY_NAMES[day], hours));
        }
        return rows;
    }

    static String interval(SimulationResult.Interval interval, Function<Double, String> format) {
        if (interval == null || interval.low() == null) {
            return null;
        }
        return format.apply(Math.max(0, interval.low())) + " to " + format.apply(interval.high());
    }

    static String minutes(Double value) {
        return value == null ? NOT_KNOWN : decimal(value, 1) + " min";
    }

    static String percent(Double value) {
        return value == null ? NOT_KNOWN : decimal(100 * Math.min(1, value), 1) + "%";
    }

    static String count(long value) {
        return Numbers.count(value);
    }

    static String decimal(Double value, int places) {
        return Numbers.decimal(value, places);
    }
}
