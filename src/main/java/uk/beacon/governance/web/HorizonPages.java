package uk.beacon.governance.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.beacon.governance.domain.horizon.Assessment;
import uk.beacon.governance.domain.horizon.Coverage;
import uk.beacon.governance.domain.horizon.HorizonCatalogue;
import uk.beacon.governance.domain.horizon.LegalFramework;
import uk.beacon.governance.domain.horizon.TechnologyType;
import uk.beacon.governance.service.HorizonService;
import uk.beacon.platform.ForbiddenException;
import uk.beacon.platform.InvalidRequestException;
import uk.beacon.platform.NotFoundException;
import uk.beacon.platform.SignedInUser;

/**
 * Horizon scanning for everyone: the matrix of technology types against frameworks, each type's
 * page with the notes and sources, and the gaps. National coordinators add and change entries
 * through GOV.UK forms (post, then redirect).
 */
@Controller
class HorizonPages {

    /** One cell of the matrix, or one framework on a type's page. */
    record Cell(TechnologyType type, LegalFramework framework, Assessment assessment) {

        public String label() {
            return assessment == null ? "Not assessed" : assessment.label();
        }

        /** The tag's colour class; the label always says the same in words. */
        public String tagClass() {
            if (assessment == null) {
                return "govuk-tag--white";
            }
            if (!assessment.applies()) {
                return "govuk-tag--grey";
            }
            return switch (assessment.coverage()) {
                case COVERED -> "govuk-tag--green";
                case PARTLY_COVERED -> "govuk-tag--yellow";
                case GAP -> "govuk-tag--red";
            };
        }
    }

    record Row(TechnologyType type, List<Cell> cells) {
    }

    /** The choices of the assessment form: does not apply, or applies with a coverage. */
    static final Map<String, String> STATUSES = statuses();

    private static Map<String, String> statuses() {
        Map<String, String> statuses = new LinkedHashMap<>();
        statuses.put("NOT_APPLICABLE", "Does not apply");
        for (Coverage coverage : Coverage.values()) {
            statuses.put(coverage.name(), "Applies: " + coverage.label().toLowerCase(java.util.Locale.ROOT));
        }
        return statuses;
    }

    private final HorizonService horizon;

    HorizonPages(HorizonService horizon) {
        this.horizon = horizon;
    }

    @GetMapping("/horizon")
    String matrix(@AuthenticationPrincipal SignedInUser user, Model model) {
        HorizonCatalogue catalogue = horizon.catalogue();
        List<Row> rows = new ArrayList<>();
        for (TechnologyType type : catalogue.types()) {
            rows.add(new Row(type, cells(catalogue, type)));
        }
        model.addAttribute("catalogue", catalogue);
        model.addAttribute("rows", rows);
        model.addAttribute("mayEdit", horizon.mayEdit(user));
        return "governance/horizon";
    }

    @GetMapping("/horizon/gaps")
    String gaps(Model model) {
        model.addAttribute("shortfalls", horizon.gaps());
        return "governance/horizon-gaps";
    }

    @GetMapping("/horizon/types/{code}")
    String type(@PathVariable String code, @AuthenticationPrincipal SignedInUser user, Model model) {
        HorizonCatalogue catalogue = horizon.catalogue();
        TechnologyType type = catalogue.type(code)
                .orElseThrow(() -> new NotFoundException("There is no technology type " + code + " in the catalogue"));
        model.addAttribute("type", type);
        model.addAttribute("cells", cells(catalogue, type));
        model.addAttribute("mayEdit", horizon.mayEdit(user));
        return "governance/horizon-type";
    }

    private static List<Cell> cells(HorizonCatalogue catalogue, TechnologyType type) {
        return catalogue.frameworks().stream()
                .map(framework -> new Cell(type, framework,
                        catalogue.assessment(type.code(), framework.code()).orElse(null)))
                .toList();
    }

    // Technology types

    @GetMapping("/horizon/types/new")
    String newType(@AuthenticationPrincipal SignedInUser user, Model model) {
        if (user == null) {
            return "redirect:/sign-in";
        }
        requireCoordinator(user);
        return typeForm(true, Map.of("code", "", "name", "", "description", ""), Map.of(), model);
    }

    @GetMapping("/horizon/types/{code}/edit")
    String editType(@PathVariable String code, @AuthenticationPrincipal SignedInUser user, Model model) {
        if (user == null) {
            return "redirect:/sign-in";
        }
        requireCoordinator(user);
        TechnologyType type = horizon.catalogue().type(code)
                .orElseThrow(() -> new NotFoundException("There is no technology type " + code + " in the catalogue"));
        return typeForm(false, Map.of("code", type.code(), "name", type.name(), "description", type.description()),
                Map.of(), model);
    }

    @PostMapping({"/horizon/types/new", "/horizon/types/{code}/edit"})
    String saveType(@PathVariable(required = false) String code, @RequestParam Map<String, String> form,
            @AuthenticationPrincipal SignedInUser user, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        requireCoordinator(user);
        boolean creating = code == null;
        String typeCode = creating ? form.getOrDefault("code", "").strip() : code;
        Map<String, String> errors = new LinkedHashMap<>();
        HorizonCatalogue catalogue = horizon.catalogue();
        if (creating && catalogue.type(typeCode).isPresent()) {
            errors.put("code", "A technology type with the code " + typeCode + " already exists: choose another code");
        } else if (!creating && catalogue.type(typeCode).isEmpty()) {
            throw new NotFoundException("There is no technology type " + code + " in the catalogue");
        } else {
            try {
                horizon.saveType(user, typeCode, form.get("name"), form.get("description"));
            } catch (InvalidRequestException e) {
                errors.put(e.field(), e.getMessage());
            }
        }
        if (!errors.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            Map<String, String> values = new LinkedHashMap<>();
            values.put("code", typeCode);
            values.put("name", form.getOrDefault("name", ""));
            values.put("description", form.getOrDefault("description", ""));
            return typeForm(creating, values, errors, model);
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/horizon/types/" + typeCode;
    }

    private static String typeForm(boolean creating, Map<String, String> values, Map<String, String> errors,
            Model model) {
        model.addAttribute("creating", creating);
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        return "governance/horizon-type-form";
    }

    // Frameworks

    @GetMapping("/horizon/frameworks/new")
    String newFramework(@AuthenticationPrincipal SignedInUser user, Model model) {
        if (user == null) {
            return "redirect:/sign-in";
        }
        requireCoordinator(user);
        return frameworkForm(true, Map.of("code", "", "shortName", "", "name", "", "link", ""), Map.of(), model);
    }

    @GetMapping("/horizon/frameworks/{code}/edit")
    String editFramework(@PathVariable String code, @AuthenticationPrincipal SignedInUser user, Model model) {
        if (user == null) {
            return "redirect:/sign-in";
        }
        requireCoordinator(user);
        LegalFramework framework = horizon.catalogue().framework(code)
                .orElseThrow(() -> new NotFoundException("There is no framework " + code + " in the catalogue"));
        Map<String, String> values = new LinkedHashMap<>();
        values.put("code", framework.code());
        values.put("shortName", framework.shortName());
        values.put("name", framework.name());
        values.put("link", framework.link() == null ? "" : framework.link());
        return frameworkForm(false, values, Map.of(), model);
    }

    @PostMapping({"/horizon/frameworks/new", "/horizon/frameworks/{code}/edit"})
    String saveFramework(@PathVariable(required = false) String code, @RequestParam Map<String, String> form,
            @AuthenticationPrincipal SignedInUser user, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        requireCoordinator(user);
        boolean creating = code == null;
        String frameworkCode = creating ? form.getOrDefault("code", "").strip() : code;
        Map<String, String> errors = new LinkedHashMap<>();
        HorizonCatalogue catalogue = horizon.catalogue();
        if (creating && catalogue.framework(frameworkCode).isPresent()) {
            errors.put("code", "A framework with the code " + frameworkCode + " already exists: choose another code");
        } else if (!creating && catalogue.framework(frameworkCode).isEmpty()) {
            throw new NotFoundException("There is no framework " + code + " in the catalogue");
        } else {
            try {
                horizon.saveFramework(user, frameworkCode, form.get("shortName"), form.get("name"), form.get("link"));
            } catch (InvalidRequestException e) {
                errors.put(e.field(), e.getMessage());
            }
        }
        if (!errors.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            Map<String, String> values = new LinkedHashMap<>();
            values.put("code", frameworkCode);
            for (String field : List.of("shortName", "name", "link")) {
                values.put(field, form.getOrDefault(field, ""));
            }
            return frameworkForm(creating, values, errors, model);
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/horizon#frameworks";
    }

    private static String frameworkForm(boolean creating, Map<String, String> values, Map<String, String> errors,
            Model model) {
        model.addAttribute("creating", creating);
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        return "governance/horizon-framework-form";
    }

    // Assessments

    @GetMapping("/horizon/assessments/{type}/{framework}/edit")
    String editAssessment(@PathVariable String type, @PathVariable String framework,
            @AuthenticationPrincipal SignedInUser user, Model model) {
        if (user == null) {
            return "redirect:/sign-in";
        }
        requireCoordinator(user);
        HorizonCatalogue catalogue = horizon.catalogue();
        Cell cell = cell(catalogue, type, framework);
        Map<String, String> values = new LinkedHashMap<>();
        Assessment assessment = cell.assessment();
        values.put("status", assessment == null ? "" : assessment.applies() ? assessment.coverage().name()
                : "NOT_APPLICABLE");
        values.put("note", assessment == null ? "" : assessment.note());
        values.put("sourceTitle", assessment == null || assessment.sourceTitle() == null ? "" : assessment.sourceTitle());
        values.put("sourceLink", assessment == null || assessment.sourceLink() == null ? "" : assessment.sourceLink());
        return assessmentForm(cell, values, Map.of(), model);
    }

    @PostMapping("/horizon/assessments/{type}/{framework}/edit")
    String saveAssessment(@PathVariable String type, @PathVariable String framework,
            @RequestParam Map<String, String> form, @AuthenticationPrincipal SignedInUser user, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        requireCoordinator(user);
        Cell cell = cell(horizon.catalogue(), type, framework);
        String status = form.getOrDefault("status", "");
        Map<String, String> errors = new LinkedHashMap<>();
        if (!STATUSES.containsKey(status)) {
            errors.put("status", "Select whether the framework applies and, if it does, how well it covers the type");
        } else {
            boolean applies = !status.equals("NOT_APPLICABLE");
            try {
                horizon.saveAssessment(user, type, framework, applies, applies ? status : null, form.get("note"),
                        form.get("sourceTitle"), form.get("sourceLink"));
            } catch (InvalidRequestException e) {
                errors.put(e.field().equals("coverage") || e.field().equals("applies") ? "status" : e.field(),
                        e.getMessage());
            }
        }
        if (!errors.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            Map<String, String> values = new LinkedHashMap<>();
            values.put("status", status);
            for (String field : List.of("note", "sourceTitle", "sourceLink")) {
                values.put(field, form.getOrDefault(field, ""));
            }
            return assessmentForm(cell, values, errors, model);
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/horizon/types/" + type + "#" + framework;
    }

    private static Cell cell(HorizonCatalogue catalogue, String type, String framework) {
        TechnologyType technologyType = catalogue.type(type)
                .orElseThrow(() -> new NotFoundException("There is no technology type " + type + " in the catalogue"));
        LegalFramework legalFramework = catalogue.framework(framework)
                .orElseThrow(() -> new NotFoundException("There is no framework " + framework + " in the catalogue"));
        return new Cell(technologyType, legalFramework, catalogue.assessment(type, framework).orElse(null));
    }

    private static String assessmentForm(Cell cell, Map<String, String> values, Map<String, String> errors,
            Model model) {
        model.addAttribute("cell", cell);
        model.addAttribute("statuses", STATUSES);
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        return "governance/horizon-assessment-form";
    }

    private void requireCoordinator(SignedInUser user) {
        if (!horizon.mayEdit(user)) {
            throw new ForbiddenException("Only national coordinators can change the horizon-scanning catalogue");
        }
    }
}
