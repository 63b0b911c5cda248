package uk.beacon.capacity.web;

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
import org.springframework.web.bind.annotation.RequestMapping;
import uk.beacon.capacity.SimulationRequest;
import uk.beacon.capacity.SimulationService;
import uk.beacon.capacity.domain.simulation.SimulationResult;
import uk.beacon.platform.Job;
import uk.beacon.platform.JobService;
import uk.beacon.platform.NotFoundException;
import uk.beacon.platform.OrganisationService;
import uk.beacon.platform.SignedInUser;

/**
 * The simulation page: the form, which starts a simulation job, and the job's page, which follows its
 * progress and then shows the results. Anyone signed in may simulate; a job is seen only by its
 * organisation.
 */
@Controller
@RequestMapping("/forces/{force}/capacity/simulations")
class SimulationPages {

    private final SimulationService simulations;
    private final JobService jobs;
    private final OrganisationService organisations;

    SimulationPages(SimulationService simulations, JobService jobs, OrganisationService organisations) {
        this.simulations = simulations;
        this.jobs = jobs;
        this.organisations = organisations;
    }

    @ModelAttribute("navSection")
    String navSection() {
        return "/capacity";
    }

    @GetMapping
    String form(@PathVariable String force, Model model) {
        return page(force, SimulationForm.initial(), Map.of(), model);
    }

    @PostMapping
    String start(@PathVariable String force, @ModelAttribute SimulationForm form,
            @AuthenticationPrincipal SignedInUser user, Model model, HttpServletResponse response) {
        organisations.force(force);
        Map<String, String> errors = new LinkedHashMap<>();
        SimulationRequest request = form.toRequest(errors);
        simulations.validate(request).forEach(errors::putIfAbsent);
        if (!errors.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(force, form, errors, model);
        }
        Job job = simulations.start(request, user);
        return "redirect:/forces/" + force + "/capacity/simulations/" + job.id();
    }

    @GetMapping("/{id}")
    String result(@PathVariable String force, @PathVariable String id, @AuthenticationPrincipal SignedInUser user,
            Model model) {
        model.addAttribute("force", organisations.force(force));
        Job job = jobs.find(id, user);
        if (!SimulationService.JOB_KIND.equals(job.kind())) {
            throw new NotFoundException("There is no simulation with the id '" + id + "'");
        }
        model.addAttribute("job", job);
        SimulationResult result = simulations.result(job);
        model.addAttribute("view", result == null ? null : SimulationView.of(result));
        return "capacity/simulation-result";
    }

    private String page(String force, SimulationForm form, Map<String, String> errors, Model model) {
        model.addAttribute("force", organisations.force(force));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "capacity/simulations";
    }
}
