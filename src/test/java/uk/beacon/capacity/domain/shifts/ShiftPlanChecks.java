package uk.beacon.capacity.domain.shifts;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks, written apart from the designer, that a plan keeps every rule it was designed under. */
final class ShiftPlanChecks {

    private ShiftPlanChecks() {
    }

    static void assertKeepsRules(ShiftDesign design, ShiftRules rules) {
        int[] onDuty = new int[168];
        long paid = 0;
        for (Shift shift : design.shifts()) {
            assertThat(rules.lengthsHours()).as("allowed length").contains(shift.lengthHours());
            assertThat(rules.startHours()).as("allowed start").contains(shift.startHour());
            assertThat(shift.staff()).as("staff on " + shift).isGreaterThanOrEqualTo(Math.max(1, rules.minimumPerShift()));
            int start = (shift.day().getValue() - 1) * 24 + shift.startHour();
            for (int i = 0; i < shift.lengthHours(); i++) {
                onDuty[(start + i) % 168] += shift.staff();
            }
            paid += (long) shift.lengthHours() * shift.staff();
            if (rules.briefingOverlapHours() > 0) {
                boolean briefed = design.shifts().stream().anyMatch(other -> {
                    int otherStart = (other.day().getValue() - 1) * 24 + other.startHour();
                    int before = ((start - otherStart) % 168 + 168) % 168;
                    return before >= 1 && other.lengthHours() - before >= rules.briefingOverlapHours();
                });
                assertThat(briefed).as("someone from an earlier shift briefs " + shift).isTrue();
            }
        }
        assertThat(design.paidHours()).isEqualTo(paid);
        assertThat(design.coverage()).containsExactly(onDuty);
        int[] requirement = rules.requirement();
        for (int hour = 0; hour < 168; hour++) {
            assertThat(onDuty[hour]).as("on duty at hour " + hour).isGreaterThanOrEqualTo(requirement[hour]);
        }
    }
}
