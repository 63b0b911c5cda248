package uk.beacon.demand.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.beacon.demand.domain.ColumnMapping;
import uk.beacon.demand.domain.ForceClock;
import uk.beacon.demand.domain.MappingPreview;
import uk.beacon.demand.domain.TimePattern;
import uk.beacon.demand.service.DemandMappingService;
import uk.beacon.platform.ForbiddenException;
import uk.beacon.platform.InvalidRequestException;
import uk.beacon.platform.LargeUpload;
import uk.beacon.platform.OrganisationService;
import uk.beacon.platform.SignedInUser;

/**
 * Column mappings for a force's CAD and incident exports: the list, and the builder. The builder
 * takes one file, holds it for its uploader, suggests which column holds what, shows the first rows
 * as Beacon would read them through the chosen mapping, and saves the mapping for imports to use.
 */
@Controller
@RequestMapping("/forces/{force}/demand/mappings")
class DemandMappingPages {

    /** One line of a mapping's summary: a field and the column that holds it, or a setting. */
    record SummaryRow(String key, String value) {
    }

    record MappingSummary(String name, String label, boolean shipped, List<SummaryRow> rows) {
    }

    private final DemandMappingService mappings;
    private final OrganisationService organisations;

    DemandMappingPages(DemandMappingService mappings, OrganisationService organisations) {
        this.mappings = mappings;
        this.organisations = organisations;
    }

    @ModelAttribute("navSection")
    String navSection() {
        return "/demand";
    }

    @GetMapping
    String list(@PathVariable String force, @AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("force", organisations.force(force));
        model.addAttribute("mayChange", mappings.mayChange(force, user));
        model.addAttribute("mappings", mappings.mappings(force, user).stream().map(DemandMappingPages::summary)
                .toList());
        return "demand/mappings";
    }

    @GetMapping("/new")
    String uploadForm(@PathVariable String force, @AuthenticationPrincipal SignedInUser user, Model model) {
        requireMayChange(force, user);
        return uploadPage(force, Map.of(), model);
    }

    @LargeUpload
    @PostMapping(path = "/new", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    String upload(@PathVariable String force, @RequestParam(required = false) MultipartFile file,
            @AuthenticationPrincipal SignedInUser user, Model model, HttpServletResponse response) {
        requireMayChange(force, user);
        String error = null;
        // A browser sends one nameless, empty part when no file is chosen.
        if (file == null || !StringUtils.hasText(file.getOriginalFilename())) {
            error = "Select a CSV file";
        } else if (file.isEmpty()) {
            error = "The selected file is empty";
        } else {
            try {
                DemandMappingService.PreviewUpload held = mappings.hold(force, user, file.getOriginalFilename(),
                        file::getInputStream);
                return "redirect:/forces/{force}/demand/mappings/new/" + held.id();
            } catch (InvalidRequestException e) {
                error = e.getMessage();
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return uploadPage(force, Map.of("file", error), model);
    }

    /** The builder, filled in with the mapping Beacon suggests from the file's header and first rows. */
    @GetMapping("/new/{id}")
    String builder(@PathVariable String force, @PathVariable String id, @AuthenticationPrincipal SignedInUser user,
            Model model) {
        DemandMappingService.UploadPreview suggested = mappings.previewUpload(force, user, id, null);
        MappingForm form = MappingForm.of(suggested.result().mapping(), "");
        return builderPage(force, suggested, form, suggested, Map.of(), true, model);
    }

    /** Previews the mapping as chosen, or saves it when {@code action} is {@code save}. */
    @PostMapping("/new/{id}")
    String previewOrSave(@PathVariable String force, @PathVariable String id,
            @RequestParam Map<String, String> parameters, @AuthenticationPrincipal SignedInUser user, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        boolean saving = "save".equals(parameters.get("action"));
        DemandMappingService.UploadPreview asWritten = mappings.previewUpload(force, user, id, null);
        MappingForm form = MappingForm.read(parameters);
        Map<String, String> errors = new LinkedHashMap<>(form.errors(asWritten.result().header()));
        DemandMappingService.UploadPreview read = null;
        if (errors.isEmpty()) {
            read = mappings.previewUpload(force, user, id, form.toMapping());
            if (saving && read.result().error() != null) {
                errors.put("preview", "Beacon cannot import the file through this mapping: " + read.result().error());
            }
        }
        if (saving) {
            if (form.name().isEmpty()) {
                errors.put("name", "Enter a name for the mapping");
            } else {
                DemandMappingService.nameError(form.name()).ifPresent(error -> errors.put("name", error));
            }
        }
        if (saving && errors.isEmpty()) {
            ColumnMapping saved = mappings.save(force, user, form.toMapping());
            mappings.discardUpload(force, user, id);
            redirect.addFlashAttribute("savedMapping", saved.name());
            return "redirect:/forces/{force}/demand/imports";
        }
        if (!errors.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        return builderPage(force, asWritten, form, read, errors, false, model);
    }

    private String uploadPage(String force, Map<String, String> errors, Model model) {
        model.addAttribute("force", organisations.force(force));
        model.addAttribute("errors", errors);
        return "demand/mapping-upload";
    }

    private String builderPage(String force, DemandMappingService.UploadPreview asWritten, MappingForm form,
            DemandMappingService.UploadPreview read, Map<String, String> errors, boolean suggested, Model model) {
        model.addAttribute("force", organisations.force(force));
        model.addAttribute("upload", asWritten.upload());
        model.addAttribute("header", asWritten.result().header());
        model.addAttribute("rawRows", asWritten.result().rawRows());
        model.addAttribute("fields", MappingForm.FIELDS);
        model.addAttribute("form", form);
        model.addAttribute("patterns", PatternChoices.of(asWritten.result().header(), asWritten.result().rawRows(),
                form.column("createdAt")));
        model.addAttribute("suggested", suggested);
        model.addAttribute("errors", errors);
        MappingPreview.Result result = read == null ? null : read.result();
        model.addAttribute("readError", result == null ? null : result.error());
        ForceClock clock = ForceClock.of(force);
        model.addAttribute("readRows", result == null ? null : ReadRows.of(result.mapping(), result.rows(), clock));
        model.addAttribute("clock", clock.description());
        model.addAttribute("previewRows", MappingPreview.ROWS);
        return "demand/mapping-builder";
    }

    private void requireMayChange(String force, SignedInUser user) {
        if (!mappings.mayChange(force, user)) {
            throw new ForbiddenException("Only the force's analysts and planners can make column mappings");
        }
    }

    private static MappingSummary summary(ColumnMapping mapping) {
        List<SummaryRow> rows = new ArrayList<>();
        for (MappingForm.Field field : MappingForm.FIELDS) {
            String column = field.column().apply(mapping);
            if (StringUtils.hasText(column)) {
                rows.add(new SummaryRow(field.label(), column));
            }
        }
        String pattern = mapping.dateTimePattern() == null || mapping.dateTimePattern().equals(MappingForm.ISO)
                ? "ISO 8601, such as 2021-01-31T09:30:00" : mapping.dateTimePattern().equals(TimePattern.EXCEL)
                ? mapping.timePattern().label() : mapping.dateTimePattern();
        rows.add(new SummaryRow("Dates and times", pattern));
        rows.add(new SummaryRow("Time zone", mapping.timeZone() == null ? "UTC" : mapping.timeZone()));
        boolean shipped = ColumnMapping.shipped().contains(mapping);
        return new MappingSummary(mapping.name(), DemandImportPages.mappingLabel(mapping), shipped, rows);
    }
}
