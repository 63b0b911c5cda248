package uk.beacon.capacity.domain.staffing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.beacon.capacity.domain.queueing.ErlangC;

class StaffingCalculatorTest {

    private static double[] constant(double perHour) {
        double[] values = new double[Workload.HOURS];
        Arrays.fill(values, perHour);
        return values;
    }

    private static Workload workload(List<Workload.WorkItem> items, double travelMinutes) {
        return new Workload("test", 1, 180, items, List.of(new Workload.Travel(null, travelMinutes)),
                Shrinkage.defaults());
    }

    @Test
    void callHandlingEachHourIsTheFewestAgentsErlangCGivesForTheStandard() {
        // 200 incidents an hour, one call each of 180 s: 10 erlangs; 90% within 10 s.
        Workload work = workload(List.of(new Workload.WorkItem("OTHER_CRIME", 3, constant(200), 30, 1, false)), 8);

        StaffingRequirement requirement = StaffingCalculator.requirement(work, ServiceStandard.defaults());

        int expected = ErlangC.fewestServers(10, 180, 10, 0.9).servers();
        assertThat(requirement.callHandling().onDuty()).containsOnly(expected);
        assertThat(requirement.callHandling().trafficErlangs()[0]).isCloseTo(10, within(1e-12));
        assertThat(requirement.callHandling().serviceLevel()[0]).isGreaterThanOrEqualTo(0.9);
        assertThat(ErlangC.evaluate(expected - 1, 10, 180, 10).serviceLevel()).isLessThan(0.9);
        // Not deployed: no response work, so the minimum of one officer.
        assertThat(requirement.response().onDuty()).containsOnly(1);
    }

    @Test
    void rosteredIsOnDutyOverOneLessAbstraction() {
        Workload work = workload(List.of(new Workload.WorkItem("OTHER_CRIME", 1, constant(4), 60, 1, true)), 8);

        StaffingRequirement requirement = StaffingCalculator.requirement(work, ServiceStandard.defaults());

        double shrinkage = Shrinkage.defaults().total();
        assertThat(requirement.shrinkage()).isEqualTo(shrinkage);
        assertThat(requirement.response().rostered()[5])
                .isCloseTo(requirement.response().onDuty()[5] / (1 - shrinkage), within(1e-12));
    }

    @Test
    void responseFollowsTheHourlyShapeAndMeetsTheEmergencyStandardAfterTravel() {
        double[] perHour = new double[Workload.HOURS];
        perHour[9] = 10;
        perHour[10] = 2;
        Workload work = workload(List.of(new Workload.WorkItem("VIOLENT_CRIME", 1, perHour, 120, 2, true)), 8);

        StaffingRequirement requirement = StaffingCalculator.requirement(work, ServiceStandard.defaults());

        StaffingRequirement.ServiceRequirement response = requirement.response();
        assertThat(response.trafficErlangs()[9]).isCloseTo(20, within(1e-12));
        assertThat(response.handlingSeconds()[9]).isCloseTo(3600, within(1e-9));
        assertThat(response.onDuty()[9]).isGreaterThan(response.onDuty()[10]).isGreaterThan(20);
        assertThat(response.onDuty()[0]).isEqualTo(1);
        assertThat(response.serviceLevel()[9]).isGreaterThanOrEqualTo(0.9);
        ErlangC.Attendance fewer = ErlangC.attendance(response.onDuty()[9] - 1, 20, 20, 3600, 900, 480);
        assertThat(fewer.shareWithinTarget()).isLessThan(0.9);
    }

    @Test
    void movingWorkElsewhereNeedsFewerResponseHours() {
        Workload.WorkItem concern = new Workload.WorkItem("CONCERN_FOR_SAFETY", 2, constant(3), 150, 2, true);
        Workload.WorkItem emergencies = new Workload.WorkItem("VIOLENT_CRIME", 1, constant(2), 90, 2, true);
        Workload before = workload(List.of(concern, emergencies), 8);
        Workload after = before.withItems(List.of(concern.scaled(0.7), emergencies));

        long hoursBefore = StaffingCalculator.requirement(before, ServiceStandard.defaults()).response().onDutyHours();
        long hoursAfter = StaffingCalculator.requirement(after, ServiceStandard.defaults()).response().onDutyHours();

        assertThat(hoursAfter).isLessThan(hoursBefore);
    }

    @Test
    void aTargetShorterThanTheTravelIsReportedAsOutOfReach() {
        Workload work = workload(List.of(new Workload.WorkItem("VIOLENT_CRIME", 1, constant(2), 60, 1, true)), 25);

        StaffingRequirement.ServiceRequirement response =
                StaffingCalculator.requirement(work, ServiceStandard.defaults()).response();

        assertThat(response.hoursNotMet()).isEqualTo(168);
        assertThat(response.serviceLevel()[0]).isZero();
    }

    @Test
    void refusesAnHourlyArrayOfTheWrongLength() {
        Workload work = workload(List.of(new Workload.WorkItem("X", 1, new double[24], 60, 1, true)), 8);

        assertThatThrownBy(() -> StaffingCalculator.requirement(work, ServiceStandard.defaults()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("168");
    }
}
