package uk.beacon.portfolio.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import uk.beacon.platform.PublicPaths;
import uk.beacon.platform.SignedInUser;

/**
 * The portfolio's landing page: the public Green Book calculator, and for a signed-in person their force's
 * initiatives and the funding-regime comparison. Open to anyone.
 */
@Controller
class InitiativePortfolioPage {

    @GetMapping("/portfolio")
    String portfolio(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("navSection", "/portfolio");
        model.addAttribute("force", user == null ? null : user.organisationId());
        return "portfolio/initiative-portfolio";
    }

    @Configuration(proxyBeanMethods = false)
    static class Paths {

        @Bean
        PublicPaths portfolioLandingPublicPaths() {
            return PublicPaths.of("/portfolio");
        }
    }
}
