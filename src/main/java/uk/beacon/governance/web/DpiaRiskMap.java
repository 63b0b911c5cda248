package uk.beacon.governance.web;

import java.util.ArrayList;
import java.util.List;
import uk.beacon.governance.domain.dpia.Dpia;
import uk.beacon.governance.domain.dpia.Risk;
import uk.beacon.governance.domain.dpia.Scale;

/**
 * The DPIA's risk map, as CNIL's PIA method draws it: a 4 × 4 grid with likelihood across (1 negligible on the
 * left to 4 maximum on the right) and severity up (1 negligible at the bottom to 4 maximum at the top), each risk
 * placed before measures (a hollow circle) and after them (a filled one), joined by a line. Within a cell each risk
 * has its own column (in {@code RiskKind} order) and the before and after circles their own row, so that no two
 * circles overlap. Drawn as inline SVG by the template, sizes as attributes (no inline style under the
 * Content-Security-Policy); {@link #rows()} is the table of the same numbers that goes beside it.
 *
 * <p>The cells are shaded by CNIL's reading of the map: both severity and likelihood significant or maximum (to
 * avoid), one of them (to reduce), neither (acceptable).
 */
public record DpiaRiskMap(List<Cell> cells, List<Tick> severityTicks, List<Tick> likelihoodTicks,
        List<Marker> markers, List<Line> lines, List<Row> rows) {

    static final int CELL = 90;
    static final int LEFT = 130;
    static final int TOP = 10;
    static final int RADIUS = 12;
    static final int WIDTH = LEFT + 4 * CELL + 10;
    static final int HEIGHT = TOP + 4 * CELL + 70;

    static final String AVOID = "#f4c7bf";
    static final String REDUCE = "#fbe6b3";
    static final String ACCEPT = "#e3efd9";

    public record Cell(int severity, int likelihood, int x, int y, String fill) {
    }

    /** A label of an axis, at the middle of its row or column: the level's number and its name. */
    public record Tick(String number, String label, int x, int y) {
    }

    /**
     * One circle: a risk before or after measures.
     *
     * @param code the risk's letter, written in the circle
     * @param title what the circle is, for a tooltip and screen readers
     */
    public record Marker(String code, boolean after, int cx, int cy, String title) {
    }

    public record Line(int x1, int y1, int x2, int y2) {
    }

    /** A line of the table: the same numbers as the map, and the residual score. */
    public record Row(String code, String risk, String severityBefore, String likelihoodBefore,
            String severityAfter, String likelihoodAfter, String residual) {
    }

    public static DpiaRiskMap of(Dpia dpia) {
        List<Cell> cells = new ArrayList<>();
        for (int severity = Scale.MAX; severity >= Scale.MIN; severity--) {
            for (int likelihood = Scale.MIN; likelihood <= Scale.MAX; likelihood++) {
                boolean severe = severity >= 3;
                boolean likely = likelihood >= 3;
                cells.add(new Cell(severity, likelihood, cellX(likelihood), cellY(severity),
                        severe && likely ? AVOID : severe || likely ? REDUCE : ACCEPT));
            }
        }
        List<Tick> severityTicks = new ArrayList<>();
        List<Tick> likelihoodTicks = new ArrayList<>();
        for (Scale level : Scale.values()) {
            String number = String.valueOf(level.value());
            severityTicks.add(new Tick(number, level.label(), LEFT - 8, cellY(level.value()) + CELL / 2 + 5));
            likelihoodTicks.add(new Tick(number, level.label(), cellX(level.value()) + CELL / 2,
                    TOP + 4 * CELL + 20));
        }
        List<Marker> markers = new ArrayList<>();
        List<Line> lines = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        for (Risk risk : dpia.risks()) {
            if (risk.kind() == null) {
                continue;
            }
            int column = risk.kind().ordinal();
            String name = risk.kind().label();
            Marker before = marker(risk.kind().code(), false, column, risk.severityBefore(), risk.likelihoodBefore(),
                    name + " before measures");
            Marker after = marker(risk.kind().code(), true, column, risk.severityAfter(), risk.likelihoodAfter(),
                    name + " after measures");
            if (before != null && after != null) {
                lines.add(new Line(before.cx(), before.cy(), after.cx(), after.cy()));
            }
            if (before != null) {
                markers.add(before);
            }
            if (after != null) {
                markers.add(after);
            }
            Integer residual = risk.residualScore();
            rows.add(new Row(risk.kind().code(), name, Scale.text(risk.severityBefore()),
                    Scale.text(risk.likelihoodBefore()), Scale.text(risk.severityAfter()),
                    Scale.text(risk.likelihoodAfter()), residual == null ? "Not assessed" : residual.toString()));
        }
        return new DpiaRiskMap(cells, severityTicks, likelihoodTicks, markers, lines, rows);
    }

    private static Marker marker(String code, boolean after, int column, Integer severity, Integer likelihood,
            String title) {
        if (!Scale.valid(severity) || !Scale.valid(likelihood)) {
            return null;
        }
        int cx = cellX(likelihood) + CELL * (2 * column + 1) / 6;
        int cy = cellY(severity) + CELL * (after ? 2 : 1) / 3;
        return new Marker(code, after, cx, cy, title + ": severity " + Scale.text(severity) + ", likelihood "
                + Scale.text(likelihood));
    }

    static int cellX(int likelihood) {
        return LEFT + (likelihood - 1) * CELL;
    }

    static int cellY(int severity) {
        return TOP + (Scale.MAX - severity) * CELL;
    }

    public int width() {
        return WIDTH;
    }

    public int height() {
        return HEIGHT;
    }

    public int cell() {
        return CELL;
    }

    public int radius() {
        return RADIUS;
    }

    /** Where the axis titles go. */
    public int gridLeft() {
        return LEFT;
    }

    public int gridBottom() {
        return TOP + 4 * CELL;
    }

    public int gridMiddleX() {
        return LEFT + 2 * CELL;
    }

    public int gridMiddleY() {
        return TOP + 2 * CELL;
    }

    public String description() {
        return "Risk map: the three risks placed by severity (up) and likelihood (across), before measures as "
                + "hollow circles and after measures as filled ones. The table after the map gives the same numbers.";
    }

    public boolean empty() {
        return markers.isEmpty();
    }
}
