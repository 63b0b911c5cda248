package uk.beacon.capacity.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.beacon.capacity.domain.shifts.WeekHours;
import uk.beacon.capacity.service.ShiftPlan;
import uk.beacon.capacity.service.ShiftPlanResult;
import uk.beacon.capacity.service.ShiftPlanService;
import uk.beacon.capacity.service.StaffingService;
import uk.beacon.platform.ForbiddenException;
import uk.beacon.platform.InvalidRequestException;
import uk.beacon.platform.OrganisationService;
import uk.beacon.platform.SignedInUser;

/**
 * A force's shift plans: the design form (which starts a job), the saved plans, and one plan with its
 * progress while it is designed, then its shifts, coverage chart and table, and the comparison with the
 * force's current pattern.
 */
@Controller
@RequestMapping("/forces/{force}/capacity/shift-plans")
class ShiftPlanPages {

    /** One hour of the week in the coverage table. */
    record HourRow(String day, String time, int required, int onDuty, int difference) {
    }

    private final ShiftPlanService plans;
    private final OrganisationService organisations;
    private final StaffingService staffing;

    ShiftPlanPages(ShiftPlanService plans, OrganisationService organisations, StaffingService staffing) {
        this.plans = plans;
        this.organisations = organisations;
        this.staffing = staffing;
    }

    @ModelAttribute("navSection")
    String navSection() {
        return "/capacity";
    }

    @GetMapping
    String list(@PathVariable String force, @RequestParam(required = false) String from,
            @AuthenticationPrincipal SignedInUser user, Model model) {
        ShiftPlanForm form = ShiftPlanForm.blank();
        if ("staffing".equals(from)) {
            // The force's response requirement: whole people on duty in each hour, so nothing to round up.
            int[] onDuty = staffing.staffing(force, user).requirement().response().onDuty();
            double[] requirement = new double[onDuty.length];
            for (int hour = 0; hour < onDuty.length; hour++) {
                requirement[hour] = Math.ceil(onDuty[hour]);
            }
            form = new ShiftPlanForm("Response staffing requirement", ShiftPlanForm.requirementText(requirement),
                    form.shiftLengthsHours(), form.startHours(), form.minimumPerShift(), form.briefingOverlapHours(),
                    form.currentPattern());
            model.addAttribute("fromStaffing", true);
        }
        return page(force, user, form, Map.of(), model);
    }

    @PostMapping
    String design(@PathVariable String force, @ModelAttribute ShiftPlanForm form,
            @AuthenticationPrincipal SignedInUser user, Model model, HttpServletResponse response) {
        // Refused before the form is checked, so that only a designer is told what is wrong with it.
        if (!plans.mayDesign(force, user)) {
            throw new ForbiddenException("Only the force's analysts and planners can design shift plans");
        }
        ShiftPlanForm.Parsed parsed = form.parse();
        Map<String, String> errors = new LinkedHashMap<>(parsed.errors());
        if (errors.isEmpty()) {
            try {
                ShiftPlanService.Started started = plans.start(force, user, parsed.request());
                return "redirect:/forces/" + force + "/capacity/shift-plans/" + started.planId();
            } catch (InvalidRequestException e) {
                errors.put(e.field(), e.getMessage());
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return page(force, user, form, errors, model);
    }

    @GetMapping("/{id}")
    String plan(@PathVariable String force, @PathVariable String id, @AuthenticationPrincipal SignedInUser user,
            Model model) {
        ShiftPlan plan = plans.plan(force, id, user);
        model.addAttribute("force", organisations.force(force));
        model.addAttribute("plan", plan);
        ShiftPlanResult result = plan.result();
        if (result != null) {
            model.addAttribute("chart", ShiftPlanChart.of(result.requirement(), result.coverage()));
            model.addAttribute("hours", hours(result));
            model.addAttribute("shiftRows", result.shifts().stream().map(ShiftPlanPages::shiftRow).toList());
        }
        if (plan.request().currentPattern() != null) {
            model.addAttribute("currentRows", plan.request().currentPattern().stream()
                    .map(ShiftPlanPages::shiftRow).toList());
        }
        model.addAttribute("requirementText", ShiftPlanForm.requirementText(plan.request().requirement()));
        return "capacity/shift-plan";
    }

    /** A shift for people: "Monday", "22:00", "08:00 Tuesday", 10 hours, 12 staff. */
    record ShiftRow(String day, String start, String end, int lengthHours, int staff, long paidHours) {
    }

    static ShiftRow shiftRow(ShiftPlanResult.PlannedShift shift) {
        String day = title(shift.day());
        int startOfWeek = WeekHours.of(java.time.DayOfWeek.valueOf(shift.day()), shift.startHour());
        int end = WeekHours.plus(startOfWeek, shift.lengthHours());
        boolean sameDay = end / 24 == startOfWeek / 24 && end > startOfWeek;
        String endText = String.format("%02d:00", end % 24) + (sameDay ? "" : " " + title(WeekHours.day(end).name()));
        return new ShiftRow(day, String.format("%02d:00", shift.startHour()), endText, shift.lengthHours(),
                shift.staff(), (long) shift.lengthHours() * shift.staff());
    }

    private static String title(String upper) {
        return upper.charAt(0) + upper.substring(1).toLowerCase(java.util.Locale.ROOT);
    }

    private static List<HourRow> hours(ShiftPlanResult result) {
        List<HourRow> rows = new ArrayList<>();
        for (int hour = 0; hour < WeekHours.HOURS; hour++) {
            rows.add(new HourRow(title(WeekHours.day(hour).name()), String.format("%02d:00", hour % 24),
                    result.requirement()[hour], result.coverage()[hour],
                    result.coverage()[hour] - result.requirement()[hour]));
        }
        return rows;
    }

    private String page(String force, SignedInUser user, ShiftPlanForm form, Map<String, String> errors,
            Model model) {
        model.addAttribute("force", organisations.force(force));
        model.addAttribute("mayDesign", plans.mayDesign(force, user));
        model.addAttribute("plans", plans.plans(force, user));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "capacity/shift-plans";
    }
}
