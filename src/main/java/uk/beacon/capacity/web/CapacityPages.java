package uk.beacon.capacity.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import uk.beacon.platform.Organisation;
import uk.beacon.platform.OrganisationService;
import uk.beacon.platform.SignedInUser;

/**
 * The capacity hub: {@code /capacity} sends a force's members to their force's hub and shows anyone
 * else the public calculator; a force's hub links its standards, workload, staffing, shift plans,
 * simulations and the calculator.
 */
@Controller
class CapacityPages {

    private final OrganisationService organisations;

    CapacityPages(OrganisationService organisations) {
        this.organisations = organisations;
    }

    @ModelAttribute("navSection")
    String navSection() {
        return "/capacity";
    }

    @GetMapping("/capacity")
    String capacity(@AuthenticationPrincipal SignedInUser user, Model model) {
        if (user != null) {
            Organisation organisation = organisations.organisation(user.organisationId());
            if (organisation.isForce()) {
                return "redirect:/forces/" + organisation.id() + "/capacity";
            }
            model.addAttribute("organisation", organisation);
        }
        return "capacity/hub-public";
    }

    @GetMapping("/forces/{force}/capacity")
    String hub(@PathVariable String force, @AuthenticationPrincipal SignedInUser user, Model model) {
        Organisation organisation = organisations.force(force);
        OrganisationService.requireMemberOf(force, user);
        model.addAttribute("force", organisation);
        return "capacity/hub";
    }
}
