package uk.beacon.portfolio.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.beacon.platform.Job;
import uk.beacon.platform.JobService;
import uk.beacon.platform.SignedInUser;
import uk.beacon.portfolio.service.OptimisationRequest;
import uk.beacon.portfolio.service.OptimisationService;

/** Portfolio optimisation: choose the initiatives to fund and their start years, as a job. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Portfolio")
class OptimisationApi {

    private final OptimisationService optimisations;

    OptimisationApi(OptimisationService optimisations) {
        this.optimisations = optimisations;
    }

    @Operation(summary = "Chooses which initiatives to fund and the year each starts, maximising net present social "
            + "value (or officer hours released, or harm reduced) within each year's budget, as a job of the caller's "
            + "organisation. Body: {horizonYears, budgetByYear: [pounds], maxConcurrent, objective: npsv | "
            + "officerHours | harm, initiatives: [{id, costsByYear: [pounds from its start], benefitsByYear: [...], "
            + "earliestStart, latestStart, durationYears, dependsOn: [ids], excludes: [ids], officerHoursByYear, "
            + "harmReductionByYear}]}; years count from 0. The job's result: {objectiveValue, optimal, gap, "
            + "selected: [{id, startYear}], spendByYear: [...], marginalValueByYear: [objective per extra pound], "
            + "marginalStep, ...}")
    @PostMapping("/portfolio/optimisations")
    ResponseEntity<Job> optimise(@RequestBody OptimisationRequest request,
            @AuthenticationPrincipal SignedInUser user) {
        return JobService.accepted(optimisations.start(user, request));
    }
}
