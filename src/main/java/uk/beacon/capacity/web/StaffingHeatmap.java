package uk.beacon.capacity.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * People needed on duty by hour of the week as a 7 × 24 grid drawn in SVG, Monday to Sunday by 00:00
 * to 23:00, each cell shaded in one of five bands (quintiles of the non-empty cells, as the demand
 * heatmap) with its number written in it. Colours are SVG attributes, so nothing needs inline style.
 */
record StaffingHeatmap(String description, int width, int height, List<Cell> cells, List<Label> dayLabels,
        List<Label> hourLabels, List<Band> bands, List<Day> days) {

    static final int LEFT = 40;
    static final int TOP = 20;
    static final int CELL_WIDTH = 30;
    static final int CELL_HEIGHT = 26;
    static final String[] FILLS = {"#f3f2f1", "#d2e2f1", "#a5c6e3", "#5694ca", "#1d70b8", "#003078"};
    static final String[] TEXT = {"#484949", "#0b0c0c", "#0b0c0c", "#0b0c0c", "#ffffff", "#ffffff"};
    static final String[] DAY_NAMES = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

    record Cell(int x, int y, int width, int height, String fill, int textX, int textY, String textFill, String text) {
    }

    record Label(int x, int y, String text) {
    }

    record Band(int band, String fill, int min, int max) {
    }

    /** One row of the table beside the picture. */
    record Day(String name, List<Integer> values) {
    }

    static StaffingHeatmap of(String description, int[] perHour) {
        int[] sorted = Arrays.stream(perHour).filter(value -> value > 0).sorted().toArray();
        List<Cell> cells = new ArrayList<>();
        int[] bandMin = new int[6];
        int[] bandMax = new int[6];
        Arrays.fill(bandMin, Integer.MAX_VALUE);
        List<Day> days = new ArrayList<>();
        for (int day = 0; day < 7; day++) {
            List<Integer> values = new ArrayList<>();
            for (int hour = 0; hour < 24; hour++) {
                int value = perHour[day * 24 + hour];
                values.add(value);
                int band = band(value, sorted);
                bandMin[band] = Math.min(bandMin[band], value);
                bandMax[band] = Math.max(bandMax[band], value);
                int x = LEFT + hour * CELL_WIDTH;
                int y = TOP + day * CELL_HEIGHT;
                cells.add(new Cell(x, y, CELL_WIDTH - 1, CELL_HEIGHT - 1, FILLS[band], x + CELL_WIDTH / 2,
                        y + CELL_HEIGHT / 2 + 5, TEXT[band], String.valueOf(value)));
            }
            days.add(new Day(DAY_NAMES[day], values));
        }
        List<Label> dayLabels = new ArrayList<>();
        for (int day = 0; day < 7; day++) {
            dayLabels.add(new Label(0, TOP + day * CELL_HEIGHT + CELL_HEIGHT / 2 + 5, DAY_NAMES[day].substring(0, 3)));
        }
        List<Label> hourLabels = new ArrayList<>();
        for (int hour = 0; hour < 24; hour += 3) {
            hourLabels.add(new Label(LEFT + hour * CELL_WIDTH + CELL_WIDTH / 2, 14, "%02d".formatted(hour)));
        }
        List<Band> bands = new ArrayList<>();
        for (int band = 0; band <= 5; band++) {
            if (bandMin[band] != Integer.MAX_VALUE) {
                bands.add(new Band(band, FILLS[band], bandMin[band], bandMax[band]));
            }
        }
        return new StaffingHeatmap(description, LEFT + 24 * CELL_WIDTH, TOP + 7 * CELL_HEIGHT, cells, dayLabels,
                hourLabels, bands, days);
    }

    /** 1 to 5 by the share of non-empty cells with a smaller value; 0 for an empty cell. */
    static int band(int value, int[] sortedNonEmpty) {
        if (value <= 0) {
            return 0;
        }
        int smaller = 0;
        while (smaller < sortedNonEmpty.length && sortedNonEmpty[smaller] < value) {
            smaller++;
        }
        return 1 + 5 * smaller / sortedNonEmpty.length;
    }

    public List<String> hours() {
        List<String> hours = new ArrayList<>();
        for (int hour = 0; hour < 24; hour++) {
            hours.add("%02d".formatted(hour));
        }
        return hours;
    }
}
