package uk.beacon.portfolio.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.ObjectMapper;
import uk.beacon.platform.InvalidRequestException;
import uk.beacon.platform.Job;
import uk.beacon.platform.JobService;
import uk.beacon.platform.NotFoundException;
import uk.beacon.platform.OrganisationService;
import uk.beacon.platform.SignedInUser;
import uk.beacon.portfolio.domain.initiatives.InitiativeDefinition;
import uk.beacon.portfolio.service.InitiativeRecord;
import uk.beacon.portfolio.service.InitiativeService;
import uk.beacon.portfolio.service.OptimisationRequest;
import uk.beacon.portfolio.service.OptimisationResult;
import uk.beacon.portfolio.service.OptimisationService;

/**
 * The portfolio-optimisation page of a force (its members only): a form prefilled from the force's initiatives that
 * starts the optimisation as a job, and the job's page, which follows its progress and then shows the chosen
 * portfolio as a timeline and the spend against each year's budget, each with its table.
 */
@Controller
class OptimisationPages {

    static final String JOB_KIND = "portfolio.optimisation";
    static final int DEFAULT_HORIZON = 5;
    static final int MOST_YEARS = 30;
    static final int DEFAULT_WINDOW = 1;

    private final OptimisationService optimisations;
    private final InitiativeService initiatives;
    private final JobService jobs;
    private final ObjectMapper json;

    OptimisationPages(OptimisationService optimisations, InitiativeService initiatives, JobService jobs,
            ObjectMapper json) {
        this.optimisations = optimisations;
        this.initiatives = initiatives;
        this.jobs = jobs;
        this.json = json;
    }

    /** The form as typed: budgets as figures separated by spaces. */
    record Form(String firstYear, String horizonYears, String budgets, String maxConcurrent, String objective,
            String window) {
    }

    @ModelAttribute("navSection")
    String navSection() {
        return "/portfolio";
    }

    @GetMapping("/forces/{force}/portfolio/optimisation")
    String form(@PathVariable String force, @AuthenticationPrincipal SignedInUser user, Model model) {
        List<InitiativeRecord> records = initiatives.initiatives(force, user);
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        for (InitiativeRecord record : records) {
            int[] span = span(record.definition());
            first = Math.min(first, span[0]);
            last = Math.max(last, span[1]);
        }
        if (records.isEmpty()) {
            first = java.time.Year.now().getValue();
            last = first + DEFAULT_HORIZON - 1;
        }
        int horizon = Math.max(1, Math.min(MOST_YEARS, last - first + 1));
        OptimisationRequest planned = initiatives.optimisationRequest(force, user, first, horizon, List.of(), null,
                "npsv", 0);
        double[] spend = new double[horizon];
        for (OptimisationRequest.Initiative initiative : planned.initiatives()) {
            for (int t = 0; t < initiative.costsByYear().size(); t++) {
                int year = initiative.earliestStart() + t;
                if (year < horizon) {
                    spend[year] += initiative.costsByYear().get(t);
                }
            }
        }
        StringBuilder budgets = new StringBuilder();
        for (double amount : spend) {
            budgets.append(budgets.isEmpty() ? "" : " ").append(Math.round(amount));
        }
        Form form = new Form(String.valueOf(first), String.valueOf(horizon), budgets.toString(), "", "npsv",
                String.valueOf(DEFAULT_WINDOW));
        return page(force, form, records.size(), Map.of(), model);
    }

    @PostMapping("/forces/{force}/portfolio/optimisation")
    String start(@PathVariable String force, @ModelAttribute Form form, @AuthenticationPrincipal SignedInUser user,
            Model model, HttpServletResponse response) {
        List<InitiativeRecord> records = initiatives.initiatives(force, user);
        Map<String, String> errors = new LinkedHashMap<>();
        Integer first = whole(form.firstYear(), "firstYear", "The first year", errors);
        Integer horizon = whole(form.horizonYears(), "horizonYears", "The number of years", errors);
        if (horizon != null && (horizon < 1 || horizon > MOST_YEARS)) {
            errors.put("horizonYears", "The number of years must be from 1 to " + MOST_YEARS);
        }
        List<Double> budgets = figures(form.budgets(), errors);
        Integer concurrent = null;
        if (form.maxConcurrent() != null && !form.maxConcurrent().isBlank()) {
            concurrent = whole(form.maxConcurrent(), "maxConcurrent", "The most initiatives at once", errors);
        }
        Integer window = whole(form.window(), "window", "The start-year window", errors);
        if (window != null && (window < 0 || window > MOST_YEARS)) {
            errors.put("window", "The start-year window must be from 0 to " + MOST_YEARS + " years");
        }
        if (records.isEmpty()) {
            errors.put("horizonYears", "This force has no initiatives to choose from: add some first");
        }
        Job job = null;
        if (errors.isEmpty()) {
            OptimisationRequest request = initiatives.optimisationRequest(force, user, first, horizon, budgets,
                    concurrent, form.objective(), window);
            try {
                job = optimisations.start(user, request);
            } catch (InvalidRequestException e) {
                errors.put(formField(e.field()), message(e, records));
            }
        }
        if (job == null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(force, form, records.size(), errors, model);
        }
        return "redirect:/forces/" + force + "/portfolio/optimisation/" + job.id() + "?firstYear=" + first;
    }

    @GetMapping("/forces/{force}/portfolio/optimisation/{id}")
    String result(@PathVariable String force, @PathVariable String id,
            @RequestParam(name = "firstYear", required = false) Integer firstYear,
            @AuthenticationPrincipal SignedInUser user, Model model) {
        OrganisationService.requireMemberOf(force, user);
        Job job = jobs.find(id, user);
        if (!JOB_KIND.equals(job.kind())) {
            throw new NotFoundException("There is no portfolio optimisation with the id '" + id + "'");
        }
        model.addAttribute("force", force);
        model.addAttribute("job", job);
        model.addAttribute("firstYear", firstYear);
        OptimisationResult result = job.result() == null ? null
                : json.readValue(job.result(), OptimisationResult.class);
        if (result == null) {
            model.addAttribute("view", null);
        } else {
            Map<String, String> names = new HashMap<>();
            Map<String, Integer> durations = new HashMap<>();
            for (InitiativeRecord record : initiatives.initiatives(force, user)) {
                names.put(record.id(), record.definition().name());
                durations.put(record.id(), Math.max(1, (record.definition().durationMonths() + 11) / 12));
            }
            model.addAttribute("view", OptimisationResultView.of(result, names, durations,
                    firstYear == null ? 0 : firstYear));
        }
        return "portfolio/optimisation-result";
    }

    private String page(String force, Form form, int count, Map<String, String> errors, Model model) {
        model.addAttribute("force", force);
        model.addAttribute("form", form);
        model.addAttribute("count", count);
        model.addAttribute("errors", errors);
        return "portfolio/optimisation";
    }

    /** The form field an API field belongs to. */
    static String formField(String apiField) {
        if (apiField.startsWith("budgetByYear")) {
            return "budgets";
        }
        return switch (apiField) {
            case "maxConcurrent", "objective" -> apiField;
            default -> "horizonYears";
        };
    }

    private static final Pattern INITIATIVE = Pattern.compile("initiatives\\[(\\d+)]");

    /** The message with "initiatives[i]" replaced by the initiative's name. */
    private static String message(InvalidRequestException e, List<InitiativeRecord> records) {
        Matcher matcher = INITIATIVE.matcher(e.getMessage());
        StringBuilder text = new StringBuilder();
        while (matcher.find()) {
            int i = Integer.parseInt(matcher.group(1));
            String name = i < records.size() ? "'" + records.get(i).definition().name() + "'" : matcher.group();
            matcher.appendReplacement(text, Matcher.quoteReplacement("initiative " + name));
        }
        matcher.appendTail(text);
        return text.toString();
    }

    /** The first and last calendar years of an initiative: its start year and the years of its figures. */
    static int[] span(InitiativeDefinition d) {
        int first = d.startYear() == null ? Integer.MAX_VALUE : d.startYear();
        int last = d.startYear() == null ? Integer.MIN_VALUE : d.startYear();
        if (d.years() != null) {
            for (InitiativeDefinition.YearFigures y : d.years()) {
                if (y != null && y.year() != null) {
                    first = Math.min(first, y.year());
                    last = Math.max(last, y.year());
                }
            }
        }
        if (first == Integer.MAX_VALUE) {
            first = java.time.Year.now().getValue();
            last = first;
        }
        return new int[] {first, last};
    }

    private static List<Double> figures(String text, Map<String, String> errors) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            errors.put("budgets", "Enter a budget for each year, separated by spaces");
            return null;
        }
        try {
            return new ArrayList<>(Arrays.stream(trimmed.split("[\\s,]+")).map(part -> part.replace("£", ""))
                    .map(Double::valueOf).toList());
        } catch (NumberFormatException e) {
            errors.put("budgets", "Budgets must be figures in pounds separated by spaces, such as 250000 300000");
            return null;
        }
    }

    private static Integer whole(String text, String field, String what, Map<String, String> errors) {
        try {
            return Integer.valueOf(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            errors.putIfAbsent(field, what + " must be a whole number");
            return null;
        }
    }
}
