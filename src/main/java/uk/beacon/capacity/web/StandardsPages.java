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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.beacon.capacity.domain.staffing.ServiceStandard;
import uk.beacon.capacity.service.ServiceStandardsService;
import uk.beacon.platform.ForbiddenException;
import uk.beacon.platform.OrganisationService;
import uk.beacon.platform.SignedInUser;

/**
 * A force's service standards: every member sees them; its planners change each one's target, share
 * and whether it applies. Call-handling targets are in seconds, response targets in minutes.
 */
@Controller
class StandardsPages {

    /** One standard as the form shows it. */
    record Row(int index, ServiceStandard standard, String target, String share, boolean active) {

        public boolean minutes() {
            return standard.service() == ServiceStandard.Service.RESPONSE;
        }

        public String targetText() {
            return minutes() ? Figures.number(standard.targetSeconds() / 60.0) + " minutes"
                    : standard.targetSeconds() + " seconds";
        }

        public String shareText() {
            return Figures.number(standard.share() * 100) + "%";
        }
    }

    private final ServiceStandardsService standards;
    private final OrganisationService organisations;

    StandardsPages(ServiceStandardsService standards, OrganisationService organisations) {
        this.standards = standards;
        this.organisations = organisations;
    }

    @ModelAttribute("navSection")
    String navSection() {
        return "/capacity";
    }

    @GetMapping("/forces/{force}/capacity/standards")
    String page(@PathVariable String force, @AuthenticationPrincipal SignedInUser user, Model model) {
        ServiceStandardsService.Standards current = standards.standards(force, user);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < current.standards().size(); i++) {
            ServiceStandard standard = current.standards().get(i);
            rows.add(new Row(i, standard, standard.service() == ServiceStandard.Service.RESPONSE
                    ? Figures.number(standard.targetSeconds() / 60.0) : String.valueOf(standard.targetSeconds()),
                    Figures.number(standard.share() * 100), standard.active()));
        }
        return show(force, user, current, rows, Map.of(), model);
    }

    @PostMapping("/forces/{force}/capacity/standards")
    String save(@PathVariable String force, @RequestParam Map<String, String> form,
            @AuthenticationPrincipal SignedInUser user, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!standards.mayChange(force, user)) {
            throw new ForbiddenException("Only the force's planners can change its service standards");
        }
        ServiceStandardsService.Standards current = standards.standards(force, user);
        Map<String, String> errors = new LinkedHashMap<>();
        List<Row> rows = new ArrayList<>();
        List<ServiceStandard> changed = new ArrayList<>();
        for (int i = 0; i < current.standards().size(); i++) {
            ServiceStandard standard = current.standards().get(i);
            boolean minutes = standard.service() == ServiceStandard.Service.RESPONSE;
            String target = form.getOrDefault("target-" + i, "");
            String share = form.getOrDefault("share-" + i, "");
            boolean active = "true".equals(form.get("active-" + i));
            rows.add(new Row(i, standard, target, share, active));
            Double targetValue = Figures.parse(target);
            if (targetValue == null || targetValue < 0 || targetValue > (minutes ? 10_080 : 604_800)) {
                errors.put("target-" + i, "Enter the target for '" + standard.label() + "' as a number of "
                        + (minutes ? "minutes" : "seconds") + ", 0 or more");
            }
            Double shareValue = Figures.parse(share);
            if (shareValue == null || shareValue <= 0 || shareValue >= 100) {
                errors.put("share-" + i, "Enter the share for '" + standard.label()
                        + "' as a percentage more than 0 and less than 100");
            }
            if (!errors.containsKey("target-" + i) && !errors.containsKey("share-" + i)) {
                changed.add(new ServiceStandard(standard.code(), standard.label(), standard.service(),
                        standard.priority(), (int) Math.round(minutes ? targetValue * 60 : targetValue),
                        shareValue / 100, active));
            }
        }
        if (!errors.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return show(force, user, current, rows, errors, model);
        }
        standards.save(force, user, changed);
        redirect.addFlashAttribute("saved", true);
        return "redirect:/forces/{force}/capacity/standards";
    }

    private String show(String force, SignedInUser user, ServiceStandardsService.Standards current, List<Row> rows,
            Map<String, String> errors, Model model) {
        model.addAttribute("force", organisations.force(force));
        model.addAttribute("defaults", current.defaults());
        model.addAttribute("rows", rows);
        model.addAttribute("mayChange", standards.mayChange(force, user));
        model.addAttribute("errors", errors);
        return "capacity/standards";
    }
}
