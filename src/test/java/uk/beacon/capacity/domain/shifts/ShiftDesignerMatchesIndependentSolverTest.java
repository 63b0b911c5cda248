package uk.beacon.capacity.domain.shifts;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Done means: the shift designer's paid hours equal the optimum found by an independent integer-programming
 * solver. The same problem is written here again, separately, as a mixed-integer programme for SCIP through
 * OR-Tools' MPSolver (CBC where SCIP is missing): the covering sums are built hour by hour by looking back
 * over each length, rather than shift by shift, and the rules as big-M constraints on binary variables.
 */
class ShiftDesignerMatchesIndependentSolverTest {

    private static final ShiftDesigner.Limits LIMITS = new ShiftDesigner.Limits(Duration.ofSeconds(120), 8);

    @BeforeAll
    static void load() {
        ShiftDesigner.loadNativeLibraries();
    }

    static Stream<Arguments> instances() {
        List<Integer> fewStarts = List.of(0, 6, 7, 8, 14, 15, 16, 22);
        double[] wrap = new double[WeekHours.HOURS];
        // Only Sunday 20:00 to Monday 05:59 needs anyone: one shift across the week's end covers it best.
        for (int hour = 164; hour < 168; hour++) {
            wrap[hour] = 6;
        }
        for (int hour = 0; hour < 6; hour++) {
            wrap[hour] = 6;
        }
        return Stream.of(
                Arguments.of("random 0-12, eight start hours, 8/10/12 h", ShiftRequirementProfiles.random(1, 12),
                        List.of(8, 10, 12), fewStarts, 1, 0),
                Arguments.of("random 0-9, any start hour, 8/10/12 h", ShiftRequirementProfiles.random(2, 9),
                        List.of(8, 10, 12), null, 1, 0),
                Arguments.of("response profile 20-80, any start hour, 8/10/12 h",
                        ShiftRequirementProfiles.responseProfile(20, 80), List.of(8, 10, 12), null, 1, 0),
                Arguments.of("response profile 5-30, six start hours, 8/9/10 h",
                        ShiftRequirementProfiles.responseProfile(5, 30), List.of(8, 9, 10), List.of(6, 7, 14, 15, 22, 23),
                        1, 0),
                Arguments.of("wrap-around: only Sunday night into Monday", wrap, List.of(8, 10, 12), null, 1, 0),
                Arguments.of("random 0-12, minimum 4 per shift, eight start hours",
                        ShiftRequirementProfiles.random(3, 12), List.of(8, 10, 12), fewStarts, 4, 0),
                Arguments.of("response profile 4-20, minimum 6 per shift, six start hours",
                        ShiftRequirementProfiles.responseProfile(4, 20), List.of(8, 10, 12),
                        List.of(6, 7, 14, 15, 22, 23), 6, 0),
                Arguments.of("random 0-10, briefing overlap 1 h, eight start hours",
                        ShiftRequirementProfiles.random(4, 10), List.of(8, 10, 12), fewStarts, 1, 1),
                Arguments.of("response profile 5-25, minimum 3 and overlap 2 h, six start hours",
                        ShiftRequirementProfiles.responseProfile(5, 25), List.of(8, 10, 12),
                        List.of(6, 7, 14, 15, 22, 23), 3, 2));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("instances")
    @DisplayName("The designer's paid hours equal the independent MIP optimum, and its plan keeps every rule")
    void paidHoursEqualIndependentOptimum(String name, double[] requirement, List<Integer> lengths,
            List<Integer> starts, int minimum, int overlap) {
        ShiftRules rules = ShiftRules.of(requirement, lengths, starts, minimum, overlap);

        ShiftDesign design = new ShiftDesigner().design(rules, LIMITS, null);
        long independent = independentOptimum(rules);

        assertThat(design.optimal()).as("proven optimal").isTrue();
        assertThat(design.gap()).isZero();
        assertThat(design.paidHours()).isEqualTo(independent);
        ShiftPlanChecks.assertKeepsRules(design, rules);
    }

    /** The same problem as a MIP, written without the designer's code. Returns the proven optimum. */
    static long independentOptimum(ShiftRules rules) {
        MPSolver solver = MPSolver.createSolver("SCIP");
        if (solver == null) {
            solver = MPSolver.createSolver("CBC");
        }
        int[] requirement = rules.requirement();
        int big = Math.max(rules.minimumPerShift(), java.util.Arrays.stream(requirement).max().orElse(0));
        boolean[] startAllowed = new boolean[24];
        rules.startHours().forEach(hour -> startAllowed[hour] = true);
        // x[start hour of week][length index], null where the start is not allowed.
        List<Integer> lengths = rules.lengthsHours();
        MPVariable[][] x = new MPVariable[168][lengths.size()];
        MPVariable[][] used = new MPVariable[168][lengths.size()];
        MPObjective objective = solver.objective();
        for (int t = 0; t < 168; t++) {
            if (!startAllowed[t % 24]) {
                continue;
            }
            for (int l = 0; l < lengths.size(); l++) {
                x[t][l] = solver.makeIntVar(0, big, "x" + t + "_" + l);
                used[t][l] = solver.makeBoolVar("u" + t + "_" + l);
                objective.setCoefficient(x[t][l], lengths.get(l));
                // x <= big * used and x >= max(1, minimum) * used
                MPConstraint upper = solver.makeConstraint(Double.NEGATIVE_INFINITY, 0);
                upper.setCoefficient(x[t][l], 1);
                upper.setCoefficient(used[t][l], -big);
                MPConstraint lower = solver.makeConstraint(0, Double.POSITIVE_INFINITY);
                lower.setCoefficient(x[t][l], 1);
                lower.setCoefficient(used[t][l], -Math.max(1, rules.minimumPerShift()));
            }
        }
        objective.setMinimization();
        for (int h = 0; h < 168; h++) {
            MPConstraint cover = solver.makeConstraint(requirement[h], Double.POSITIVE_INFINITY);
            for (int l = 0; l < lengths.size(); l++) {
                for (int back = 0; back < lengths.get(l); back++) {
                    int t = ((h - back) % 168 + 168) % 168;
                    if (x[t][l] != null) {
                        cover.setCoefficient(x[t][l], cover.getCoefficient(x[t][l]) + 1);
                    }
                }
            }
        }
        int overlap = rules.briefingOverlapHours();
        if (overlap > 0) {
            for (int t = 0; t < 168; t++) {
                for (int l = 0; l < lengths.size(); l++) {
                    if (used[t][l] == null) {
                        continue;
                    }
                    // used[t][l] <= sum of used shifts that started a hours before t, 1 <= a <= length - overlap
                    MPConstraint briefed = solver.makeConstraint(0, Double.POSITIVE_INFINITY);
                    briefed.setCoefficient(used[t][l], -1);
                    for (int m = 0; m < lengths.size(); m++) {
                        for (int a = 1; a <= lengths.get(m) - overlap; a++) {
                            int s = ((t - a) % 168 + 168) % 168;
                            if (used[s][m] != null) {
                                briefed.setCoefficient(used[s][m], 1);
                            }
                        }
                    }
                }
            }
        }
        MPSolver.ResultStatus status = solver.solve();
        assertThat(status).as("independent solver status").isEqualTo(MPSolver.ResultStatus.OPTIMAL);
        long optimum = Math.round(objective.value());
        solver.delete();
        return optimum;
    }

}
