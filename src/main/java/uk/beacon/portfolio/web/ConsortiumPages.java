package uk.beacon.portfolio.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.beacon.platform.SignedInUser;
import uk.beacon.portfolio.service.ConsortiumService;

/**
 * A force's consortium invitations: the list its planners answer (post/redirect/get, the outcome in a success
 * banner), and the same answer from an initiative's page to leave a consortium the force has joined.
 */
@Controller
class ConsortiumPages {

    private final ConsortiumService consortiums;

    ConsortiumPages(ConsortiumService consortiums) {
        this.consortiums = consortiums;
    }

    @ModelAttribute("navSection")
    String navSection() {
        return "/portfolio";
    }

    @GetMapping("/forces/{force}/initiatives/invitations")
    String invitations(@PathVariable String force, @AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("force", force);
        model.addAttribute("invitations", consortiums.invitations(force, user));
        return "portfolio/invitations";
    }

    @PostMapping("/forces/{force}/initiatives/{id}/membership")
    String decide(@PathVariable String force, @PathVariable String id, @RequestParam(required = false) String decision,
            @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
        ConsortiumService.Decided decided = consortiums.decide(force, id, user, decision);
        String what = "'" + decided.initiativeName() + "'";
        redirect.addFlashAttribute("decided", "accepted".equals(decided.member().state())
                ? "This force is now a member of " + what + ", and sees it among its initiatives."
                : "This force declined " + what + ". It is no longer shown to this force.");
        return "redirect:/forces/" + force + "/initiatives/invitations";
    }
}
