package uk.beacon.capacity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.beacon.capacity.domain.staffing.Shrinkage;
import uk.beacon.capacity.domain.staffing.Workload;
import uk.beacon.capacity.service.WorkloadService;
import uk.beacon.platform.InvalidRequestException;
import uk.beacon.platform.SignedInUser;

/** A force's workload for capacity planning. Private to the force; its planners save it. */
@RestController
@Tag(name = "Capacity")
class WorkloadApi {

    private final WorkloadService workloads;

    WorkloadApi(WorkloadService workloads) {
        this.workloads = workloads;
    }

    @Operation(summary = "The force's workload: the saved one, else drawn from its demand data's last twelve months "
            + "(origin 'demand'), else empty. With from and to (YYYY-MM), drawn from demand for those months, unsaved")
    @GetMapping("/api/v1/forces/{force}/capacity/workload")
    Object get(@PathVariable String force, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @AuthenticationPrincipal SignedInUser user) {
        if (from != null || to != null) {
            return new WorkloadService.Current(workloads.fromDemand(force, user, month("from", from), month("to", to)),
                    "demand", null, null);
        }
        return workloads.current(force, user);
    }

    @Operation(summary = "Saves the force's workload (168-hour arrays, Monday 00:00 first); its planners only. "
            + "Shrinkage (leave, training, sickness, court, other) is shares of rostered time: " + Shrinkage.RULE)
    @PutMapping("/api/v1/forces/{force}/capacity/workload")
    Workload put(@PathVariable String force, @RequestBody(required = false) Workload workload,
            @AuthenticationPrincipal SignedInUser user) {
        return workloads.save(force, user, workload);
    }

    static YearMonth month(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidRequestException("'" + name + "' must be a month written YYYY-MM");
        }
        try {
            return YearMonth.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException("'" + name + "' must be a month written YYYY-MM");
        }
    }
}
