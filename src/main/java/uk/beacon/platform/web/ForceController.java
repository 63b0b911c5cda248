package uk.beacon.platform.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import uk.beacon.platform.OrganisationService;

/** The public list of police forces and a page for each. */
@Controller
class ForceController {

    private final OrganisationService organisations;

    ForceController(OrganisationService organisations) {
        this.organisations = organisations;
    }

    @GetMapping("/forces")
    String list(Model model) {
        model.addAttribute("forces", organisations.forces());
        return "forces/list";
    }

    @GetMapping("/forces/{id}")
    String show(@PathVariable String id, Model model) {
        model.addAttribute("force", organisations.force(id));
        return "forces/show";
    }
}
