package uk.beacon.demand.web;

import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal bar chart drawn as inline SVG by the template: each bar's label above it and its
 * value after it. Sizes are SVG attributes, not style, so the chart needs no inline style under
 * the Content-Security-Policy. The chart is a picture of the table beside it, which screen readers
 * use instead.
 */
record BarChart(String description, int width, int height, List<Bar> bars) {

    static final int WIDTH = 450;
    static final int ROW_HEIGHT = 48;
    static final int BAR_HEIGHT = 16;
    /** Room after the longest bar for its value. */
    static final int LONGEST_BAR = 360;
    static final int LABEL_LENGTH = 50;

    record Bar(String label, String value, int labelY, int barY, double barWidth, double valueX, int valueY) {
    }

    record Item(String label, long value) {
    }

    public int barHeight() {
        return BAR_HEIGHT;
    }

    static BarChart of(String description, List<Item> items) {
        long max = items.stream().mapToLong(Item::value).max().orElse(0);
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            int top = i * ROW_HEIGHT;
            double width = max == 0 ? 0 : Math.round(10.0 * LONGEST_BAR * item.value() / max) / 10.0;
            // A small value still shows as a sliver, so that it does not read as none.
            if (item.value() > 0 && width < 1) {
                width = 1;
            }
            bars.add(new Bar(shorten(item.label()), Figures.count(item.value()), top + 16, top + 23, width,
                    width + 6, top + 37));
        }
        return new BarChart(description, WIDTH, items.size() * ROW_HEIGHT + 4, bars);
    }

    /** Long labels are cut short in the picture; the table has them in full. */
    private static String shorten(String label) {
        return label.length() <= LABEL_LENGTH ? label : label.substring(0, LABEL_LENGTH - 1).strip() + "…";
    }
}
