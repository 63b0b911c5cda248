package uk.beacon.demand.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.beacon.demand.domain.profile.Profile.Row;

class HeatmapTest {

    private static Row row(String key, long incidents) {
        return new Row(key, incidents, null, null);
    }

    @Test
    void eachHourOfTheWeekHasACellMondayToSundayMidnightToEleven() {
        Heatmap heatmap = Heatmap.of(List.of(row("1 Mon 00:00", 3), row("7 Sun 23:00", 4)));

        assertThat(heatmap.days()).extracting(Heatmap.Day::name)
                .containsExactly("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");
        assertThat(heatmap.days()).allSatisfy(day -> assertThat(day.cells()).hasSize(24));
        assertThat(heatmap.days().get(0).cells().get(0).incidents()).isEqualTo(3);
        assertThat(heatmap.days().get(6).cells().get(23).incidents()).isEqualTo(4);
        assertThat(heatmap.incidents()).isEqualTo(7);
        assertThat(heatmap.hours()).hasSize(24).startsWith("00").endsWith("23");
    }

    @Test
    void cellsWithIncidentsFallIntoFiveBandsByQuintileAndEmptyCellsIntoNone() {
        // Ten hours with 1 to 10 incidents: two in each band.
        List<Row> rows = new ArrayList<>();
        for (int hour = 0; hour < 10; hour++) {
            rows.add(row("3 Wed %02d:00".formatted(hour), hour + 1));
        }

        Heatmap heatmap = Heatmap.of(rows);

        List<Heatmap.Cell> wednesday = heatmap.days().get(2).cells();
        assertThat(wednesday.subList(0, 10)).extracting(Heatmap.Cell::band)
                .containsExactly(1, 1, 2, 2, 3, 3, 4, 4, 5, 5);
        assertThat(wednesday.get(10).band()).isZero();
        assertThat(heatmap.bands()).extracting(Heatmap.Band::text).containsExactly(
                "Band 1, lightest: 1 to 2 incidents in the hour", "Band 2: 3 to 4 incidents in the hour",
                "Band 3: 5 to 6 incidents in the hour", "Band 4: 7 to 8 incidents in the hour",
                "Band 5, darkest: 9 to 10 incidents in the hour");
    }

    @Test
    void equalCountsShareABand() {
        long[] sorted = {5, 5, 5, 5, 9};

        assertThat(Heatmap.band(5, sorted)).isEqualTo(1);
        assertThat(Heatmap.band(9, sorted)).isEqualTo(5);
        assertThat(Heatmap.band(0, sorted)).isZero();
    }
}
