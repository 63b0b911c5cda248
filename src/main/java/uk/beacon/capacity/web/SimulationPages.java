package uk.beacon.capacity.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.beacon.capacity.domain.scenarios.ResponseSimulation;
import uk.beacon.capacity.domain.simulation.PriorityClass;
import uk.beacon.capacity.domain.simulation.SimulationModel;
import uk.beacon.capacity.domain.simulation.SimulationResult;
import uk.beacon.capacity.domain.staffing.ServiceStandard;
import uk.beacon.capacity.domain.staffing.StaffingCalculator;
import uk.beacon.capacity.domain.staffing.Workload;
import uk.beacon.capacity.service.SimulationRequest;
import uk.beacon.capacity.service.SimulationService;
import uk.beacon.capacity.service.StaffingService;
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
    private final StaffingService staffing;

    SimulationPages(SimulationService simulations, JobService jobs, OrganisationService organisations,
            StaffingService staffing) {
        this.simulations = simulations;
        this.jobs = jobs;
        this.organisations = organisations;
        this.staffing = staffing;
    }

    @ModelAttribute("navSection")
    String navSection() {
        return "/capacity";
    }

    @GetMapping
    String form(@PathVariable String force, @RequestParam(required = false) String from,
            @AuthenticationPrincipal SignedInUser user, Model model) {
        SimulationForm form = SimulationForm.initial();
        if ("p1".equals(from) || "deployed".equals(from)) {
            form = fromWorkload(force, user, "p1".equals(from));
            model.addAttribute("fromWorkload", form == null ? "none" : from);
            if (form == null) {
                form = SimulationForm.initial();
            }
        }
        return page(force, form, Map.of(), model);
    }

    /**
     * The force's workload as a starting point: the dispatches per hour of its priority 1 (or all its
     * deployed) work, their mean time on task less travel, its priorities with their standards' targets
     * and travel, and the response officers on duty that the staffing calculator gives for that work.
     * Null when there is no such work.
     */
    private SimulationForm fromWorkload(String force, SignedInUser user, boolean urgentOnly) {
        StaffingService.Staffing current = staffing.staffing(force, user);
        Workload workload = current.workload().workload();
        if (urgentOnly) {
            workload = workload.withItems(workload.items().stream()
                    .filter(item -> item.priority() != null && item.priority() == 1).toList());
        }
        List<ServiceStandard> standards = current.standards().standards();
        int[] onDuty = StaffingCalculator.requirement(workload, standards).response().onDuty();
        SimulationModel model = ResponseSimulation.model(workload, standards, onDuty, 4, 24);
        if (model == null) {
            return null;
        }
        StringBuilder priorities = new StringBuilder();
        for (PriorityClass priority : model.priorities()) {
            priorities.append(priority.name()).append(", ").append(Figures.number(priority.share())).append(", ")
                    .append(Figures.number(priority.targetMinutes())).append(", ")
                    .append(Figures.number(priority.travelMinutes())).append('\n');
        }
        return new SimulationForm(join(model.arrivalsPerHour()), Figures.number(model.serviceTimes().mean()),
                "exponential", "", "", join(onDuty), "4", "42",
                Figures.number(model.priorities().get(0).targetMinutes()),
                String.valueOf(SimulationService.DEFAULT_REPLICATIONS), priorities.toString().strip());
    }

    /** Up to six decimal places, so that a quiet hour's arrivals are not rounded to nothing. */
    private static String join(double[] values) {
        return Arrays.stream(values).mapToObj(value -> {
            String text = String.format(java.util.Locale.ROOT, "%.6f", value);
            return text.replaceAll("0+$", "").replaceAll("\\.$", "");
        }).collect(Collectors.joining(" "));
    }

    private static String join(int[] values) {
        return Arrays.stream(values).mapToObj(String::valueOf).collect(Collectors.joining(" "));
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
