package uk.beacon.capacity.web;

import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.beacon.capacity.domain.staffing.Shrinkage;
import uk.beacon.capacity.domain.staffing.Workload;
import uk.beacon.capacity.service.WorkloadService;
import uk.beacon.demand.WorkTypes;
import uk.beacon.platform.ForbiddenException;
import uk.beacon.platform.InvalidRequestException;
import uk.beacon.platform.OrganisationService;
import uk.beacon.platform.SignedInUser;

/**
 * A force's workload: where it came from, the figures that turn it into staffing (calls per incident,
 * handling time, travel, abstraction), and its items by work type and priority. Planners draw it
 * from the demand data for a period, change the figures, and add items by hand.
 */
@Controller
class WorkloadPages {

    /**
     * One item as the page shows it, its work type named as demand names it; the text fields hold what was typed
     * when a form comes back.
     */
    record ItemRow(int index, String workType, String workTypeLabel, String priority, String perWeek,
            String minutes, String officers, boolean deployed, String peakHour) {
    }

    record TravelRow(int index, String priority, String minutes) {
    }

    private static final String[] SHRINKAGE = Shrinkage.PARTS.toArray(String[]::new);
    private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

    private final WorkloadService workloads;
    private final OrganisationService organisations;

    WorkloadPages(WorkloadService workloads, OrganisationService organisations) {
        this.workloads = workloads;
        this.organisations = organisations;
    }

    @ModelAttribute("navSection")
    String navSection() {
        return "/capacity";
    }

    @GetMapping("/forces/{force}/capacity/workload")
    String page(@PathVariable String force, @AuthenticationPrincipal SignedInUser user, Model model) {
        WorkloadService.Current current = workloads.current(force, user);
        Workload workload = current.workload();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("callsPerIncident", Figures.number(workload.callsPerIncident()));
        form.put("callHandlingSeconds", Figures.number(workload.callHandlingSeconds()));
        double[] parts = shrinkageParts(workload.shrinkage());
        for (int i = 0; i < SHRINKAGE.length; i++) {
            form.put(SHRINKAGE[i], Figures.number(parts[i] * 100));
        }
        return show(force, user, current, form, rows(workload, Map.of()), travelRows(workload, Map.of()), Map.of(),
                model);
    }

    @PostMapping("/forces/{force}/capacity/workload")
    String save(@PathVariable String force, @RequestParam Map<String, String> form,
            @AuthenticationPrincipal SignedInUser user, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        requirePlanner(force, user);
        WorkloadService.Current current = workloads.current(force, user);
        Workload workload = current.workload();
        Map<String, String> errors = new LinkedHashMap<>();
        Double calls = read(form, "callsPerIncident", 0, 100, "Enter calls per incident as a number from 0 to 100",
                errors);
        Double handling = read(form, "callHandlingSeconds", 1, 86_400,
                "Enter the call handling time as a number of seconds, 1 or more", errors);
        Shrinkage shrinkage = shrinkage(form, errors);
        List<Workload.Travel> travel = new ArrayList<>();
        for (int i = 0; i < workload.travel().size(); i++) {
            Workload.Travel entry = workload.travel().get(i);
            Double minutes = read(form, "travel-" + i, 0, 1440, "Enter the travel time for "
                    + priorityName(entry.priority()) + " as minutes from 0 to 1,440", errors);
            travel.add(new Workload.Travel(entry.priority(), minutes == null ? entry.minutes() : minutes));
        }
        List<Workload.WorkItem> items = new ArrayList<>();
        for (int i = 0; i < workload.items().size(); i++) {
            Workload.WorkItem item = workload.items().get(i);
            String name = labelOf(item);
            Double perWeek = read(form, "perWeek-" + i, 0, 10_000_000, "Enter incidents a week for " + name
                    + " as a number, 0 or more", errors);
            Double minutes = read(form, "minutes-" + i, 0, 100_000, "Enter officer minutes per incident for "
                    + name + " as a number, 0 or more", errors);
            Double officers = read(form, "officers-" + i, 1, 1000, "Enter officers sent to " + name
                    + " as a number, 1 or more", errors);
            boolean deployed = "true".equals(form.get("deployed-" + i));
            if (perWeek != null && minutes != null && officers != null) {
                items.add(new Workload.WorkItem(item.workType(), item.priority(), reshape(item.incidentsPerHour(),
                        perWeek), minutes, officers, deployed));
            }
        }
        if (!errors.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return show(force, user, current, form, rows(workload, form), travelRows(workload, form), errors, model);
        }
        workloads.save(force, user, new Workload(workload.source(), calls, handling, items, travel,
                shrinkage));
        redirect.addFlashAttribute("saved", "The workload is saved.");
        return "redirect:/forces/{force}/capacity/workload";
    }

    @PostMapping("/forces/{force}/capacity/workload/from-demand")
    String fromDemand(@PathVariable String force, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @AuthenticationPrincipal SignedInUser user, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        requirePlanner(force, user);
        Map<String, String> errors = new LinkedHashMap<>();
        java.time.YearMonth fromMonth = month(from, "from", errors);
        java.time.YearMonth toMonth = month(to, "to", errors);
        if (errors.isEmpty() && toMonth.isBefore(fromMonth)) {
            errors.put("to", "The last month must be the same as or after the first");
        }
        if (errors.isEmpty()) {
            Workload drawn = workloads.fromDemand(force, user, fromMonth, toMonth);
            WorkloadService.Current current = workloads.current(force, user);
            // The force's own figures (travel, abstraction, call handling) stay; the items are replaced.
            Workload keep = current.workload();
            workloads.save(force, user, new Workload(drawn.source(), keep.callsPerIncident(),
                    keep.callHandlingSeconds(), drawn.items(),
                    current.origin().equals("saved") ? merge(keep.travel(), drawn.travel()) : drawn.travel(),
                    keep.shrinkage()));
            redirect.addFlashAttribute("saved", "The workload is drawn from the demand data for " + fromMonth + " to "
                    + toMonth + " and saved.");
            return "redirect:/forces/{force}/capacity/workload";
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("demandFrom", from);
        model.addAttribute("demandTo", to);
        WorkloadService.Current current = workloads.current(force, user);
        return show(force, user, current, settingsForm(current.workload()), rows(current.workload(), Map.of()),
                travelRows(current.workload(), Map.of()), errors, model);
    }

    @PostMapping("/forces/{force}/capacity/workload/items")
    String addItem(@PathVariable String force, @RequestParam Map<String, String> form,
            @AuthenticationPrincipal SignedInUser user, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        requirePlanner(force, user);
        Map<String, String> errors = new LinkedHashMap<>();
        String workType = form.getOrDefault("newWorkType", "").strip();
        if (workType.isEmpty() || workType.length() > 60) {
            errors.put("newWorkType", "Enter the work type, up to 60 characters");
        }
        Integer priority = null;
        String priorityText = form.getOrDefault("newPriority", "").strip();
        if (!priorityText.isEmpty()) {
            Double value = Figures.parse(priorityText);
            if (value == null || value < 1 || value > 9 || value != Math.rint(value)) {
                errors.put("newPriority", "Enter the priority as a whole number from 1 to 9, or leave it empty");
            } else {
                priority = value.intValue();
            }
        }
        Double perWeek = read(form, "newPerWeek", 0, 10_000_000, "Enter incidents a week as a number, 0 or more",
                errors);
        Double minutes = read(form, "newMinutes", 0, 100_000, "Enter officer minutes per incident, 0 or more", errors);
        Double officers = read(form, "newOfficers", 1, 1000, "Enter officers sent as a number, 1 or more", errors);
        WorkloadService.Current current = workloads.current(force, user);
        if (!errors.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("newItem", form);
            return show(force, user, current, settingsForm(current.workload()), rows(current.workload(), Map.of()),
                    travelRows(current.workload(), Map.of()), errors, model);
        }
        Workload workload = current.workload();
        List<Workload.WorkItem> items = new ArrayList<>(workload.items());
        double[] perHour = new double[Workload.HOURS];
        Arrays.fill(perHour, perWeek / Workload.HOURS);
        items.add(new Workload.WorkItem(workType, priority, perHour, minutes, officers, true));
        String source = workload.source().contains("by hand") ? workload.source()
                : workload.source() + "; with items entered by hand";
        workloads.save(force, user, new Workload(source, workload.callsPerIncident(), workload.callHandlingSeconds(),
                items, workload.travel(), workload.shrinkage()));
        redirect.addFlashAttribute("saved", "The item is added and the workload saved.");
        return "redirect:/forces/{force}/capacity/workload";
    }

    private void requirePlanner(String force, SignedInUser user) {
        if (!workloads.mayChange(force, user)) {
            throw new ForbiddenException("Only the force's planners can change its workload");
        }
    }

    private String show(String force, SignedInUser user, WorkloadService.Current current, Map<String, String> form,
            List<ItemRow> items, List<TravelRow> travel, Map<String, String> errors, Model model) {
        model.addAttribute("force", organisations.force(force));
        model.addAttribute("current", current);
        model.addAttribute("form", form);
        model.addAttribute("items", items);
        model.addAttribute("travel", travel);
        model.addAttribute("shrinkageRule", Shrinkage.RULE);
        model.addAttribute("shrinkageTotal", Figures.number(current.workload().shrinkage().total() * 100));
        model.addAttribute("mayChange", workloads.mayChange(force, user));
        model.addAttribute("errors", errors);
        if (!model.containsAttribute("newItem")) {
            model.addAttribute("newItem", Map.of("newOfficers", "1"));
        }
        return "capacity/workload";
    }

    private static Map<String, String> settingsForm(Workload workload) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("callsPerIncident", Figures.number(workload.callsPerIncident()));
        form.put("callHandlingSeconds", Figures.number(workload.callHandlingSeconds()));
        double[] parts = shrinkageParts(workload.shrinkage());
        for (int i = 0; i < SHRINKAGE.length; i++) {
            form.put(SHRINKAGE[i], Figures.number(parts[i] * 100));
        }
        return form;
    }

    private static List<ItemRow> rows(Workload workload, Map<String, String> form) {
        List<ItemRow> rows = new ArrayList<>();
        for (int i = 0; i < workload.items().size(); i++) {
            Workload.WorkItem item = workload.items().get(i);
            int peak = 0;
            for (int hour = 1; hour < Workload.HOURS; hour++) {
                if (item.incidentsPerHour()[hour] > item.incidentsPerHour()[peak]) {
                    peak = hour;
                }
            }
            boolean deployed = form.isEmpty() ? item.deployed() : "true".equals(form.get("deployed-" + i));
            rows.add(new ItemRow(i, item.workType(), WorkTypes.label(item.workType()),
                    item.priority() == null ? "None" : String.valueOf(item.priority()),
                    form.getOrDefault("perWeek-" + i, Figures.number(item.incidentsPerWeek())),
                    form.getOrDefault("minutes-" + i, Figures.number(item.minutesOnTask())),
                    form.getOrDefault("officers-" + i, Figures.number(item.officersSent())), deployed,
                    item.incidentsPerWeek() == 0 ? "None" : DAYS[peak / 24] + " " + "%02d:00".formatted(peak % 24)));
        }
        return rows;
    }

    private static List<TravelRow> travelRows(Workload workload, Map<String, String> form) {
        List<TravelRow> rows = new ArrayList<>();
        for (int i = 0; i < workload.travel().size(); i++) {
            Workload.Travel entry = workload.travel().get(i);
            rows.add(new TravelRow(i, priorityName(entry.priority()),
                    form.getOrDefault("travel-" + i, Figures.number(entry.minutes()))));
        }
        return rows;
    }

    private static List<Workload.Travel> merge(List<Workload.Travel> kept, List<Workload.Travel> drawn) {
        List<Workload.Travel> merged = new ArrayList<>(kept);
        for (Workload.Travel entry : drawn) {
            if (kept.stream().noneMatch(k -> java.util.Objects.equals(k.priority(), entry.priority()))) {
                merged.add(entry);
            }
        }
        return merged;
    }

    static String priorityName(Integer priority) {
        return priority == null ? "incidents without a priority" : "priority " + priority;
    }

    static String labelOf(Workload.WorkItem item) {
        String label = WorkTypes.label(item.workType());
        return label + (item.priority() == null ? "" : ", priority " + item.priority());
    }

    /**
     * The abstraction typed as percentages, held to the domain's one rule ({@link Shrinkage#problems}); a refusal
     * of the whole (the parts add up to too much) is shown against leave, the first.
     */
    private static Shrinkage shrinkage(Map<String, String> form, Map<String, String> errors) {
        double[] shares = new double[SHRINKAGE.length];
        boolean typed = true;
        for (int i = 0; i < SHRINKAGE.length; i++) {
            Double percent = Figures.parse(form.get(SHRINKAGE[i]));
            if (percent == null) {
                errors.put(SHRINKAGE[i], "Enter " + SHRINKAGE[i] + " as a percentage, such as 4.5");
                typed = false;
            } else {
                // Through the decimal typed, so that 44.99 is the same share as the API's 0.4499.
                shares[i] = BigDecimal.valueOf(percent).movePointLeft(2).doubleValue();
            }
        }
        Shrinkage shrinkage = new Shrinkage(shares[0], shares[1], shares[2], shares[3], shares[4]);
        if (typed) {
            shrinkage.problems().forEach((part, message) -> errors.putIfAbsent(
                    part.equals("total") ? SHRINKAGE[0] : part, message));
        }
        return shrinkage;
    }

    private static double[] shrinkageParts(Shrinkage shrinkage) {
        return shrinkage.parts();
    }

    /** Scales an hourly shape to a new weekly total; a week with no shape is spread evenly. */
    private static double[] reshape(double[] perHour, double perWeek) {
        double total = Arrays.stream(perHour).sum();
        double[] result = new double[perHour.length];
        for (int hour = 0; hour < perHour.length; hour++) {
            result[hour] = total > 0 ? perHour[hour] * perWeek / total : perWeek / perHour.length;
        }
        return result;
    }

    private static Double read(Map<String, String> form, String field, double min, double max, String message,
            Map<String, String> errors) {
        Double value = Figures.parse(form.get(field));
        if (value == null || value < min || value > max) {
            errors.put(field, message);
            return null;
        }
        return value;
    }

    private static java.time.YearMonth month(String text, String field, Map<String, String> errors) {
        try {
            return WorkloadApi.month(field, text);
        } catch (InvalidRequestException e) {
            errors.put(field, "Enter the " + (field.equals("from") ? "first" : "last") + " month as YYYY-MM, "
                    + "for example 2025-01");
            return null;
        }
    }
}
