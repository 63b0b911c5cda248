package uk.beacon.capacity.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The coverage chart: people on duty in each hour of the week as bars, the requirement as a stepped line over
 * them. Drawn as inline SVG by the template with sizes and colours as SVG attributes (no inline style under
 * the Content-Security-Policy). It is a picture of the table beside it, which screen readers use instead.
 */
record ShiftPlanChart(String description, int width, int height, List<Bar> bars, String requirementPoints,
        List<Tick> ticks, List<DayLabel> days, int plotLeft, int plotRight, int plotTop, int plotBottom) {

    static final int HOUR_WIDTH = 4;
    static final int LEFT = 44;
    static final int TOP = 12;
    static final int PLOT_HEIGHT = 220;
    static final int BOTTOM = 40;

    record Bar(double x, double y, double width, double height) {
    }

    record Tick(String label, double y) {
    }

    record DayLabel(String label, double x, double lineX) {
    }

    static ShiftPlanChart of(int[] requirement, int[] coverage) {
        int most = 1;
        for (int hour = 0; hour < 168; hour++) {
            most = Math.max(most, Math.max(requirement[hour], coverage[hour]));
        }
        int top = niceCeiling(most);
        int plotBottom = TOP + PLOT_HEIGHT;
        List<Bar> bars = new ArrayList<>();
        StringBuilder points = new StringBuilder();
        for (int hour = 0; hour < 168; hour++) {
            double x = LEFT + hour * HOUR_WIDTH;
            double barHeight = round((double) PLOT_HEIGHT * coverage[hour] / top);
            bars.add(new Bar(x, plotBottom - barHeight, HOUR_WIDTH - 1, barHeight));
            double y = round(plotBottom - (double) PLOT_HEIGHT * requirement[hour] / top);
            points.append(String.format(Locale.ROOT, "%s%.1f,%.1f %.1f,%.1f", hour == 0 ? "" : " ", x, y,
                    x + HOUR_WIDTH, y));
        }
        List<Tick> ticks = new ArrayList<>();
        for (int i = 0; i <= 4; i++) {
            int value = top * i / 4;
            ticks.add(new Tick(String.valueOf(value), round(plotBottom - (double) PLOT_HEIGHT * value / top)));
        }
        String[] names = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
        List<DayLabel> days = new ArrayList<>();
        for (int day = 0; day < 7; day++) {
            double start = LEFT + day * 24 * HOUR_WIDTH;
            days.add(new DayLabel(names[day], start + 12 * HOUR_WIDTH, start));
        }
        int width = LEFT + 168 * HOUR_WIDTH + 8;
        return new ShiftPlanChart("People on duty (bars) against the requirement (line) in each hour of the week, "
                + "Monday 00:00 to Sunday 23:00", width, plotBottom + BOTTOM, bars, points.toString(), ticks, days,
                LEFT, LEFT + 168 * HOUR_WIDTH, TOP, plotBottom);
    }

    /** A round number at or above the most, so the axis reads 0, 25, 50, 75, 100 rather than 0, 23, 46... */
    static int niceCeiling(int most) {
        int[] steps = {1, 2, 4, 5, 8, 10};
        int scale = 1;
        while (true) {
            for (int step : steps) {
                if (step * scale * 4 >= most && (step * scale * 4) % 4 == 0) {
                    return step * scale * 4;
                }
            }
            scale *= 10;
        }
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
