package uk.beacon.capacity.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import uk.beacon.capacity.domain.scenarios.ScenarioChange;
import uk.beacon.capacity.service.ScenarioComparison.Side;
import uk.beacon.capacity.service.ScenarioComparison.SimulationSummary;
import uk.beacon.capacity.service.ScenarioComparison;
import uk.beacon.demand.WorkTypes;
import uk.beacon.platform.format.Numbers;

/** A scenario's changes and the comparison of a run, as the scenario page writes them. */
record ScenarioView(List<Row> figures, List<Row> hoursByRole, RoleChart chart, List<String> notes,
        String workloadSource, String simulationNote) {

    /** One line of a comparison table: the figure, baseline, scenario and the difference. */
    record Row(String id, String name, String baseline, String scenario, String difference) {
    }

    /**
     * Hours by role as pairs of horizontal bars, baseline above scenario, drawn by the template as
     * SVG; the hours-by-role table beside it has the numbers.
     */
    record RoleChart(String description, int width, int height, List<Bar> bars, List<Label> labels) {
    }

    record Bar(double x, double y, double width, double height, String fill, String value, double textX,
            double textY) {
    }

    record Label(String text, double x, double y) {
    }

    static final String BASELINE_FILL = "#b1b4b6";
    static final String SCENARIO_FILL = "#1d70b8";

    static ScenarioView of(ScenarioComparison comparison) {
        Side before = comparison.baseline();
        Side after = comparison.scenario();
        ScenarioComparison.Difference diff = comparison.difference();
        List<Row> figures = new ArrayList<>();
        figures.add(new Row("response-hours", "Response officer hours on duty a week",
                whole(before.responseOfficerHoursPerWeek()), whole(after.responseOfficerHoursPerWeek()),
                signed(diff.responseOfficerHoursPerWeek())));
        figures.add(new Row("response-rostered", "Response officer hours rostered a week",
                Figures.number(before.responseRosteredHoursPerWeek()),
                Figures.number(after.responseRosteredHoursPerWeek()), signed(diff.responseRosteredHoursPerWeek())));
        figures.add(new Row("response-peak", "Most response officers on duty in one hour",
                whole(before.responsePeakOnDuty()), whole(after.responsePeakOnDuty()),
                signed(diff.responsePeakOnDuty())));
        figures.add(new Row("response-not-met", "Hours of the week a response standard is out of reach",
                whole(before.responseHoursNotMet()), whole(after.responseHoursNotMet()),
                signed(after.responseHoursNotMet() - before.responseHoursNotMet())));
        figures.add(new Row("call-hours", "Call handler hours on duty a week", whole(before.callHandlerHoursPerWeek()),
                whole(after.callHandlerHoursPerWeek()), signed(diff.callHandlerHoursPerWeek())));
        figures.add(new Row("call-rostered", "Call handler hours rostered a week",
                Figures.number(before.callHandlerRosteredHoursPerWeek()),
                Figures.number(after.callHandlerRosteredHoursPerWeek()),
                signed(diff.callHandlerRosteredHoursPerWeek())));
        if (before.shiftPlan() != null && after.shiftPlan() != null) {
            figures.add(new Row("shift-paid", "Paid hours of the response shift plan",
                    whole(before.shiftPlan().paidHours()), whole(after.shiftPlan().paidHours()),
                    diff.shiftPaidHours() == null ? "" : signed(diff.shiftPaidHours())));
            figures.add(new Row("shift-optimal", "Shift plan proven optimal", yesNo(before.shiftPlan().optimal(),
                    before.shiftPlan().gap()), yesNo(after.shiftPlan().optimal(), after.shiftPlan().gap()), ""));
        }
        SimulationSummary l = before.simulation();
        SimulationSummary r = after.simulation();
        String simulationNote = null;
        if (l != null && r != null) {
            figures.add(new Row("sim-within", "Simulated: all incidents attended within target",
                    percent(l.shareWithinTarget()), percent(r.shareWithinTarget()),
                    points(diff.shareWithinTarget())));
            figures.add(new Row("sim-urgent-within", "Simulated: " + l.mostUrgent() + " attended within target",
                    percent(l.mostUrgentShareWithinTarget()), percent(r.mostUrgentShareWithinTarget()),
                    points(minus(r.mostUrgentShareWithinTarget(), l.mostUrgentShareWithinTarget()))));
            figures.add(new Row("sim-urgent-mean", "Simulated: " + l.mostUrgent() + " mean wait for a unit",
                    minutes(l.mostUrgentMeanWaitMinutes()), minutes(r.mostUrgentMeanWaitMinutes()),
                    signedMinutes(diff.mostUrgentMeanWaitMinutes())));
            figures.add(new Row("sim-urgent-p90", "Simulated: " + l.mostUrgent() + " 90th percentile wait",
                    minutes(l.mostUrgentP90WaitMinutes()), minutes(r.mostUrgentP90WaitMinutes()),
                    signedMinutes(diff.mostUrgentP90WaitMinutes())));
            figures.add(new Row("sim-utilisation", "Simulated: response units busy", percent(l.utilisation()),
                    percent(r.utilisation()), points(minus(r.utilisation(), l.utilisation()))));
            simulationNote = String.format(Locale.UK, "Each roster simulated for %d weeks, %d times, with the "
                    + "same seed.", l.weeks(), l.replications());
        }
        List<Row> roles = new ArrayList<>();
        for (int i = 0; i < before.hoursByRole().size(); i++) {
            ScenarioComparison.RoleHours left = before.hoursByRole().get(i);
            roles.add(new Row("role-" + left.role(), left.label(), Figures.number(left.hoursPerWeek()),
                    Figures.number(after.hoursByRole().get(i).hoursPerWeek()),
                    signed(diff.hoursByRole().get(i).hoursPerWeek())));
        }
        return new ScenarioView(figures, roles, chart(before, after), comparison.notes(),
                comparison.workloadSource(), simulationNote);
    }

    private static RoleChart chart(Side before, Side after) {
        int labelWidth = 0;
        int barArea = 380;
        int left = 10;
        double max = 0;
        for (int i = 0; i < before.hoursByRole().size(); i++) {
            max = Math.max(max, Math.max(before.hoursByRole().get(i).hoursPerWeek(),
                    after.hoursByRole().get(i).hoursPerWeek()));
        }
        List<Bar> bars = new ArrayList<>();
        List<Label> labels = new ArrayList<>();
        double y = 10;
        for (int i = 0; i < before.hoursByRole().size(); i++) {
            ScenarioComparison.RoleHours l = before.hoursByRole().get(i);
            ScenarioComparison.RoleHours r = after.hoursByRole().get(i);
            labels.add(new Label(l.label(), left, y + 14));
            y += 22;
            y = bar(bars, left + labelWidth, y, barArea, max, l.hoursPerWeek(), BASELINE_FILL);
            y = bar(bars, left + labelWidth, y, barArea, max, r.hoursPerWeek(), SCENARIO_FILL);
            y += 10;
        }
        String description = "Hours a week by role, baseline (grey) and scenario (blue); the table has the numbers";
        return new RoleChart(description, left + barArea + 120, (int) Math.ceil(y), bars, labels);
    }

    private static double bar(List<Bar> bars, double x, double y, int area, double max, double value, String fill) {
        double width = max <= 0 || value <= 0 ? 0 : Math.max(1, Math.round(10.0 * area * value / max) / 10.0);
        bars.add(new Bar(x, y, width, 16, fill, Figures.number(value), x + width + 6, y + 13));
        return y + 20;
    }

    /** A change as a sentence, for the list of changes. */
    static String describe(ScenarioChange change) {
        String what = WorkTypes.label(change.workType()).toLowerCase(Locale.UK)
                + (change.priority() == null ? "" : " (priority " + change.priority() + ")");
        if (change.kind() == null) {
            return what;
        }
        return switch (change.kind()) {
            case MOVE_WORK -> "Move " + Figures.number(change.sharePercent()) + "% of " + what + " to "
                    + change.toRole().label().toLowerCase(Locale.UK)
                    + (change.minutesPerIncident() == null ? ", taking the officers' minutes per incident"
                            : ", taking " + Figures.number(change.minutesPerIncident()) + " minutes per incident");
            case CUT_MINUTES -> "Cut " + Figures.number(change.minutesSaved()) + " officer minutes per incident of "
                    + what;
            case CHANGE_OFFICERS -> "Send " + Figures.number(change.officersSent()) + " officers to each incident of "
                    + what;
        };
    }

    private static String whole(long value) {
        return Numbers.count(value);
    }

    private static String signed(long value) {
        return Numbers.signedCount(value);
    }

    private static String signed(double value) {
        return value > 0 ? "+" + Figures.number(value) : Figures.number(value);
    }

    private static String percent(Double share) {
        return share == null ? "None" : String.format(Locale.UK, "%.1f%%", share * 100);
    }

    private static String points(Double share) {
        return share == null ? "" : String.format(Locale.UK, "%+.1f points", share * 100);
    }

    private static String minutes(Double value) {
        return value == null ? "None" : String.format(Locale.UK, "%.1f minutes", value);
    }

    private static String signedMinutes(Double value) {
        return value == null ? "" : String.format(Locale.UK, "%+.1f minutes", value);
    }

    private static String yesNo(boolean optimal, Double gap) {
        return optimal ? "Yes" : "No" + (gap == null ? "" : String.format(Locale.UK, " (gap %.1f%%)", gap * 100));
    }

    private static Double minus(Double a, Double b) {
        return a == null || b == null ? null : a - b;
    }
}
