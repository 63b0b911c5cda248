package uk.beacon.capacity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import org.junit.jupiter.api.Test;
import uk.beacon.capacity.service.ShiftPlanResult;

class ShiftPlanFormTest {

    private static ShiftPlanForm form(String requirement, String starts, String pattern) {
        return new ShiftPlanForm("Plan", requirement, "8, 10,12", starts, "3", "", pattern);
    }

    @Test
    void readsSevenLinesOfTwentyFourPastedFromASpreadsheetMondayFirst() {
        StringBuilder week = new StringBuilder();
        for (int day = 0; day < 7; day++) {
            for (int hour = 0; hour < 24; hour++) {
                week.append(hour == 0 ? "" : "\t").append(day * 100 + hour);
            }
            week.append("\r\n");
        }

        ShiftPlanForm.Parsed parsed = form(week.toString(), "", "").parse();

        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.request().requirement()[0]).isZero();
        assertThat(parsed.request().requirement()[25]).isEqualTo(101);
        assertThat(parsed.request().requirement()[167]).isEqualTo(623);
        assertThat(parsed.request().shiftLengthsHours()).containsExactly(8, 10, 12);
        assertThat(parsed.request().startHours()).as("empty means any hour").isNull();
        assertThat(parsed.request().minimumPerShift()).isEqualTo(3);
        assertThat(parsed.request().briefingOverlapHours()).isZero();
        assertThat(parsed.request().currentPattern()).isNull();
        assertThat(ShiftPlanForm.requirementText(parsed.request().requirement())).startsWith("0 1 2")
                .contains("\n100 101").endsWith("623");
    }

    @Test
    void readsTheCurrentPatternOneShiftALine() {
        String requirement = String.join(",", Collections.nCopies(168, "2.5"));

        ShiftPlanForm.Parsed parsed = form(requirement, "6 14 22", "Monday 07:00 10 12\n\nsun, 22, 8, 4").parse();

        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.request().startHours()).containsExactly(6, 14, 22);
        assertThat(parsed.request().currentPattern()).containsExactly(
                new ShiftPlanResult.PlannedShift("MONDAY", 7, 10, 12),
                new ShiftPlanResult.PlannedShift("SUNDAY", 22, 8, 4));
    }

    @Test
    void namesEachFieldAtFault() {
        ShiftPlanForm.Parsed parsed = new ShiftPlanForm("", "1 2 x", "eight", "6, noon", "many", "1.5",
                "Monday at seven").parse();

        assertThat(parsed.request()).isNull();
        assertThat(parsed.errors()).containsOnlyKeys("requirement", "shiftLengthsHours", "startHours",
                "minimumPerShift", "briefingOverlapHours", "currentPattern");
        assertThat(parsed.errors().get("requirement")).contains("you entered 3");
        assertThat(parsed.errors().get("currentPattern")).contains("Line 1");
    }
}
