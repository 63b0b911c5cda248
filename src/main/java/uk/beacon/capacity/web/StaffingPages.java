package uk.beacon.capacity.web;

import java.util.ArrayList;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import uk.beacon.capacity.domain.staffing.StaffingRequirement;
import uk.beacon.capacity.service.StaffingService;
import uk.beacon.platform.OrganisationService;
import uk.beacon.platform.SignedInUser;

/** The staffing requirement: for call handling and response, a 7 × 24 heatmap of people on duty and its tables. */
@Controller
class StaffingPages {

    /** One service as the page shows it. */
    record Section(String id, String title, String people, StaffingHeatmap heatmap, List<Hour> hours,
            long onDutyHours, String rosteredHours, int peak, int hoursNotMet, List<String> standards) {
    }

    record Hour(String name, String arrivals, String traffic, int onDuty, String rostered, String serviceLevel,
            String meanWait, String occupancy, boolean met) {
    }

    private final StaffingService staffing;
    private final OrganisationService organisations;

    StaffingPages(StaffingService staffing, OrganisationService organisations) {
        this.staffing = staffing;
        this.organisations = organisations;
    }

    @ModelAttribute("navSection")
    String navSection() {
        return "/capacity";
    }

    @GetMapping("/forces/{force}/capacity/staffing")
    String page(@PathVariable String force, @AuthenticationPrincipal SignedInUser user, Model model) {
        StaffingService.Staffing result = staffing.staffing(force, user);
        model.addAttribute("force", organisations.force(force));
        model.addAttribute("result", result);
        model.addAttribute("shrinkage", Figures.number(result.requirement().shrinkage() * 100));
        model.addAttribute("sections", List.of(
                section("call-handling", "Call handling", "call handlers", result.requirement().callHandling()),
                section("response", "Response", "response officers", result.requirement().response())));
        return "capacity/staffing";
    }

    private static Section section(String id, String title, String people,
            StaffingRequirement.ServiceRequirement requirement) {
        List<Hour> hours = new ArrayList<>();
        for (int hour = 0; hour < 168; hour++) {
            hours.add(new Hour(StaffingHeatmap.DAY_NAMES[hour / 24] + " " + "%02d:00".formatted(hour % 24),
                    Figures.number(requirement.arrivalsPerHour()[hour]),
                    Figures.number(requirement.trafficErlangs()[hour]), requirement.onDuty()[hour],
                    Figures.number(requirement.rostered()[hour]),
                    Figures.number(requirement.serviceLevel()[hour] * 100) + "%",
                    Figures.number(requirement.meanWaitSeconds()[hour]) + " s",
                    Figures.number(requirement.occupancy()[hour] * 100) + "%", requirement.met()[hour]));
        }
        return new Section(id, title, people,
                StaffingHeatmap.of(title + ": " + people + " needed on duty in each hour of the week",
                        requirement.onDuty()),
                hours, requirement.onDutyHours(), Figures.number(requirement.rosteredHours()),
                requirement.peakOnDuty(), requirement.hoursNotMet(),
                requirement.standards().stream().map(standard -> standard.label() + " ("
                        + Figures.number(standard.share() * 100) + "%)").toList());
    }
}
