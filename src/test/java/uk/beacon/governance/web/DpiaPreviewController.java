package uk.beacon.governance.web;

import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseBody;
import uk.beacon.governance.domain.dpia.Dpia;
import uk.beacon.governance.domain.ethics.EthicsReview;

/**
 * Test-only endpoints that wire the DPIA and ethics review types the way the record's pages and API will: a form
 * POST bound to the form records, the fragments rendered by the application's view resolver, and JSON read and
 * written by the application's mapper.
 */
@Controller
class DpiaPreviewController {

    @PostMapping("/test/governance/dpia-form")
    @ResponseBody
    Map<String, Object> dpiaForm(@ModelAttribute DpiaForm form) {
        DpiaForm.Parsed parsed = form.parse();
        return Map.of("dpia", parsed.dpia(), "errors", parsed.errors());
    }

    @PostMapping("/test/governance/ethics-form")
    @ResponseBody
    Map<String, Object> ethicsForm(@ModelAttribute EthicsForm form) {
        EthicsForm.Parsed parsed = form.parse();
        return Map.of("review", parsed.review(), "errors", parsed.errors());
    }

    @PostMapping("/test/governance/dpia.json")
    @ResponseBody
    Dpia dpiaJson(@RequestBody Dpia dpia) {
        return dpia;
    }

    @PostMapping("/test/governance/ethics.json")
    @ResponseBody
    EthicsReview ethicsJson(@RequestBody EthicsReview review) {
        return review;
    }

    @GetMapping("/test/governance/dpia-fields")
    String dpiaFields(Model model) {
        model.addAttribute("form", DpiaForm.blank());
        model.addAttribute("errors", Dpia.blank().missing());
        return "governance/dpia-form :: dpiaFields";
    }
}
