package uk.beacon.governance.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.beacon.demand.WorkTypes;
import uk.beacon.governance.domain.Action;
import uk.beacon.governance.domain.Category;
import uk.beacon.governance.domain.Phase;
import uk.beacon.governance.domain.RecordCheck;
import uk.beacon.governance.domain.State;
import uk.beacon.governance.domain.dpia.Dpia;
import uk.beacon.governance.domain.ethics.EthicsReview;
import uk.beacon.governance.service.HorizonService;
import uk.beacon.governance.service.ProblemReports;
import uk.beacon.governance.service.Technology;
import uk.beacon.governance.service.TechnologyService;
import uk.beacon.governance.service.TechnologyTrail;
import uk.beacon.governance.service.TechnologyWorkflow;
import uk.beacon.platform.ConflictException;
import uk.beacon.platform.ForbiddenException;
import uk.beacon.platform.ForceAccess;
import uk.beacon.platform.InvalidRequestException;
import uk.beacon.platform.Organisation;
import uk.beacon.platform.OrganisationService;
import uk.beacon.platform.Role;
import uk.beacon.platform.SignedInUser;

/**
 * A force's technology records: the list, the editor (post/redirect/get, an error summary linked to each
 * field), each record's page with the workflow steps the viewer may take and the trail with its
 * verification, and the problems the public has reported.
 */
@Controller
class GovernancePages {

    /** A record as the force's list and the record page show it. */
    record Row(Technology technology) {

        public String stateLabel() {
            return State.of(technology.state()).label();
        }

        public String categoryLabel() {
            return Category.labelOf(technology.record().category());
        }

        public String phaseLabel() {
            return Phase.labelOf(technology.record().phase());
        }

        public String tagClass() {
            return switch (State.of(technology.state())) {
                case DRAFT -> "govuk-tag--grey";
                case SUBMITTED, IN_REVIEW -> "govuk-tag--blue";
                case CHANGES_REQUESTED -> "govuk-tag--yellow";
                case APPROVED -> "govuk-tag--turquoise";
                case REJECTED -> "govuk-tag--red";
                case PUBLISHED -> "govuk-tag--green";
                case WITHDRAWN -> "govuk-tag--orange";
            };
        }
    }

    private final TechnologyService technologies;
    private final TechnologyWorkflow workflow;
    private final TechnologyTrail trail;
    private final ProblemReports reports;
    private final OrganisationService organisations;
    private final ForceAccess access;
    private final HorizonService horizon;

    GovernancePages(TechnologyService technologies, TechnologyWorkflow workflow, TechnologyTrail trail,
            ProblemReports reports, OrganisationService organisations, HorizonService horizon, ForceAccess access) {
        this.access = access;
        this.technologies = technologies;
        this.workflow = workflow;
        this.trail = trail;
        this.horizon = horizon;
        this.reports = reports;
        this.organisations = organisations;
    }

    @ModelAttribute("navSection")
    String navSection() {
        return "/governance";
    }

    /** A force's members go to their force's records; anyone else to the public register. */
    @GetMapping("/governance")
    String governance(@AuthenticationPrincipal SignedInUser user) {
        if (user != null && organisations.organisation(user.organisationId()).isForce()) {
            return "redirect:/forces/" + user.organisationId() + "/governance";
        }
        return "redirect:/register";
    }

    @GetMapping("/forces/{force}/governance")
    String list(@PathVariable String force, @AuthenticationPrincipal SignedInUser user, Model model) {
        List<Technology> records = technologies.forForce(force, user);
        model.addAttribute("force", organisations.force(force));
        model.addAttribute("rows", records.stream().map(Row::new).toList());
        model.addAttribute("planner", user.hasRole(Role.PLANNER));
        return "governance/list";
    }

    @GetMapping("/forces/{force}/governance/new")
    String newRecord(@PathVariable String force, @AuthenticationPrincipal SignedInUser user, Model model) {
        requirePlanner(force, user);
        return editor(organisations.force(force), null, TechnologyForm.empty(), Map.of(), model);
    }

    @PostMapping("/forces/{force}/governance/new")
    String create(@PathVariable String force, @RequestParam MultiValueMap<String, String> form,
            @AuthenticationPrincipal SignedInUser user, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        requirePlanner(force, user);
        TechnologyForm posted = TechnologyForm.posted(form);
        Map<String, String> errors = TechnologyForm.errors(RecordCheck.check(posted.record()));
        if (!errors.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return editor(organisations.force(force), null, posted, errors, model);
        }
        Technology created;
        try {
            created = technologies.create(force, user, posted.record());
        } catch (InvalidRequestException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return editor(organisations.force(force), null, posted, TechnologyForm.errors(e.errors()), model);
        }
        redirect.addFlashAttribute("saved", "The record is saved as a draft.");
        return "redirect:/governance/technologies/" + created.id();
    }

    @GetMapping("/governance/technologies/{id}/edit")
    String edit(@PathVariable String id, @AuthenticationPrincipal SignedInUser user, Model model) {
        Technology technology = technologies.get(id, user);
        if (!workflow.mayEdit(technology, user)) {
            throw new ForbiddenException("Only the force's planners can change this record, and only as a draft, "
                    + "after changes are asked for, or as a new version once it is published");
        }
        return editor(organisations.force(technology.force()), technology, TechnologyForm.of(technology.record()),
                Map.of(), model);
    }

    @PostMapping("/governance/technologies/{id}/edit")
    String update(@PathVariable String id, @RequestParam MultiValueMap<String, String> form,
            @AuthenticationPrincipal SignedInUser user, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        Technology technology = technologies.get(id, user);
        TechnologyForm posted = TechnologyForm.posted(form);
        Map<String, String> errors = TechnologyForm.errors(RecordCheck.check(posted.record()));
        if (!errors.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return editor(organisations.force(technology.force()), technology, posted, errors, model);
        }
        Technology saved;
        try {
            saved = technologies.update(id, user, posted.record());
        } catch (InvalidRequestException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return editor(organisations.force(technology.force()), technology, posted,
                    TechnologyForm.errors(e.errors()), model);
        }
        redirect.addFlashAttribute("saved", saved.version() > technology.version()
                ? "Version " + saved.version() + " is started as a draft. Version " + technology.publishedVersion()
                        + " stays on the public register until this one is published."
                : "The record is saved.");
        return "redirect:/governance/technologies/" + id;
    }

    @GetMapping("/governance/technologies/{id}")
    String record(@PathVariable String id, @AuthenticationPrincipal SignedInUser user, Model model) {
        Technology technology = technologies.get(id, user);
        Organisation force = organisations.force(technology.force());
        model.addAttribute("force", force);
        model.addAttribute("row", new Row(technology));
        model.addAttribute("technology", technology);
        model.addAttribute("record", technology.record());
        model.addAttribute("actions", workflow.allowedActions(technology, user));
        model.addAttribute("mayEdit", workflow.mayEdit(technology, user));
        model.addAttribute("trail", trail.trail(id, user));
        model.addAttribute("mayWriteReviews", workflow.mayWriteReviews(technology, user));
        ReviewViews.addTo(model, technologies.dpia(technology), technologies.ethicsReview(technology),
                technology.record().technologyType(), horizon);
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "governance/record";
    }

    @PostMapping("/governance/technologies/{id}/transitions")
    String transition(@PathVariable String id, @RequestParam String action,
            @RequestParam(required = false) String reason, @AuthenticationPrincipal SignedInUser user,
            RedirectAttributes redirect) {
        try {
            Technology after = workflow.transition(id, user, action, reason);
            redirect.addFlashAttribute("saved", "The record is now " + State.of(after.state()).label()
                    .toLowerCase(java.util.Locale.ROOT) + ".");
        } catch (ConflictException e) {
            redirect.addFlashAttribute("errors", Map.of("reason-" + action, e.getMessage()));
        } catch (InvalidRequestException e) {
            Map<String, String> errors = new LinkedHashMap<>();
            errors.put("reason-" + action, Action.of(action).map(a -> "Enter the reason to " + a.label()
                    .toLowerCase(java.util.Locale.ROOT)).orElse(e.getMessage()));
            redirect.addFlashAttribute("errors", errors);
        }
        return "redirect:/governance/technologies/" + id;
    }

    @GetMapping("/governance/technologies/{id}/dpia")
    String dpia(@PathVariable String id, @AuthenticationPrincipal SignedInUser user, Model model) {
        Technology technology = reviewable(id, user);
        Dpia dpia = technologies.dpia(technology);
        return dpiaEditor(technology, dpia == null ? DpiaForm.blank() : DpiaForm.of(dpia), Map.of(), model);
    }

    @PostMapping("/governance/technologies/{id}/dpia")
    String saveDpia(@PathVariable String id, @ModelAttribute("form") DpiaForm form,
            @AuthenticationPrincipal SignedInUser user, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        Technology technology = reviewable(id, user);
        DpiaForm.Parsed parsed = form.parse();
        return saveReview(id, "The DPIA", parsed.errors(), () -> technologies.saveDpia(id, user, parsed.dpia()),
                () -> parsed.dpia().missing().size(), form::formField,
                errors -> dpiaEditor(technology, form, errors, model), response, redirect);
    }

    @GetMapping("/governance/technologies/{id}/ethics-review")
    String ethicsReview(@PathVariable String id, @AuthenticationPrincipal SignedInUser user, Model model) {
        Technology technology = reviewable(id, user);
        EthicsReview review = technologies.ethicsReview(technology);
        return ethicsEditor(technology, review == null ? EthicsForm.blank() : EthicsForm.of(review), Map.of(), model);
    }

    @PostMapping("/governance/technologies/{id}/ethics-review")
    String saveEthicsReview(@PathVariable String id, @ModelAttribute("form") EthicsForm form,
            @AuthenticationPrincipal SignedInUser user, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        Technology technology = reviewable(id, user);
        EthicsForm.Parsed parsed = form.parse();
        return saveReview(id, "The ethics review", parsed.errors(),
                () -> technologies.saveEthicsReview(id, user, parsed.review()), () -> parsed.review().missing().size(),
                form::formField, errors -> ethicsEditor(technology, form, errors, model), response, redirect);
    }

    /**
     * Saves a DPIA or ethics review read from its form, or shows the form again with each error at its
     * field: those the form found, then those the service found (named by JSON path, mapped to fields).
     */
    private String saveReview(String id, String what, Map<String, String> formErrors, Runnable save,
            java.util.function.IntSupplier missing, java.util.function.UnaryOperator<String> formField,
            java.util.function.Function<Map<String, String>, String> showAgain, HttpServletResponse response,
            RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>(formErrors);
        if (errors.isEmpty()) {
            try {
                save.run();
            } catch (InvalidRequestException e) {
                e.errors().forEach((field, message) -> errors.putIfAbsent(formField.apply(field), message));
            }
        }
        if (!errors.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return showAgain.apply(errors);
        }
        int left = missing.getAsInt();
        redirect.addFlashAttribute("saved", what + " is saved." + (left == 0 ? " It is complete."
                : " " + left + (left == 1 ? " part is" : " parts are") + " still to be written before approval."));
        return "redirect:/governance/technologies/" + id;
    }

    /** The record, when the viewer may write its DPIA and ethics review now (as the API's PUTs allow). */
    private Technology reviewable(String id, SignedInUser user) {
        Technology technology = technologies.get(id, user);
        if (!workflow.mayWriteReviews(technology, user)) {
            throw new ForbiddenException("Only the force's planners and reviewers can write the DPIA and ethics "
                    + "review, and not once the record is approved, rejected or withdrawn");
        }
        return technology;
    }

    private String dpiaEditor(Technology technology, DpiaForm form, Map<String, String> errors, Model model) {
        model.addAttribute("force", organisations.force(technology.force()));
        model.addAttribute("technology", technology);
        model.addAttribute("record", technology.record());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "governance/dpia-edit";
    }

    private String ethicsEditor(Technology technology, EthicsForm form, Map<String, String> errors, Model model) {
        model.addAttribute("force", organisations.force(technology.force()));
        model.addAttribute("technology", technology);
        model.addAttribute("record", technology.record());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "governance/ethics-edit";
    }

    @GetMapping("/forces/{force}/governance/reports")
    String reported(@PathVariable String force, @AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("reports", reports.forForce(force, user));
        model.addAttribute("force", organisations.force(force));
        return "governance/reports";
    }

    @PostMapping("/forces/{force}/governance/reports/{report}")
    String moderate(@PathVariable String force, @PathVariable String report, @RequestParam String decision,
            @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
        reports.moderate(report, user, decision);
        redirect.addFlashAttribute("saved", "The report is " + decision + ".");
        return "redirect:/forces/{force}/governance/reports";
    }

    private String editor(Organisation force, Technology technology, TechnologyForm form, Map<String, String> errors,
            Model model) {
        model.addAttribute("force", force);
        model.addAttribute("technology", technology);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("categories", Category.values());
        model.addAttribute("phases", Phase.values());
        model.addAttribute("technologyTypes", ReviewViews.typeOptions(horizon));
        model.addAttribute("workTypeOptions", WorkTypes.all());
        model.addAttribute("tier2", TechnologyForm.TIER_2);
        return "governance/editor";
    }

    private void requirePlanner(String force, SignedInUser user) {
        access.requireRole(force, user, "Only the force's planners can create technology records", Role.PLANNER);
    }
}
