package uk.beacon.portfolio.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import uk.beacon.platform.InvalidRequestException;
import uk.beacon.platform.LargeUpload;
import uk.beacon.platform.SignedInUser;
import uk.beacon.portfolio.domain.appraisal.DiscountSchedule;
import uk.beacon.portfolio.domain.initiatives.InitiativeDefinition;
import uk.beacon.portfolio.service.ConsortiumService;
import uk.beacon.portfolio.service.DeflatorService;
import uk.beacon.portfolio.service.InitiativeRecord;
import uk.beacon.portfolio.service.InitiativeService;

/**
 * A force's initiatives: the list (with XLSX export and import), the editor (post/redirect/get, errors
 * linked to their fields) and each initiative's appraisal summary in Five Case Model order.
 */
@Controller
class InitiativePages {

    private final InitiativeService initiatives;
    private final DeflatorService deflators;
    private final ConsortiumService consortiums;

    InitiativePages(InitiativeService initiatives, DeflatorService deflators, ConsortiumService consortiums) {
        this.initiatives = initiatives;
        this.deflators = deflators;
        this.consortiums = consortiums;
    }

    @ModelAttribute("navSection")
    String navSection() {
        return "/portfolio";
    }

    @GetMapping("/forces/{force}/initiatives")
    String list(@PathVariable String force, @RequestParam(required = false) Integer imported,
            @AuthenticationPrincipal SignedInUser user, Model model) {
        return listPage(force, user, model, Map.of(), imported);
    }

    private String listPage(String force, SignedInUser user, Model model, Map<String, String> errors, Integer imported) {
        List<InitiativeRecord> list = initiatives.initiatives(force, user);
        model.addAttribute("force", force);
        model.addAttribute("initiatives", list);
        model.addAttribute("mayChange", initiatives.mayChange(force, user));
        model.addAttribute("invitations", initiatives.mayChange(force, user)
                ? consortiums.invitations(force, user).size() : 0);
        model.addAttribute("errors", errors);
        model.addAttribute("imported", imported);
        model.addAttribute("deflator", deflators.deflator(force, user));
        return "portfolio/initiatives";
    }

    @LargeUpload
    @PostMapping("/forces/{force}/initiatives/import")
    String importWorkbook(@PathVariable String force, @RequestParam(required = false) MultipartFile file,
            @AuthenticationPrincipal SignedInUser user, Model model) throws IOException {
        try {
            int count = InitiativeApi.importAll(initiatives, force, user, file).size();
            return "redirect:/forces/" + force + "/initiatives?imported=" + count;
        } catch (InvalidRequestException e) {
            String message = e.getMessage().startsWith("'file': ") ? e.getMessage().substring(8) : e.getMessage();
            return listPage(force, user, model, Map.of("file", message), null);
        }
    }

    @GetMapping("/forces/{force}/initiatives/new")
    String newInitiative(@PathVariable String force, @AuthenticationPrincipal SignedInUser user, Model model) {
        initiatives.requirePlanner(force, user);
        return editor(force, null, InitiativeForm.blank(), Map.of(), model);
    }

    @PostMapping("/forces/{force}/initiatives")
    String create(@PathVariable String force, @ModelAttribute InitiativeForm form,
            @AuthenticationPrincipal SignedInUser user, Model model) {
        initiatives.requirePlanner(force, user);
        Map<String, String> errors = new LinkedHashMap<>();
        InitiativeDefinition definition = read(force, form, errors);
        if (!errors.isEmpty()) {
            return editor(force, null, form, errors, model);
        }
        try {
            InitiativeRecord created = initiatives.create(force, user, definition);
            return "redirect:/forces/" + force + "/initiatives/" + created.id();
        } catch (InvalidRequestException e) {
            return editor(force, null, form, refused(e), model);
        }
    }

    @GetMapping("/forces/{force}/initiatives/{id}")
    String summary(@PathVariable String force, @PathVariable String id, @AuthenticationPrincipal SignedInUser user,
            Model model) {
        InitiativeRecord initiative = initiatives.initiative(force, id, user);
        model.addAttribute("force", force);
        model.addAttribute("initiative", initiative);
        model.addAttribute("d", initiative.definition());
        model.addAttribute("deflator", initiatives.deflatorOf(initiative));
        java.util.Optional<String> problem = initiatives.appraisalProblem(initiative);
        model.addAttribute("appraisalProblem", problem.orElse(null));
        model.addAttribute("appraisal", problem.isPresent() ? null : initiatives.appraisal(force, id, user));
        model.addAttribute("discountSchedule", DiscountSchedule.GREEN_BOOK.describe());
        model.addAttribute("mayChange", initiative.ownerForce().equals(force) && initiatives.mayChange(force, user));
        model.addAttribute("mayLeave", !initiative.ownerForce().equals(force) && initiatives.mayChange(force, user));
        return "portfolio/initiative";
    }

    @GetMapping("/forces/{force}/initiatives/{id}/edit")
    String edit(@PathVariable String force, @PathVariable String id, @AuthenticationPrincipal SignedInUser user,
            Model model) {
        InitiativeRecord initiative = initiatives.initiative(force, id, user);
        initiatives.requirePlanner(force, user);
        return editor(force, initiative.id(), InitiativeForm.of(initiative.definition()), Map.of(), model);
    }

    @PostMapping("/forces/{force}/initiatives/{id}")
    String update(@PathVariable String force, @PathVariable String id, @ModelAttribute InitiativeForm form,
            @AuthenticationPrincipal SignedInUser user, Model model) {
        initiatives.initiative(force, id, user);
        initiatives.requirePlanner(force, user);
        Map<String, String> errors = new LinkedHashMap<>();
        InitiativeDefinition definition = read(force, form, errors);
        if (!errors.isEmpty()) {
            return editor(force, id, form, errors, model);
        }
        try {
            initiatives.update(force, id, user, definition);
            return "redirect:/forces/" + force + "/initiatives/" + id;
        } catch (InvalidRequestException e) {
            return editor(force, id, form, refused(e), model);
        }
    }

    @PostMapping("/forces/{force}/initiatives/{id}/delete")
    String delete(@PathVariable String force, @PathVariable String id, @AuthenticationPrincipal SignedInUser user) {
        initiatives.delete(force, id, user);
        return "redirect:/forces/" + force + "/initiatives";
    }

    /** A refusal the service found (such as an unknown member force) as an error on its form field. */
    private static Map<String, String> refused(InvalidRequestException e) {
        String message = e.getMessage();
        if (message.startsWith("'") && message.indexOf("': ") > 0) {
            String field = message.substring(1, message.indexOf("': "));
            return InitiativeForm.formErrors(Map.of(field, message.substring(message.indexOf("': ") + 3)));
        }
        return Map.of("name", message);
    }

    private InitiativeDefinition read(String force, InitiativeForm form, Map<String, String> errors) {
        InitiativeDefinition definition = form.definition(errors);
        if (errors.isEmpty()) {
            errors.putAll(InitiativeForm.formErrors(initiatives.errors(force, definition)));
        }
        return definition;
    }

    private String editor(String force, String id, InitiativeForm form, Map<String, String> errors, Model model) {
        model.addAttribute("force", force);
        model.addAttribute("id", id);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "portfolio/initiative-edit";
    }
}
