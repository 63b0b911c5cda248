package uk.beacon.platform.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import uk.beacon.platform.NotFoundException;

/** The home page, the module pages and the sign-in page. */
@Controller
class PageController {

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("modules", ModuleCatalogue.MODULES);
        return "home";
    }

    @GetMapping("/modules/{id}")
    String module(@PathVariable String id, Model model) {
        model.addAttribute("module", ModuleCatalogue.find(id)
                .orElseThrow(() -> new NotFoundException("There is no Beacon module called '" + id + "'")));
        return "modules/show";
    }

    @GetMapping("/sign-in")
    String signIn(@RequestParam(required = false) String error, Model model) {
        model.addAttribute("failed", error != null);
        return "sign-in";
    }

    @GetMapping("/accessibility")
    String accessibility() {
        return "accessibility";
    }
}
