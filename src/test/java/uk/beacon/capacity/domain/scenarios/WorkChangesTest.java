package uk.beacon.capacity.domain.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.beacon.capacity.domain.simulation.SimulationModel;
import uk.beacon.capacity.domain.staffing.ServiceStandard;
import uk.beacon.capacity.domain.staffing.Shrinkage;
import uk.beacon.capacity.domain.staffing.StaffingCalculator;
import uk.beacon.capacity.domain.staffing.StaffingRequirement;
import uk.beacon.capacity.domain.staffing.Workload;
import uk.beacon.capacity.domain.staffing.Workload.WorkItem;

class WorkChangesTest {

    private static double[] constant(double perHour) {
        double[] values = new double[Workload.HOURS];
        Arrays.fill(values, perHour);
        return values;
    }

    /** 2 concern-for-safety incidents an hour (priority 2, 120 min) and 1 violent crime (priority 1, 2 officers). */
    private static Workload workload() {
        return new Workload("test", 1, 300, List.of(
                new WorkItem("CONCERN_FOR_SAFETY", 2, constant(2), 120, 1, true),
                new WorkItem("VIOLENT_CRIME", 1, constant(1), 90, 2, true),
                new WorkItem("ACQUISITIVE_CRIME", 3, constant(1), 60, 1, true)),
                List.of(new Workload.Travel(null, 8)), Shrinkage.defaults());
    }

    private static double calls(Workload workload) {
        return workload.items().stream().mapToDouble(WorkItem::incidentsPerWeek).sum();
    }

    @Test
    void theBaselineKeepsAllWorkWithOfficersAndCountsTheirHours() {
        WorkChanges.Applied baseline = WorkChanges.baseline(workload());

        // 2 × 168 × 2 h + 168 × 1.5 h + 168 × 1 h
        assertThat(baseline.hours(Role.POLICE_OFFICER)).isCloseTo(672 + 252 + 168, within(1e-9));
        assertThat(baseline.hoursByRole()).hasSize(Role.values().length);
        assertThat(baseline.hours(Role.PARTNER_AGENCY)).isZero();
        assertThat(baseline.workload()).isEqualTo(workload());
    }

    @Test
    void movingAShareToAPartnerTakesItFromResponseButLeavesItWithCallHandling() {
        Workload before = workload();
        WorkChanges.Applied moved = WorkChanges.apply(before,
                List.of(ScenarioChange.move("CONCERN_FOR_SAFETY", null, 30, Role.PARTNER_AGENCY)),
                RoleMatrix.defaults());

        WorkItem concern = moved.workload().items().get(0);
        assertThat(concern.incidentsPerWeek()).isCloseTo(0.7 * 2 * 168, within(1e-9));
        assertThat(moved.hours(Role.PARTNER_AGENCY)).isCloseTo(0.3 * 2 * 168 * 2, within(1e-9));
        assertThat(moved.hours(Role.POLICE_OFFICER)).isCloseTo(1092 - 0.3 * 2 * 168 * 2, within(1e-9));
        assertThat(calls(moved.workload())).isCloseTo(calls(before), within(1e-9));

        StaffingRequirement baseline = StaffingCalculator.requirement(before, ServiceStandard.defaults());
        StaffingRequirement scenario = StaffingCalculator.requirement(moved.workload(), ServiceStandard.defaults());
        assertThat(scenario.response().onDutyHours()).isLessThan(baseline.response().onDutyHours());
        assertThat(scenario.callHandling().onDutyHours()).isEqualTo(baseline.callHandling().onDutyHours());
    }

    @Test
    void workMovedOnlineLeavesCallHandlingToo() {
        Workload before = workload();
        WorkChanges.Applied moved = WorkChanges.apply(before,
                List.of(ScenarioChange.move("ACQUISITIVE_CRIME", 3, 100, Role.ONLINE)), RoleMatrix.defaults());

        assertThat(calls(moved.workload())).isCloseTo(calls(before) - 168, within(1e-9));
        assertThat(moved.hours(Role.ONLINE)).isCloseTo(168, within(1e-9));
    }

    @Test
    void aMoveCanGiveTheNewRolesOwnMinutesAndOnePriorityOnly() {
        ScenarioChange change = new ScenarioChange(ScenarioChange.Kind.MOVE_WORK, "VIOLENT_CRIME", 2, 50.0,
                Role.POLICE_STAFF, 30.0, null, null);
        RoleMatrix staffMayInvestigate = new RoleMatrix(Map.of("VIOLENT_CRIME", Set.of(Role.POLICE_STAFF)));

        WorkChanges.Applied none = WorkChanges.apply(workload(), List.of(change), staffMayInvestigate);
        assertThat(none.hours(Role.POLICE_STAFF)).isZero();
        assertThat(none.notes()).singleElement().asString().contains("Change 1 found no VIOLENT_CRIME work of "
                + "priority 2");

        WorkChanges.Applied some = WorkChanges.apply(workload(), List.of(new ScenarioChange(
                ScenarioChange.Kind.MOVE_WORK, "VIOLENT_CRIME", 1, 50.0, Role.POLICE_STAFF, 30.0, null, null)),
                staffMayInvestigate);
        assertThat(some.hours(Role.POLICE_STAFF)).isCloseTo(0.5 * 168 * 30 / 60, within(1e-9));
        assertThat(some.notes()).isEmpty();
    }

    @Test
    void cuttingMinutesOnTaskLowersOfficerHoursAndResponseButNotBelowZero() {
        WorkChanges.Applied cut = WorkChanges.apply(workload(),
                List.of(ScenarioChange.cutMinutes("ACQUISITIVE_CRIME", null, 20)), RoleMatrix.defaults());
        assertThat(cut.workload().items().get(2).minutesOnTask()).isEqualTo(40);
        assertThat(cut.hours(Role.POLICE_OFFICER)).isCloseTo(1092 - 168 * 20 / 60.0, within(1e-9));
        // One incident an hour, 20 minutes less: a third of an erlang less response work in every hour.
        double[] after = StaffingCalculator.requirement(cut.workload(), ServiceStandard.defaults()).response()
                .trafficErlangs();
        double[] before = StaffingCalculator.requirement(workload(), ServiceStandard.defaults()).response()
                .trafficErlangs();
        assertThat(before[30] - after[30]).isCloseTo(20 / 60.0, within(1e-9));

        WorkChanges.Applied tooMuch = WorkChanges.apply(workload(),
                List.of(ScenarioChange.cutMinutes("ACQUISITIVE_CRIME", null, 500)), RoleMatrix.defaults());
        assertThat(tooMuch.workload().items().get(2).minutesOnTask()).isZero();
    }

    @Test
    void sendingFewerOfficersScalesOfficerMinutes() {
        WorkChanges.Applied single = WorkChanges.apply(workload(),
                List.of(ScenarioChange.officersSent("VIOLENT_CRIME", 1, 1)), RoleMatrix.defaults());
        WorkItem violent = single.workload().items().get(1);
        assertThat(violent.officersSent()).isEqualTo(1);
        assertThat(violent.minutesOnTask()).isEqualTo(45);
        assertThat(single.hours(Role.POLICE_OFFICER)).isCloseTo(1092 - 168 * 45 / 60.0, within(1e-9));
    }

    @Test
    void changesApplyInOrderToTheWorkStillWithOfficers() {
        WorkChanges.Applied both = WorkChanges.apply(workload(), List.of(
                ScenarioChange.move("CONCERN_FOR_SAFETY", null, 50, Role.PARTNER_AGENCY),
                ScenarioChange.cutMinutes("CONCERN_FOR_SAFETY", null, 60)), RoleMatrix.defaults());
        // The partner's half keeps the 120 minutes; the officers' half is cut to 60.
        assertThat(both.hours(Role.PARTNER_AGENCY)).isCloseTo(168 * 2, within(1e-9));
        assertThat(both.workload().items().get(0).minutesOnTask()).isEqualTo(60);
    }

    @Test
    void aChangeIsRefusedNamingTheFieldAtFault() {
        RoleMatrix roles = RoleMatrix.defaults();
        assertThatThrownBy(() -> ScenarioChange.move("CONCERN_FOR_SAFETY", null, 101, Role.PARTNER_AGENCY)
                .check(0, roles)).isInstanceOfSatisfying(ScenarioException.class,
                        e -> assertThat(e.field()).isEqualTo("changes[0].sharePercent"));
        assertThatThrownBy(() -> ScenarioChange.move("VIOLENT_CRIME", null, 10, Role.PCSO).check(3, roles))
                .isInstanceOfSatisfying(ScenarioException.class,
                        e -> assertThat(e.field()).isEqualTo("changes[3].toRole"));
        assertThatThrownBy(() -> ScenarioChange.move("VIOLENT_CRIME", null, 10, Role.POLICE_OFFICER)
                .check(0, roles)).isInstanceOf(ScenarioException.class);
        assertThatThrownBy(() -> ScenarioChange.cutMinutes("VIOLENT_CRIME", null, -5).check(1, roles))
                .isInstanceOfSatisfying(ScenarioException.class,
                        e -> assertThat(e.field()).isEqualTo("changes[1].minutesSaved"));
        assertThatThrownBy(() -> ScenarioChange.officersSent("VIOLENT_CRIME", 0, 2).check(0, roles))
                .isInstanceOfSatisfying(ScenarioException.class,
                        e -> assertThat(e.field()).isEqualTo("changes[0].priority"));
    }

    @Test
    void theDefaultMatrixGivesEveryWorkTypeABasisAndUnknownWorkToOfficersOnly() {
        RoleMatrix roles = RoleMatrix.defaults();
        assertThat(RoleMatrix.DEFAULT_BASIS.keySet()).isEqualTo(roles.roles().keySet());
        assertThat(roles.roles().values()).allSatisfy(who -> assertThat(who).contains(Role.POLICE_OFFICER));
        assertThat(roles.canDo("MENTAL_HEALTH", Role.PARTNER_AGENCY)).isTrue();
        assertThat(roles.canDo("VIOLENT_CRIME", Role.PCSO)).isFalse();
        assertThat(roles.rolesFor("SOMETHING_NEW")).containsExactly(Role.POLICE_OFFICER);
    }

    @Test
    void theSimulatedRosterHasTheWorkloadsDispatchesAndPrioritiesMostUrgentFirst() {
        SimulationModel model = ResponseSimulation.model(workload(), ServiceStandard.defaults(),
                SimulationModel.constant(20), 2, 24);

        // 2 + 1 × 2 officers + 1 dispatches an hour.
        assertThat(model.arrivalsPerHour()[17]).isCloseTo(5, within(1e-9));
        assertThat(model.priorities()).extracting(p -> p.name())
                .containsExactly("Priority 1", "Priority 2", "Priority 3");
        assertThat(model.priorities().get(0).targetMinutes()).isEqualTo(15);
        assertThat(model.priorities().get(1).targetMinutes()).isEqualTo(60);
        assertThat(model.priorities().get(2).targetMinutes()).isEqualTo(ResponseSimulation.NO_TARGET_MINUTES);
        // Officer minutes per dispatch (2×120 + 90 + 60) / 5 = 78, less 8 minutes' travel.
        assertThat(model.serviceTimes().mean()).isCloseTo(70, within(1e-9));
        assertThat(ResponseSimulation.model(workload().withItems(List.of()), ServiceStandard.defaults(),
                SimulationModel.constant(1), 1, 0)).isNull();
    }
}
