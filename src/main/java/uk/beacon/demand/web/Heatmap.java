package uk.beacon.demand.web;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import uk.beacon.demand.domain.profile.Profile;

/**
 * Incidents by hour of the week as a 7 × 24 table, Monday to Sunday by 00:00 to 23:00. Each cell
 * with incidents is in one of five bands (quintiles of the cells with incidents), which the
 * stylesheet shades; equal counts share a band. Empty cells are band 0.
 */
record Heatmap(List<Day> days, List<Band> bands, long incidents) {

    static final int BANDS = 5;

    record Day(String name, List<Cell> cells) {
    }

    record Cell(int hour, long incidents, int band) {

        public String text() {
            return Figures.count(incidents);
        }
    }

    /** A band for the legend: the range of counts its cells hold. */
    record Band(int band, long min, long max) {

        public String text() {
            String name = "Band " + band + (band == 1 ? ", lightest" : band == BANDS ? ", darkest" : "");
            String range = min == max ? Figures.count(min) : Figures.count(min) + " to " + Figures.count(max);
            return name + ": " + range + (max == 1 ? " incident" : " incidents") + " in the hour";
        }
    }

    /** @param rows the hour-of-week profile, keyed like {@code 1 Mon 09:00} (ISO day number first) */
    static Heatmap of(List<Profile.Row> rows) {
        long[][] counts = new long[7][24];
        for (Profile.Row row : rows) {
            String key = row.key();
            int day = Integer.parseInt(key.substring(0, 1)) - 1;
            int hour = Integer.parseInt(key.substring(key.length() - 5, key.length() - 3));
            counts[day][hour] += row.incidents();
        }
        long[] sorted = Arrays.stream(counts).flatMapToLong(Arrays::stream).filter(count -> count > 0).sorted()
                .toArray();
        long[] bandMin = new long[BANDS + 1];
        long[] bandMax = new long[BANDS + 1];
        Arrays.fill(bandMin, Long.MAX_VALUE);
        List<Day> days = new ArrayList<>();
        long total = 0;
        for (int day = 0; day < 7; day++) {
            List<Cell> cells = new ArrayList<>();
            for (int hour = 0; hour < 24; hour++) {
                long count = counts[day][hour];
                int band = band(count, sorted);
                bandMin[band] = Math.min(bandMin[band], count);
                bandMax[band] = Math.max(bandMax[band], count);
                cells.add(new Cell(hour, count, band));
                total += count;
            }
            days.add(new Day(DayOfWeek.of(day + 1).getDisplayName(TextStyle.FULL, Locale.UK), cells));
        }
        List<Band> bands = new ArrayList<>();
        for (int band = 1; band <= BANDS; band++) {
            if (bandMin[band] != Long.MAX_VALUE) {
                bands.add(new Band(band, bandMin[band], bandMax[band]));
            }
        }
        return new Heatmap(days, bands, total);
    }

    /** 1 to 5 by the share of non-empty cells with a smaller count; 0 for an empty cell. */
    static int band(long count, long[] sortedNonEmpty) {
        if (count == 0) {
            return 0;
        }
        int smaller = 0;
        while (smaller < sortedNonEmpty.length && sortedNonEmpty[smaller] < count) {
            smaller++;
        }
        return 1 + (int) ((long) BANDS * smaller / sortedNonEmpty.length);
    }

    /** The column headings, 00 to 23. */
    public List<String> hours() {
        List<String> hours = new ArrayList<>();
        for (int hour = 0; hour < 24; hour++) {
            hours.add("%02d".formatted(hour));
        }
        return hours;
    }
}
