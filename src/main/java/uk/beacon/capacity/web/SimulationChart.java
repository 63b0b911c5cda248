package uk.beacon.capacity.web;

import java.util.ArrayList;
import java.util.List;

/**
 * A column chart of the 168 hours of the week, drawn as inline SVG by the template: one column an
 * hour, Monday 00:00 first, the days marked below and the largest value named at the top. Sizes are
 * SVG attributes, so there is no inline style for the Content-Security-Policy to refuse. It is a
 * picture of the table beside it, which screen readers use instead.
 */
record SimulationChart(String description, int width, int height, List<Column> columns, List<Tick> days,
        String maximum, int axisY) {

    static final int COLUMN_WIDTH = 4;
    static final int LEFT = 4;
    static final int TOP = 24;
    static final int PLOT_HEIGHT = 160;
    static final String[] DAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};

    record Column(double x, double y, double width, double height) {
    }

    record Tick(String label, double x, double lineX) {
    }

    /** Hours with no value (null) have no column. */
    static SimulationChart of(String description, List<Double> values, String maximumText) {
        double max = values.stream().filter(v -> v != null).mapToDouble(Double::doubleValue).max().orElse(0);
        List<Column> columns = new ArrayList<>();
        for (int hour = 0; hour < values.size(); hour++) {
            Double value = values.get(hour);
            if (value == null || max <= 0 || value <= 0) {
                continue;
            }
            double height = Math.max(1, Math.round(10.0 * PLOT_HEIGHT * value / max) / 10.0);
            columns.add(new Column(LEFT + hour * COLUMN_WIDTH, TOP + PLOT_HEIGHT - height, COLUMN_WIDTH - 1, height));
        }
        List<Tick> days = new ArrayList<>();
        for (int day = 0; day < DAYS.length; day++) {
            double x = LEFT + day * 24 * COLUMN_WIDTH;
            days.add(new Tick(DAYS[day], x + 2, x));
        }
        return new SimulationChart(description, LEFT * 2 + values.size() * COLUMN_WIDTH, TOP + PLOT_HEIGHT + 28,
                columns, days, maximumText, TOP + PLOT_HEIGHT);
    }

    public int plotTop() {
        return TOP;
    }

    public int labelY() {
        return axisY + 20;
    }
}
