package uk.beacon.capacity.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.beacon.capacity.domain.scenarios.Role;
import uk.beacon.capacity.domain.scenarios.RoleMatrix;
import uk.beacon.capacity.domain.scenarios.ScenarioChange;
import uk.beacon.capacity.domain.scenarios.ScenarioException;
import uk.beacon.capacity.domain.staffing.Workload;
import uk.beacon.capacity.service.Scenario;
import uk.beacon.capacity.service.ScenarioInput;
import uk.beacon.capacity.service.ScenarioRoles;
import uk.beacon.capacity.service.ScenarioService;
import uk.beacon.capacity.service.WorkloadService;
import uk.beacon.demand.WorkTypes;
import uk.beacon.platform.ForbiddenException;
import uk.beacon.platform.Job;
import uk.beacon.platform.JobService;
import uk.beacon.platform.NotFoundException;
import uk.beacon.platform.OrganisationService;
import uk.beacon.platform.SignedInUser;

/**
 * Scenario pages: the list with a form to create one, a scenario's page (its changes, a form to add
 * one, a Run button, the run's progress and the comparison), editing, deleting with confirmation, and
 * the role matrix.
 */
@Controller
@RequestMapping("/forces/{force}/capacity/scenarios")
class ScenarioPages {

    /** A listed scenario. */
    record ListRow(String id, String name, String description, int changes, String updatedBy, String updatedAt) {
    }

    /** A change as listed on the scenario's page. */
    record ChangeRow(int index, String text) {
    }

    /** An option of a select. */
    record Option(String value, String text) {
    }

    /** A row of the role matrix: the work type, whether each role can do it, and why. */
    record MatrixRow(String workType, String label, List<Cell> cells, String basis) {
    }

    record Cell(String role, String roleLabel, String name, boolean checked, boolean fixed) {
    }

    private static final java.time.format.DateTimeFormatter WHEN =
            java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", java.util.Locale.UK);

    private final ScenarioService scenarios;
    private final WorkloadService workloads;
    private final JobService jobs;
    private final OrganisationService organisations;

    ScenarioPages(ScenarioService scenarios, WorkloadService workloads, JobService jobs,
            OrganisationService organisations) {
        this.scenarios = scenarios;
        this.workloads = workloads;
        this.jobs = jobs;
        this.organisations = organisations;
    }

    @ModelAttribute("navSection")
    String navSection() {
        return "/capacity";
    }

    @GetMapping
    String list(@PathVariable String force, @AuthenticationPrincipal SignedInUser user, Model model) {
        return listPage(force, user, Map.of("name", "", "description", ""), Map.of(), model);
    }

    @PostMapping
    String create(@PathVariable String force, @RequestParam Map<String, String> form,
            @AuthenticationPrincipal SignedInUser user, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        requirePlanner(force, user);
        Map<String, String> errors = nameErrors(form);
        if (!errors.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return listPage(force, user, form, errors, model);
        }
        Scenario created = scenarios.create(force, user, new ScenarioInput(form.get("name"), form.get("description"),
                List.of()));
        redirect.addFlashAttribute("saved", "Scenario created. Add the changes it makes.");
        return "redirect:/forces/" + force + "/capacity/scenarios/" + created.id();
    }

    @GetMapping("/{id}")
    String scenario(@PathVariable String force, @PathVariable String id, @AuthenticationPrincipal SignedInUser user,
            Model model) {
        return scenarioPage(force, id, user, Map.of("kind", "MOVE_WORK"), Map.of(), model);
    }

    @PostMapping("/{id}/changes")
    String addChange(@PathVariable String force, @PathVariable String id, @RequestParam Map<String, String> form,
            @AuthenticationPrincipal SignedInUser user, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        requirePlanner(force, user);
        Scenario scenario = scenarios.scenario(force, id, user);
        Map<String, String> errors = new LinkedHashMap<>();
        ScenarioChange change = change(form, errors);
        if (errors.isEmpty()) {
            try {
                change.check(scenario.changes().size(), scenarios.roles(force, user).matrix());
            } catch (ScenarioException e) {
                String field = e.field().substring(e.field().lastIndexOf('.') + 1);
                String message = e.getMessage().replaceFirst("^Change \\d+: ", "");
                errors.put(field, Character.toUpperCase(message.charAt(0)) + message.substring(1));
            }
        }
        if (errors.isEmpty() && scenario.changes().size() >= 50) {
            errors.put("kind", "A scenario can make at most 50 changes");
        }
        if (!errors.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return scenarioPage(force, id, user, form, errors, model);
        }
        List<ScenarioChange> changes = new ArrayList<>(scenario.changes());
        changes.add(change);
        scenarios.update(force, id, user, new ScenarioInput(scenario.name(), scenario.description(), changes));
        redirect.addFlashAttribute("saved", "Change added.");
        return "redirect:/forces/" + force + "/capacity/scenarios/" + id;
    }

    @PostMapping("/{id}/changes/{index}/remove")
    String removeChange(@PathVariable String force, @PathVariable String id, @PathVariable int index,
            @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
        requirePlanner(force, user);
        Scenario scenario = scenarios.scenario(force, id, user);
        if (index < 0 || index >= scenario.changes().size()) {
            throw new NotFoundException("The scenario has no change " + (index + 1));
        }
        List<ScenarioChange> changes = new ArrayList<>(scenario.changes());
        changes.remove(index);
        scenarios.update(force, id, user, new ScenarioInput(scenario.name(), scenario.description(), changes));
        redirect.addFlashAttribute("saved", "Change " + (index + 1) + " removed.");
        return "redirect:/forces/" + force + "/capacity/scenarios/" + id;
    }

    @PostMapping("/{id}/runs")
    String run(@PathVariable String force, @PathVariable String id, @AuthenticationPrincipal SignedInUser user) {
        scenarios.run(force, id, user);
        return "redirect:/forces/" + force + "/capacity/scenarios/" + id + "#run";
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable String force, @PathVariable String id, @AuthenticationPrincipal SignedInUser user,
            Model model) {
        requirePlanner(force, user);
        Scenario scenario = scenarios.scenario(force, id, user);
        return editPage(force, scenario, Map.of("name", scenario.name(), "description", scenario.description()),
                Map.of(), model);
    }

    @PostMapping("/{id}/edit")
    String saveEdit(@PathVariable String force, @PathVariable String id, @RequestParam Map<String, String> form,
            @AuthenticationPrincipal SignedInUser user, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        requirePlanner(force, user);
        Scenario scenario = scenarios.scenario(force, id, user);
        Map<String, String> errors = nameErrors(form);
        if (!errors.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return editPage(force, scenario, form, errors, model);
        }
        scenarios.update(force, id, user, new ScenarioInput(form.get("name"), form.get("description"),
                scenario.changes()));
        redirect.addFlashAttribute("saved", "Scenario saved.");
        return "redirect:/forces/" + force + "/capacity/scenarios/" + id;
    }

    @GetMapping("/{id}/delete")
    String confirmDelete(@PathVariable String force, @PathVariable String id,
            @AuthenticationPrincipal SignedInUser user, Model model) {
        requirePlanner(force, user);
        model.addAttribute("force", organisations.force(force));
        model.addAttribute("scenario", scenarios.scenario(force, id, user));
        return "capacity/scenario-delete";
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable String force, @PathVariable String id, @AuthenticationPrincipal SignedInUser user,
            RedirectAttributes redirect) {
        Scenario scenario = scenarios.scenario(force, id, user);
        scenarios.delete(force, id, user);
        redirect.addFlashAttribute("saved", "Scenario '" + scenario.name() + "' deleted.");
        return "redirect:/forces/" + force + "/capacity/scenarios";
    }

    @GetMapping("/roles")
    String roles(@PathVariable String force, @AuthenticationPrincipal SignedInUser user, Model model) {
        ScenarioRoles roles = scenarios.roles(force, user);
        model.addAttribute("force", organisations.force(force));
        model.addAttribute("mayChange", scenarios.mayChange(force, user));
        model.addAttribute("defaults", roles.defaults());
        model.addAttribute("roles", Role.values());
        List<MatrixRow> rows = new ArrayList<>();
        for (String workType : matrixWorkTypes(roles.matrix())) {
            List<Cell> cells = new ArrayList<>();
            for (Role role : Role.values()) {
                cells.add(new Cell(role.name(), role.label(), "can-" + workType + "-" + role.name(),
                        roles.matrix().canDo(workType, role), role == Role.POLICE_OFFICER));
            }
            rows.add(new MatrixRow(workType, WorkTypes.label(workType), cells,
                    RoleMatrix.DEFAULT_BASIS.getOrDefault(workType, "Added by the force.")));
        }
        model.addAttribute("rows", rows);
        return "capacity/scenario-roles";
    }

    @PostMapping("/roles")
    String saveRoles(@PathVariable String force, @RequestParam Map<String, String> form,
            @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
        requirePlanner(force, user);
        if ("true".equals(form.get("reset"))) {
            scenarios.saveRoles(force, user, null);
            redirect.addFlashAttribute("saved", "The role matrix is back to Beacon's default.");
            return "redirect:/forces/" + force + "/capacity/scenarios/roles";
        }
        Map<String, Set<Role>> matrix = new LinkedHashMap<>();
        for (String workType : matrixWorkTypes(scenarios.roles(force, user).matrix())) {
            Set<Role> who = EnumSet.of(Role.POLICE_OFFICER);
            for (Role role : Role.values()) {
                if ("true".equals(form.get("can-" + workType + "-" + role.name()))) {
                    who.add(role);
                }
            }
            matrix.put(workType, who);
        }
        scenarios.saveRoles(force, user, new RoleMatrix(matrix));
        redirect.addFlashAttribute("saved", "The role matrix is saved.");
        return "redirect:/forces/" + force + "/capacity/scenarios/roles";
    }

    private List<String> matrixWorkTypes(RoleMatrix matrix) {
        Set<String> workTypes = new LinkedHashSet<>(RoleMatrix.defaults().workTypes());
        workTypes.addAll(matrix.workTypes());
        return new ArrayList<>(workTypes);
    }

    private String listPage(String force, SignedInUser user, Map<String, String> form, Map<String, String> errors,
            Model model) {
        List<ListRow> rows = scenarios.scenarios(force, user).stream()
                .map(s -> new ListRow(s.id(), s.name(), s.description(), s.changes().size(), s.updatedBy(),
                        s.updatedAt() == null ? "" : WHEN.format(s.updatedAt())))
                .toList();
        model.addAttribute("force", organisations.force(force));
        model.addAttribute("scenarios", rows);
        model.addAttribute("mayChange", scenarios.mayChange(force, user));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "capacity/scenarios";
    }

    private String scenarioPage(String force, String id, SignedInUser user, Map<String, String> form,
            Map<String, String> errors, Model model) {
        Scenario scenario = scenarios.scenario(force, id, user);
        List<ChangeRow> changes = new ArrayList<>();
        for (int i = 0; i < scenario.changes().size(); i++) {
            changes.add(new ChangeRow(i, ScenarioView.describe(scenario.changes().get(i))));
        }
        Job job = null;
        if (scenario.lastRunJobId() != null) {
            try {
                job = jobs.find(scenario.lastRunJobId(), user);
            } catch (NotFoundException e) {
                job = null;
            }
        }
        var comparison = scenarios.comparison(job);
        model.addAttribute("force", organisations.force(force));
        model.addAttribute("scenario", scenario);
        model.addAttribute("changes", changes);
        model.addAttribute("mayChange", scenarios.mayChange(force, user));
        model.addAttribute("job", job);
        model.addAttribute("view", comparison == null ? null : ScenarioView.of(comparison));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("workTypes", workTypeOptions(force, user));
        List<Option> roles = new ArrayList<>();
        for (Role role : Role.values()) {
            if (role != Role.POLICE_OFFICER) {
                roles.add(new Option(role.name(), role.label()));
            }
        }
        model.addAttribute("roleOptions", roles);
        return "capacity/scenario";
    }

    /** The work types of the role matrix and of the force's workload. */
    private List<Option> workTypeOptions(String force, SignedInUser user) {
        Set<String> codes = new LinkedHashSet<>(matrixWorkTypes(scenarios.roles(force, user).matrix()));
        Workload workload = workloads.current(force, user).workload();
        workload.items().forEach(item -> codes.add(item.workType()));
        return codes.stream().map(code -> new Option(code, WorkTypes.label(code))).toList();
    }

    private String editPage(String force, Scenario scenario, Map<String, String> form, Map<String, String> errors,
            Model model) {
        model.addAttribute("force", organisations.force(force));
        model.addAttribute("scenario", scenario);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "capacity/scenario-edit";
    }

    private static Map<String, String> nameErrors(Map<String, String> form) {
        Map<String, String> errors = new LinkedHashMap<>();
        String name = form.getOrDefault("name", "").strip();
        if (name.isEmpty()) {
            errors.put("name", "Enter a name for the scenario");
        } else if (name.length() > 100) {
            errors.put("name", "The name must be 100 characters or fewer");
        }
        if (form.getOrDefault("description", "").strip().length() > 1000) {
            errors.put("description", "The description must be 1,000 characters or fewer");
        }
        return errors;
    }

    /** The change the form describes; a field that cannot be read gets its error. */
    private static ScenarioChange change(Map<String, String> form, Map<String, String> errors) {
        ScenarioChange.Kind kind = ScenarioChange.Kind.fromCode(form.get("kind")).orElse(null);
        if (kind == null) {
            errors.put("kind", "Select what the change does");
        }
        String workType = form.getOrDefault("workType", "").strip();
        if (workType.isEmpty()) {
            errors.put("workType", "Select the work type it changes");
        }
        Integer priority = null;
        String priorityText = form.getOrDefault("priority", "").strip();
        if (!priorityText.isEmpty()) {
            try {
                priority = Integer.valueOf(priorityText);
            } catch (NumberFormatException e) {
                errors.put("priority", "Enter the priority as a whole number from 1 to 9, or leave it empty for "
                        + "every priority");
            }
        }
        Double share = null;
        Role role = null;
        Double minutesPerIncident = null;
        Double minutesSaved = null;
        Double officers = null;
        if (kind == ScenarioChange.Kind.MOVE_WORK) {
            share = number(form, "sharePercent", "Enter the share to move as a percentage from 0 to 100", errors);
            role = Role.fromCode(form.get("toRole")).orElse(null);
            if (role == null) {
                errors.put("toRole", "Select the role or channel the work moves to");
            }
            if (!form.getOrDefault("minutesPerIncident", "").isBlank()) {
                minutesPerIncident = number(form, "minutesPerIncident", "Enter minutes per incident as a number, "
                        + "or leave it empty", errors);
            }
        } else if (kind == ScenarioChange.Kind.CUT_MINUTES) {
            minutesSaved = number(form, "minutesSaved", "Enter the minutes saved per incident as a number", errors);
        } else if (kind == ScenarioChange.Kind.CHANGE_OFFICERS) {
            officers = number(form, "officersSent", "Enter officers sent as a number, 1 or more", errors);
        }
        return new ScenarioChange(kind, workType, priority, share, role, minutesPerIncident, minutesSaved, officers);
    }

    private static Double number(Map<String, String> form, String field, String message, Map<String, String> errors) {
        Double value = Figures.parse(form.get(field));
        if (value == null) {
            errors.put(field, message);
        }
        return value;
    }

    private void requirePlanner(String force, SignedInUser user) {
        if (!scenarios.mayChange(force, user)) {
            throw new ForbiddenException("Only the force's planners can change its scenarios");
        }
    }
}
