package uk.beacon.capacity.domain.shifts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShiftRulesTest {

    private static void assertRefused(String field, String message, Runnable build) {
        assertThatThrownBy(build::run).isInstanceOfSatisfying(ShiftRuleException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.getMessage()).contains(message);
        });
    }

    @Test
    void roundsFractionalRequirementsUpAndSaysSo() {
        double[] requirement = ShiftRequirementProfiles.constant(2);
        requirement[5] = 2.1;
        requirement[6] = 3.0000000000001;

        ShiftRules rules = ShiftRules.of(requirement, List.of(8), null, null, null);

        assertThat(rules.requirementAt(5)).isEqualTo(3);
        assertThat(rules.requirementAt(6)).isEqualTo(3);
        assertThat(rules.roundedUp()).isTrue();
        assertThat(ShiftRules.of(ShiftRequirementProfiles.constant(2), List.of(8), null, null, null).roundedUp())
                .isFalse();
    }

    @Test
    void leavingOutStartsAllowsEveryHourAndDefaultsAreOnePersonAndNoOverlap() {
        ShiftRules rules = ShiftRules.of(ShiftRequirementProfiles.constant(1), List.of(12, 8, 8), null, null, null);

        assertThat(rules.startHours()).hasSize(24).startsWith(0, 1).endsWith(23);
        assertThat(rules.lengthsHours()).containsExactly(8, 12);
        assertThat(rules.minimumPerShift()).isEqualTo(1);
        assertThat(rules.briefingOverlapHours()).isZero();
    }

    @Test
    void refusesARequirementThatIsNotOneNonNegativeNumberAnHour() {
        assertRefused("requirement", "it has 167", () -> ShiftRules.of(new double[167], List.of(8), null, 1, 0));
        assertRefused("requirement", "it has 0", () -> ShiftRules.of(null, List.of(8), null, 1, 0));
        double[] negative = new double[168];
        negative[25] = -1;
        assertRefused("requirement", "Tuesday 01:00", () -> ShiftRules.of(negative, List.of(8), null, 1, 0));
        double[] notANumber = new double[168];
        Arrays.fill(notANumber, Double.NaN);
        assertRefused("requirement", "Monday 00:00", () -> ShiftRules.of(notANumber, List.of(8), null, 1, 0));
    }

    @Test
    void refusesLengthsStartsMinimumAndOverlapOutsideTheirRanges() {
        double[] one = ShiftRequirementProfiles.constant(1);
        assertRefused("shiftLengthsHours", "at least one", () -> ShiftRules.of(one, List.of(), null, 1, 0));
        assertRefused("shiftLengthsHours", "from 1 to 24", () -> ShiftRules.of(one, List.of(8, 25), null, 1, 0));
        assertRefused("startHours", "from 0 to 23", () -> ShiftRules.of(one, List.of(8), List.of(24), 1, 0));
        assertRefused("startHours", "at least one", () -> ShiftRules.of(one, List.of(8), List.of(), 1, 0));
        assertRefused("minimumPerShift", "not -1", () -> ShiftRules.of(one, List.of(8), null, -1, 0));
        assertRefused("briefingOverlapHours", "from 0 to 11", () -> ShiftRules.of(one, List.of(8, 12), null, 1, 12));
    }

    @Test
    void refusesAnHourThatNoAllowedShiftCanCover() {
        double[] evening = new double[168];
        evening[20] = 1;

        assertRefused("startHours", "Monday 20:00", () -> ShiftRules.of(evening, List.of(8), List.of(6), 1, 0));
    }
}
