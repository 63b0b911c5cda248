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
import uk.beacon.portfolio.service.FundingRegimeRequest;
import uk.beacon.portfolio.service.FundingRegimeService;

/** Funding regimes: what in-year funding costs a portfolio against a multi-year envelope of the same total. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Portfolio")
class FundingRegimeApi {

    private final FundingRegimeService regimes;

    FundingRegimeApi(FundingRegimeService regimes) {
        this.regimes = regimes;
    }

    @Operation(summary = "Simulates a portfolio under in-year funding (each year's budget confirmed in a month drawn "
            + "from a distribution, unspent money lapsing, work that no longer fits the year descoped or delayed) and "
            + "under a multi-year envelope of the same yearly amounts, over many runs, as a job of the caller's "
            + "organisation. Body: {budgetByYear: [pounds], runs, seed, appraisalYears, shortfallRule: descope | delay, "
            + "confirmation: {distribution: triangular | discrete, min, mode, max, weights: [12]}, initiatives: [{id, "
            + "startYear, startMonth, durationMonths, costsByYear | costsByMonth, benefitsByYear}]}; years count from "
            + "0, months 1 (April) to 12. The job's result: {rules, inYear, envelope, difference: {npsvLost, "
            + "benefitsLost, moneyLapsed, ...}}, each figure {mean, p5, p95}; each regime also has years[] and "
            + "wholePeriod, accounts of where the money went in pounds to the penny: {year, budget, broughtForward, "
            + "envelope, spent, lapsed, carriedForward, unallocated}, where envelope = budget + broughtForward = "
            + "spent + lapsed + carriedForward + unallocated exactly (in-year funding's are the mean over the runs).")
    @PostMapping("/portfolio/funding-regimes")
    ResponseEntity<Job> compare(@RequestBody FundingRegimeRequest request,
            @AuthenticationPrincipal SignedInUser user) {
        return JobService.accepted(regimes.start(user, request));
    }
}
