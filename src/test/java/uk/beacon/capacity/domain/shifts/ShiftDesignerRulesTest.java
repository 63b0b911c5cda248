package uk.beacon.capacity.domain.shifts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One test for each rule the designer keeps, on small instances whose best plan is known by hand. */
class ShiftDesignerRulesTest {

    private static final ShiftDesigner.Limits LIMITS = new ShiftDesigner.Limits(Duration.ofSeconds(60), 8);

    private static ShiftDesign design(double[] requirement, List<Integer> lengths, List<Integer> starts, int minimum,
            int overlap) {
        ShiftRules rules = ShiftRules.of(requirement, lengths, starts, minimum, overlap);
        ShiftDesign design = new ShiftDesigner().design(rules, LIMITS, null);
        ShiftPlanChecks.assertKeepsRules(design, rules);
        return design;
    }

    private static double[] only(int fromHourOfWeek, int hours, int people) {
        double[] requirement = new double[168];
        for (int i = 0; i < hours; i++) {
            requirement[(fromHourOfWeek + i) % 168] = people;
        }
        return requirement;
    }

    @Test
    void coversEveryHourAtTheFewestPaidHours() {
        // Five people needed on Wednesday 10:00 only: one 8-hour shift of five is the cheapest cover.
        ShiftDesign single = design(only(2 * 24 + 10, 1, 5), List.of(8, 10, 12), null, 1, 0);
        assertThat(single.paidHours()).isEqualTo(40);
        assertThat(single.shifts()).singleElement().extracting(Shift::staff, Shift::lengthHours).containsExactly(5, 8);
        assertThat(single.coverage()[2 * 24 + 10]).isEqualTo(5);

        ShiftDesign random = design(ShiftRequirementProfiles.random(7, 10), List.of(8, 10, 12), null, 1, 0);
        assertThat(random.optimal()).isTrue();
    }

    @Test
    void aShiftStartingOnSundayEveningCoversMondaysFirstHours() {
        // Three people needed from Sunday 22:00 to Monday 03:59; only 6-hour shifts from 22:00 are allowed. Only
        // by wrapping round the week can one shift cover it.
        ShiftDesign design = design(only(6 * 24 + 22, 6, 3), List.of(6), List.of(22), 1, 0);

        assertThat(design.shifts()).containsExactly(new Shift(DayOfWeek.SUNDAY, 22, 6, 3));
        assertThat(design.paidHours()).isEqualTo(18);
        int[] coverage = design.coverage();
        assertThat(new int[] {coverage[166], coverage[167], coverage[0], coverage[3], coverage[4]})
                .containsExactly(3, 3, 3, 3, 0);
    }

    @Test
    void aShiftThatIsWorkedHasAtLeastTheMinimum() {
        // Two needed Monday 08:00-15:59 and one on Tuesday then: 24 paid hours with no minimum, but with at least
        // three on any shift worked, two shifts of three: 48.
        double[] requirement = only(8, 8, 2);
        double[] tuesday = only(24 + 8, 8, 1);
        for (int hour = 0; hour < 168; hour++) {
            requirement[hour] += tuesday[hour];
        }
        assertThat(design(requirement, List.of(8), List.of(8), 1, 0).paidHours()).isEqualTo(24);

        ShiftDesign withMinimum = design(requirement, List.of(8), List.of(8), 3, 0);

        assertThat(withMinimum.paidHours()).isEqualTo(48);
        assertThat(withMinimum.shifts()).extracting(Shift::staff).containsOnly(3);
    }

    @Test
    void aMinimumAboveEveryHoursRequirementStillGetsTheCheapestPlan() {
        // One needed on Wednesday 10:00, in teams of at least three: one 8-hour shift of three (24 paid hours).
        // The first, covering-only pass must allow three on a shift too, or its bound (three shifts of one, 28)
        // would rule the best plan out.
        ShiftDesign design = design(only(2 * 24 + 10, 1, 1), List.of(8, 12), List.of(4, 10), 3, 0);

        assertThat(design.paidHours()).isEqualTo(24);
        assertThat(design.shifts()).singleElement().extracting(Shift::staff, Shift::lengthHours).containsExactly(3, 8);
    }

    @Test
    void shiftsStartOnlyAtTheAllowedHoursAndLastOnlyTheAllowedLengths() {
        ShiftDesign twelves = design(ShiftRequirementProfiles.constant(1), List.of(12), List.of(7, 19), 1, 0);
        assertThat(twelves.shifts()).extracting(Shift::startHour).containsOnly(7, 19);
        assertThat(twelves.shifts()).extracting(Shift::lengthHours).containsOnly(12);
        assertThat(twelves.paidHours()).isEqualTo(168);

        // 10-hour shifts cannot tile a 168-hour week: the best is 17 of them, 170 hours.
        ShiftDesign tens = design(ShiftRequirementProfiles.constant(1), List.of(10), null, 1, 0);
        assertThat(tens.shifts()).extracting(Shift::lengthHours).containsOnly(10);
        assertThat(tens.paidHours()).isEqualTo(170);
    }

    @Test
    void everyShiftStartsWhileAnEarlierShiftHasTheBriefingOverlapStillToRun() {
        // Two on duty at all times, in teams of at least two. Without the rule, three 8-hour shifts a day tile the
        // week (336 hours); with a 1-hour overlap every shift must start before the one before it ends, so the plan
        // costs more. (With teams of one, staggered shifts would overlap for free.)
        ShiftDesign free = design(ShiftRequirementProfiles.constant(2), List.of(8, 9), List.of(5, 6, 13, 14, 21, 22), 2, 0);
        ShiftDesign briefed = design(ShiftRequirementProfiles.constant(2), List.of(8, 9), List.of(5, 6, 13, 14, 21, 22), 2, 1);

        assertThat(free.paidHours()).isEqualTo(336);
        assertThat(briefed.paidHours()).isGreaterThan(336);
        assertThat(briefed.optimal()).isTrue();
        assertThat(briefed.paidHours()).isEqualTo(ShiftDesignerMatchesIndependentSolverTest.independentOptimum(
                ShiftRules.of(ShiftRequirementProfiles.constant(2), List.of(8, 9), List.of(5, 6, 13, 14, 21, 22), 2, 1)));
    }

    @Test
    void saysWhenTheBriefingOverlapCannotBeKept() {
        // 8-hour shifts 8 hours apart never overlap.
        ShiftRules rules = ShiftRules.of(ShiftRequirementProfiles.constant(2), List.of(8), List.of(6, 14, 22), 1, 1);

        assertThatThrownBy(() -> new ShiftDesigner().design(rules, LIMITS, null))
                .isInstanceOfSatisfying(ShiftRuleException.class,
                        e -> assertThat(e.field()).isEqualTo("briefingOverlapHours"));
    }

    @Test
    void aWeekThatNeedsNobodyHasAnEmptyOptimalPlan() {
        ShiftDesign design = design(new double[168], List.of(8), null, 5, 0);

        assertThat(design.shifts()).isEmpty();
        assertThat(design.optimal()).isTrue();
        assertThat(design.paidHours()).isZero();
    }
}
