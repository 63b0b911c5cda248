package uk.beacon.platform.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import uk.beacon.platform.OrganisationService;
import uk.beacon.platform.SignedInUser;

/** "Your organisation": the signed-in user's organisation and its members. */
@Controller
class OrganisationController {

    private final OrganisationService organisations;

    OrganisationController(OrganisationService organisations) {
        this.organisations = organisations;
    }

    @GetMapping("/organisation")
    String yours(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("organisation", organisations.organisation(user.organisationId()));
        model.addAttribute("members", organisations.members(user.organisationId(), user));
        return "organisation";
    }
}
