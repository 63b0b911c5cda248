package uk.beacon.portfolio.web;

import static uk.beacon.platform.format.Numbers.pounds;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.beacon.portfolio.service.OptimisationResult;

/**
 * A chosen portfolio for the page: a timeline (one bar per selected initiative, from its start year over its
 * duration) and the spend of each year against its budget, both drawn as SVG with sizes as attributes (no inline
 * style), and the rows of the tables that hold the same numbers.
 */
record OptimisationResultView(OptimisationResult result, String objectiveName, String objectiveValue, String status,
        Timeline timeline, List<Row> selected, Columns columns, List<YearRow> years, String step) {

    record Row(String name, String startYear, int years) {
    }

    record YearRow(String year, String budget, String spend, String marginal) {
    }

    record Bar(String label, int labelY, double x, int y, double width) {
    }

    record Tick(String label, double x) {
    }

    record Timeline(String description, int width, int height, int barHeight, List<Bar> bars, List<Tick> ticks,
            int axisY) {
    }

    record Column(String label, double x, double y, double width, double height, double budgetY, double labelX,
            double lineX1, double lineX2) {
    }

    record Columns(String description, int width, int height, int baseY, List<Column> columns) {
    }

    static final int WIDTH = 640;
    static final int LABEL_WIDTH = 220;
    static final int ROW = 28;
    static final int BAR_HEIGHT = 18;
    static final int CHART_HEIGHT = 220;

    static OptimisationResultView of(OptimisationResult result, Map<String, String> names,
            Map<String, Integer> durations, int firstYear) {
        int horizon = result.budgetByYear().length;
        double yearWidth = (double) (WIDTH - LABEL_WIDTH - 10) / Math.max(1, horizon);
        List<Row> rows = new ArrayList<>();
        List<Bar> bars = new ArrayList<>();
        int y = 0;
        for (OptimisationResult.Selected selected : result.selected()) {
            String name = names.getOrDefault(selected.id(), selected.id());
            int years = durations.getOrDefault(selected.id(), 1);
            rows.add(new Row(name, year(firstYear, selected.startYear()), years));
            int shown = Math.max(1, Math.min(years, horizon - selected.startYear()));
            bars.add(new Bar(name, y + 18, LABEL_WIDTH + round(selected.startYear() * yearWidth), y + 5,
                    round(shown * yearWidth)));
            y += ROW;
        }
        List<Tick> ticks = new ArrayList<>();
        for (int t = 0; t < horizon; t++) {
            ticks.add(new Tick(year(firstYear, t), LABEL_WIDTH + round((t + 0.5) * yearWidth)));
        }
        Timeline timeline = new Timeline("Timeline of the " + rows.size() + " initiatives chosen: one bar for each, "
                + "from its start year over its duration. The table below has the same numbers.", WIDTH, y + 24,
                BAR_HEIGHT, bars, ticks, y + 16);

        double max = 0;
        for (int t = 0; t < horizon; t++) {
            max = Math.max(max, Math.max(result.spendByYear()[t], result.budgetByYear()[t]));
        }
        double columnWidth = (double) (WIDTH - 20) / Math.max(1, horizon);
        int base = CHART_HEIGHT - 20;
        List<Column> columns = new ArrayList<>();
        List<YearRow> yearRows = new ArrayList<>();
        boolean money = "npsv".equals(result.objective());
        for (int t = 0; t < horizon; t++) {
            double spend = result.spendByYear()[t];
            double budget = result.budgetByYear()[t];
            double height = max <= 0 ? 0 : round((base - 10) * spend / max);
            double budgetY = max <= 0 ? base : round(base - (base - 10) * budget / max);
            double x = 10 + round(t * columnWidth + columnWidth * 0.15);
            double width = round(columnWidth * 0.7);
            columns.add(new Column(year(firstYear, t), x, round(base - height), width, height, budgetY,
                    round(x + width / 2), round(x - 4), round(x + width + 4)));
            double marginal = t < result.marginalValueByYear().length ? result.marginalValueByYear()[t] : 0;
            yearRows.add(new YearRow(year(firstYear, t), pounds(budget), pounds(spend),
                    (money ? "£" : "") + String.format(Locale.UK, "%,.4f", marginal)));
        }
        Columns chart = new Columns("Spend of the chosen portfolio in each year, as columns, with each year's budget "
                + "marked by a line. The table below has the same numbers.", WIDTH, CHART_HEIGHT, base, columns);
        String objectiveName = switch (result.objective()) {
            case "officerHours" -> "Officer hours released";
            case "harm" -> "Harm reduced";
            default -> "Net present social value";
        };
        String value = money ? pounds(result.objectiveValue())
                : String.format(Locale.UK, "%,.1f", result.objectiveValue());
        String status = result.optimal() ? "Optimal: no portfolio within the rules does better"
                : String.format(Locale.UK, "Not proven optimal: within %.2f%% of the best possible",
                        100 * result.gap());
        return new OptimisationResultView(result, objectiveName, value, status, timeline, rows, chart, yearRows,
                pounds(result.marginalStep()));
    }

    private static String year(int firstYear, int t) {
        return firstYear == 0 ? "Year " + t : String.valueOf(firstYear + t);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

}
