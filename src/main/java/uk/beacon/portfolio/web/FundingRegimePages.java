package uk.beacon.portfolio.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import uk.beacon.platform.InvalidRequestException;
import uk.beacon.platform.Job;
import uk.beacon.platform.JobService;
import uk.beacon.platform.NotFoundException;
import uk.beacon.platform.SignedInUser;
import uk.beacon.portfolio.domain.regimes.RegimeRules;
import uk.beacon.portfolio.service.FundingRegimeRequest;
import uk.beacon.portfolio.service.FundingRegimeResult;
import uk.beacon.portfolio.service.FundingRegimeService;

/**
 * The funding-regimes page (signed in): the form, prefilled with the demonstration portfolio and the rules, which
 * starts the comparison as a job; and the job's page, which follows its progress and then shows the chart and table.
 */
@Controller
class FundingRegimePages {

    private final FundingRegimeService regimes;
    private final JobService jobs;

    FundingRegimePages(FundingRegimeService regimes, JobService jobs) {
        this.regimes = regimes;
        this.jobs = jobs;
    }

    @ModelAttribute("navSection")
    String navSection() {
        return "/portfolio";
    }

    @GetMapping("/portfolio/funding-regimes")
    String form(Model model) {
        return page(FundingRegimeForm.of(FundingRegimeService.demonstration()), Map.of(), model);
    }

    @PostMapping("/portfolio/funding-regimes")
    String start(@ModelAttribute FundingRegimeForm form, @AuthenticationPrincipal SignedInUser user, Model model,
            HttpServletResponse response) {
        Map<String, String> errors = new LinkedHashMap<>();
        FundingRegimeRequest request = form.toRequest(errors);
        Job job = null;
        if (errors.isEmpty()) {
            try {
                job = regimes.start(user, request);
            } catch (InvalidRequestException e) {
                errors.put(FundingRegimeForm.formField(e.field()), e.getMessage());
            }
        }
        if (job == null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(form, errors, model);
        }
        return "redirect:/portfolio/funding-regimes/" + job.id();
    }

    @GetMapping("/portfolio/funding-regimes/{id}")
    String result(@PathVariable String id, @AuthenticationPrincipal SignedInUser user, Model model) {
        Job job = jobs.find(id, user);
        if (!FundingRegimeService.JOB_KIND.equals(job.kind())) {
            throw new NotFoundException("There is no funding-regimes comparison with the id '" + id + "'");
        }
        model.addAttribute("job", job);
        FundingRegimeResult result = regimes.result(job);
        model.addAttribute("view", result == null ? null : FundingRegimeView.of(result));
        return "portfolio/funding-regimes-result";
    }

    private String page(FundingRegimeForm form, Map<String, String> errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("commonRules", RegimeRules.common());
        model.addAttribute("descopeRules", new RegimeRules(RegimeRules.Shortfall.DESCOPE, 10).inYear());
        model.addAttribute("delayRules", new RegimeRules(RegimeRules.Shortfall.DELAY, 10).inYear());
        model.addAttribute("envelopeRules", RegimeRules.envelope());
        return "portfolio/funding-regimes";
    }
}
