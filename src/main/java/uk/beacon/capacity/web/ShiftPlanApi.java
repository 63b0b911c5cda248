package uk.beacon.capacity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.beacon.capacity.service.ShiftPlan;
import uk.beacon.capacity.service.ShiftPlanRequest;
import uk.beacon.capacity.service.ShiftPlanService;
import uk.beacon.platform.Job;
import uk.beacon.platform.JobService;
import uk.beacon.platform.SignedInUser;

/** Shift design: start a design as a job; the force's saved plans, private to the force. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Capacity")
class ShiftPlanApi {

    private final ShiftPlanService plans;

    ShiftPlanApi(ShiftPlanService plans) {
        this.plans = plans;
    }

    @Operation(summary = "Designs a weekly shift plan as a job, saved for the caller's force (its analysts and "
            + "planners). Body: {requirement: [168 numbers, Monday 00:00 first], shiftLengthsHours: [8, 10, 12], "
            + "startHours: [hours of the day] or null for any, minimumPerShift, briefingOverlapHours (optional), "
            + "currentPattern: [{day, startHour, lengthHours, staff}] (optional), name (optional)}. The job's result: "
            + "{paidHours, optimal, gap, shifts: [{day, startHour, lengthHours, staff}], coverage: [168], ...}")
    @PostMapping("/capacity/shift-plans")
    ResponseEntity<Job> design(@RequestBody ShiftPlanRequest request, @AuthenticationPrincipal SignedInUser user) {
        return JobService.accepted(plans.start(user, request));
    }

    @Operation(summary = "The force's saved shift plans, newest first, with each one's job state and result")
    @GetMapping("/forces/{force}/capacity/shift-plans")
    List<ShiftPlan> list(@PathVariable String force, @AuthenticationPrincipal SignedInUser user) {
        return plans.plans(force, user);
    }

    @Operation(summary = "One saved shift plan of the force")
    @GetMapping("/forces/{force}/capacity/shift-plans/{id}")
    ShiftPlan one(@PathVariable String force, @PathVariable String id, @AuthenticationPrincipal SignedInUser user) {
        return plans.plan(force, id, user);
    }
}
