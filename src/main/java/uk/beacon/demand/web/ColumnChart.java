package uk.beacon.demand.web;

import java.util.ArrayList;
import java.util.List;

/**
 * A vertical column chart for a series in time order (weeks), drawn as inline SVG by the template.
 * A year of weeks as horizontal bars would be a page long; as columns it is one glance. Only some
 * columns carry an axis label (the caller says which), and the table beside the chart has every value.
 */
record ColumnChart(String description, int width, int height, int baseline, String maximum, List<Column> columns,
        List<Tick> ticks) {

    static final int WIDTH = 600;
    static final int PLOT_HEIGHT = 180;
    /** Room above the plot for the maximum's label, and below it for the axis labels. */
    static final int TOP = 20;
    static final int BOTTOM = 24;

    record Column(double x, double y, double width, double height, String title) {
    }

    record Tick(double x, String label) {
    }

    /** @param label shown under the item's column when not null */
    record Item(String title, long value, String label) {
    }

    static ColumnChart of(String description, List<Item> items) {
        long max = items.stream().mapToLong(Item::value).max().orElse(0);
        double slot = items.isEmpty() ? WIDTH : (double) WIDTH / items.size();
        double columnWidth = Math.max(1, Math.round(slot * 0.8 * 10) / 10.0);
        int baseline = TOP + PLOT_HEIGHT;
        List<Column> columns = new ArrayList<>();
        List<Tick> ticks = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            double height = max == 0 ? 0 : Math.round(10.0 * PLOT_HEIGHT * item.value() / max) / 10.0;
            if (item.value() > 0 && height < 1) {
                height = 1;
            }
            double x = Math.round(i * slot * 10) / 10.0;
            columns.add(new Column(x, baseline - height, columnWidth, height,
                    item.title() + ": " + Figures.count(item.value())));
            if (item.label() != null) {
                ticks.add(new Tick(x, item.label()));
            }
        }
        return new ColumnChart(description, WIDTH, baseline + BOTTOM, baseline, Figures.count(max), columns, ticks);
    }
}
