package uk.beacon.capacity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import uk.beacon.capacity.domain.staffing.ServiceStandard;
import uk.beacon.capacity.domain.staffing.StaffingRequirement;
import uk.beacon.capacity.service.StaffingService;
import uk.beacon.platform.SignedInUser;

/** The people a force needs on duty in each hour of the week. Private to the force. */
@RestController
@Tag(name = "Capacity")
class StaffingApi {

    /** One service's requirement: 168-number arrays, Monday 00:00 first, and the week's totals. */
    record Service(String service, List<ServiceStandard> standards, int[] onDuty, double[] rostered,
            double[] serviceLevel, double[] meanWaitSeconds, double[] occupancy, double[] trafficErlangs,
            double[] arrivalsPerHour, boolean[] met, long onDutyHours, double rosteredHours, int hoursNotMet) {

        static Service of(StaffingRequirement.ServiceRequirement requirement) {
            return new Service(requirement.service().name(), requirement.standards(), requirement.onDuty(),
                    requirement.rostered(), requirement.serviceLevel(), requirement.meanWaitSeconds(),
                    requirement.occupancy(), requirement.trafficErlangs(), requirement.arrivalsPerHour(),
                    requirement.met(), requirement.onDutyHours(), requirement.rosteredHours(),
                    requirement.hoursNotMet());
        }
    }

    /** @param synthetic whether the workload was drawn from synthetic demand data (made by Beacon's generator) */
    record Answer(String force, String workloadOrigin, String workloadSource, boolean synthetic, double shrinkage,
            Service callHandling, Service response) {
    }

    private final StaffingService staffing;

    StaffingApi(StaffingService staffing) {
        this.staffing = staffing;
    }

    @Operation(summary = "Fewest on duty in each of the 168 hours (Monday 00:00 first) meeting each standard, for call "
            + "handling and response, with predicted service level, mean wait and occupancy; rostered = on duty / "
            + "(1 - shrinkage); synthetic is true when the workload was drawn from synthetic demand data (made by "
            + "Beacon's generator for the demo, not the force's records)")
    @GetMapping("/api/v1/forces/{force}/capacity/staffing")
    Answer get(@PathVariable String force, @AuthenticationPrincipal SignedInUser user) {
        StaffingService.Staffing result = staffing.staffing(force, user);
        return new Answer(force, result.workload().origin(), result.workload().workload().source(),
                result.workload().workload().synthetic(), result.requirement().shrinkage(), Service.of(result.requirement().callHandling()),
                Service.of(result.requirement().response()));
    }
}
