package uk.beacon.portfolio.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import uk.beacon.portfolio.domain.appraisal.DiscountSchedule;
import uk.beacon.portfolio.domain.appraisal.OptimismBias;

/**
 * The public Green Book appraisal calculator: a GET form (nothing is stored, so an answer has its own
 * address and the page works without JavaScript), the summary with and without optimism bias, the
 * switching values and the appraisal year by year.
 */
@Controller
class AppraisalPage {

    @ModelAttribute("navSection")
    String navSection() {
        return "/portfolio";
    }

    /** The discount schedule in words, from the schedule the calculator uses. */
    @ModelAttribute("discountSchedule")
    String discountSchedule() {
        return DiscountSchedule.GREEN_BOOK.describe();
    }

    @GetMapping("/portfolio/appraisal")
    String appraisal(@RequestParam(required = false) String baseYear, @RequestParam(required = false) String costs,
            @RequestParam(required = false) String benefits,
            @RequestParam(required = false) String capitalOptimismBias,
            @RequestParam(required = false) String durationOptimismBias, Model model,
            HttpServletResponse response) {
        AppraisalForm form = new AppraisalForm(baseYear, costs, benefits, capitalOptimismBias, durationOptimismBias);
        if (form.isEmpty()) {
            model.addAttribute("form", AppraisalForm.blank());
            model.addAttribute("errors", Map.of());
            return "portfolio/appraisal";
        }
        model.addAttribute("form", form);
        Map<String, String> errors = form.errors();
        model.addAttribute("errors", errors);
        if (!errors.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return "portfolio/appraisal";
        }
        AppraisalInputs inputs = form.inputs();
        model.addAttribute("result", AppraisalView.of(AppraisalAnswer.appraise(inputs, inputs.optimismBias()),
                AppraisalAnswer.appraise(inputs, OptimismBias.NONE)));
        return "portfolio/appraisal";
    }
}
