package uk.beacon.capacity.domain.shifts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.util.List;
import org.junit.jupiter.api.Test;

class PatternMeasuresTest {

    @Test
    void countsPaidHoursAndPersonHoursOverAndUnderTheRequirementAcrossTheWeeksEnd() {
        int[] requirement = new int[168];
        java.util.Arrays.fill(requirement, 2);
        // Sunday 20:00 for 10 hours with 3 people: 10 hours at one over, running to Monday 06:00.
        List<Shift> shifts = List.of(new Shift(DayOfWeek.SUNDAY, 20, 10, 3));

        PatternMeasures measures = PatternMeasures.of(requirement, shifts);

        assertThat(measures.paidHours()).isEqualTo(30);
        assertThat(measures.hoursOver()).isEqualTo(10);
        assertThat(measures.hoursUnder()).isEqualTo(2 * 158);
        assertThat(measures.hoursShort()).isEqualTo(158);
        assertThat(WeekHours.coverage(shifts)[5]).isEqualTo(3);
        assertThat(WeekHours.coverage(shifts)[6]).isZero();
    }
}
