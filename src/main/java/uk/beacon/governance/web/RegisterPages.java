package uk.beacon.governance.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import uk.beacon.governance.domain.Category;
import uk.beacon.governance.domain.Phase;
import uk.beacon.governance.service.HorizonService;
import uk.beacon.governance.service.ProblemReports;
import uk.beacon.governance.service.PublicRegister;
import uk.beacon.platform.TooManyRequestsException;

/**
 * The public transparency register, for anyone: the list with search and filters, downloads, a page per
 * record with its published versions, and the form to report a problem with a record.
 */
@Controller
class RegisterPages {

    private final PublicRegister register;
    private final ProblemReports reports;
    private final HorizonService horizon;

    RegisterPages(PublicRegister register, ProblemReports reports, HorizonService horizon) {
        this.register = register;
        this.horizon = horizon;
        this.reports = reports;
    }

    @ModelAttribute("navSection")
    String navSection() {
        return "/register";
    }

    @GetMapping("/register")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String force,
            @RequestParam(required = false) String category, @RequestParam(required = false) String phase,
            @RequestParam(required = false) String ethicsReview, @RequestParam(required = false) Integer risk,
            Model model) {
        Boolean ethics = "yes".equals(ethicsReview) ? Boolean.TRUE : "no".equals(ethicsReview) ? Boolean.FALSE : null;
        String cleanCategory = Category.of(category).isPresent() ? category : null;
        String cleanPhase = Phase.of(phase).isPresent() ? phase : null;
        Integer cleanRisk = risk != null && risk >= 1 && risk <= 16 ? risk : null;
        String query = q == null ? null : q.length() > 200 ? q.substring(0, 200) : q;
        model.addAttribute("entries", register.list(new PublicRegister.Query(query, force, cleanCategory, cleanPhase,
                ethics, cleanRisk)));
        model.addAttribute("q", query == null ? "" : query);
        model.addAttribute("force", force == null ? "" : force);
        model.addAttribute("category", cleanCategory == null ? "" : cleanCategory);
        model.addAttribute("phase", cleanPhase == null ? "" : cleanPhase);
        model.addAttribute("ethicsReview", ethics == null ? "" : ethics ? "yes" : "no");
        model.addAttribute("risk", cleanRisk == null ? "" : String.valueOf(cleanRisk));
        model.addAttribute("forces", register.forces());
        model.addAttribute("categories", Category.values());
        model.addAttribute("phases", Phase.values());
        UriComponentsBuilder downloads = UriComponentsBuilder.newInstance();
        if (query != null && !query.isBlank()) {
            downloads.queryParam("q", query);
        }
        if (force != null && !force.isBlank()) {
            downloads.queryParam("force", force);
        }
        if (cleanCategory != null) {
            downloads.queryParam("category", cleanCategory);
        }
        if (cleanPhase != null) {
            downloads.queryParam("phase", cleanPhase);
        }
        model.addAttribute("downloadQuery", downloads.encode().build().toUriString());
        return "governance/register";
    }

    @GetMapping("/register/{id}")
    String record(@PathVariable String id, CsrfToken csrf, Model model) {
        loadBeforeRendering(csrf);
        PublicRegister.Record entry = register.record(id);
        model.addAttribute("entry", entry);
        addReviews(model, entry);
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
            model.addAttribute("message", "");
            model.addAttribute("contact", "");
        }
        return "governance/register-record";
    }

    @PostMapping("/register/{id}/problems")
    String report(@PathVariable String id, @RequestParam(required = false) String message,
            @RequestParam(required = false) String contact, HttpServletRequest request, CsrfToken csrf,
            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        loadBeforeRendering(csrf);
        PublicRegister.Record entry = register.record(id);
        Map<String, String> errors = new LinkedHashMap<>(ProblemReports.problems(message, contact));
        if (errors.isEmpty()) {
            try {
                reports.report(id, message, contact, request.getRemoteAddr());
                redirect.addFlashAttribute("reported", true);
                return "redirect:/register/" + id;
            } catch (TooManyRequestsException e) {
                errors.put("message", e.getMessage());
                response.setStatus(429);
            }
        } else {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        model.addAttribute("entry", entry);
        addReviews(model, entry);
        model.addAttribute("errors", errors);
        model.addAttribute("message", message == null ? "" : message);
        model.addAttribute("contact", contact == null ? "" : contact);
        return "governance/register-record";
    }

    /** The published version's DPIA and ethics review, and the frameworks that apply to its technology type. */
    private void addReviews(Model model, PublicRegister.Record entry) {
        PublicRegister.Reviews reviews = register.reviews(entry.id());
        ReviewViews.addTo(model, reviews.dpia(), reviews.ethicsReview(), entry.current().record().technologyType(),
                horizon);
    }

    /**
     * The page's report form needs a CSRF token, which for a visitor without a session starts one. That must
     * happen before the long page is rendered: once part of it is sent, no session can be started.
     */
    private static void loadBeforeRendering(CsrfToken csrf) {
        if (csrf != null) {
            csrf.getToken();
        }
    }
}
