package uk.beacon.demand.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import uk.beacon.demand.domain.DemandImport;
import uk.beacon.demand.domain.ImportFormat;
import uk.beacon.demand.domain.Upload;
import uk.beacon.demand.service.DemandImportService;
import uk.beacon.demand.service.DemandMappingService;
import uk.beacon.platform.ForbiddenException;
import uk.beacon.platform.Job;
import uk.beacon.platform.LargeUpload;
import uk.beacon.platform.OrganisationService;
import uk.beacon.platform.SignedInUser;

/**
 * A force's demand imports: the history, the upload form (which starts an import job) and deleting
 * an import after a confirmation. Everyone in the force sees the history; only its analysts and
 * planners get the form and the delete links, and the service refuses anyone else.
 */
@Controller
@RequestMapping("/forces/{force}/demand/imports")
class DemandImportPages {

    record FormatOption(String code, String label, String hint) {
    }

    record MappingOption(String name, String label) {
    }

    static final List<FormatOption> FORMATS = List.of(
            new FormatOption(ImportFormat.POLICE_UK_STREET.code(), "data.police.uk street-level crime",
                    "Monthly files ending -street.csv, or a zip downloaded from data.police.uk"),
            new FormatOption(ImportFormat.POLICE_UK_STOP_SEARCH.code(), "data.police.uk stop and search",
                    "Monthly files ending -stop-and-search.csv, or a zip downloaded from data.police.uk"),
            new FormatOption(ImportFormat.CAD.code(), "CAD or incident export",
                    "A CSV of calls or incidents from a command and control system, read through a column mapping"));

    private static final Map<String, String> MAPPING_LABELS = Map.of(
            ColumnMapping.CANONICAL.name(), "Beacon canonical incident CSV",
            ColumnMapping.DALLAS.name(), "Dallas Police active calls");

    private final DemandImportService imports;
    private final DemandMappingService mappings;
    private final OrganisationService organisations;

    DemandImportPages(DemandImportService imports, DemandMappingService mappings, OrganisationService organisations) {
        this.imports = imports;
        this.mappings = mappings;
        this.organisations = organisations;
    }

    @ModelAttribute("navSection")
    String navSection() {
        return "/demand";
    }

    /** The history and form; just after a mapping is saved, the form offers it for a CAD export. */
    @GetMapping
    String history(@PathVariable String force, @AuthenticationPrincipal SignedInUser user, Model model) {
        Object savedMapping = model.getAttribute("savedMapping");
        if (savedMapping instanceof String name) {
            return page(force, user, ImportFormat.CAD.code(), name, Map.of(), model);
        }
        return page(force, user, null, null, Map.of(), model);
    }

    @LargeUpload
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    String upload(@PathVariable String force, @RequestParam(name = "file", required = false) List<MultipartFile> files,
            @RequestParam(required = false) String format, @RequestParam(required = false) String mapping,
            @AuthenticationPrincipal SignedInUser user, Model model, HttpServletResponse response) {
        // Refused before the form is checked, so that nobody but an importer is told what is wrong with it.
        if (!imports.mayImport(force, user)) {
            throw new ForbiddenException("Only the force's analysts and planners can import demand data");
        }
        // A browser sends one nameless, empty part when no file is chosen.
        List<MultipartFile> chosen = files == null ? List.of()
                : files.stream().filter(file -> StringUtils.hasText(file.getOriginalFilename())).toList();
        Optional<ImportFormat> importFormat = FORMATS.stream().map(FormatOption::code)
                .filter(code -> code.equals(format)).findFirst().map(ImportFormat::fromCode);
        Map<String, String> errors = new LinkedHashMap<>();
        if (chosen.isEmpty()) {
            errors.put("file", "Select at least one file to import");
        } else {
            chosen.stream().filter(MultipartFile::isEmpty).findFirst().ifPresent(
                    file -> errors.put("file", "The selected file " + file.getOriginalFilename() + " is empty"));
        }
        if (importFormat.isEmpty()) {
            errors.put("format", "Select the kind of file you are importing");
        } else if (importFormat.get() == ImportFormat.CAD
                && mappings.mappings(force, user).stream().noneMatch(known -> known.name().equals(mapping))) {
            errors.put("mapping", "Select the column mapping for the CAD or incident export");
        }
        if (!errors.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(force, user, format, mapping, errors, model);
        }
        List<Upload> uploads = chosen.stream()
                .map(file -> new Upload(file.getOriginalFilename(), file::transferTo))
                .toList();
        Job job = imports.start(force, user, importFormat.get(),
                importFormat.get() == ImportFormat.CAD ? mapping : null, uploads);
        return "redirect:/jobs/" + job.id();
    }

    @GetMapping("/{id}/delete")
    String confirmDelete(@PathVariable String force, @PathVariable String id,
            @AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("force", organisations.force(force));
        model.addAttribute("demandImport", imports.findForDeletion(force, id, user));
        model.addAttribute("formats", formatLabels());
        return "demand/delete";
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable String force, @PathVariable String id, @AuthenticationPrincipal SignedInUser user,
            RedirectAttributes redirect) {
        DemandImport deleted = imports.delete(force, id, user);
        redirect.addFlashAttribute("deletedFile", deleted.fileName());
        redirect.addFlashAttribute("deletedIncidents", deleted.incidents());
        return "redirect:/forces/{force}/demand/imports";
    }

    private String page(String force, SignedInUser user, String format, String mapping, Map<String, String> errors,
            Model model) {
        model.addAttribute("force", organisations.force(force));
        model.addAttribute("imports", imports.history(force, user));
        model.addAttribute("mayImport", imports.mayImport(force, user));
        model.addAttribute("formats", formatLabels());
        model.addAttribute("formatOptions", FORMATS);
        model.addAttribute("mappingOptions", mappings.mappings(force, user).stream()
                .map(known -> new MappingOption(known.name(), mappingLabel(known)))
                .toList());
        model.addAttribute("format", format);
        model.addAttribute("mapping", mapping);
        model.addAttribute("errors", errors);
        return "demand/imports";
    }

    /** A shipped mapping's description, or a saved one's name. */
    static String mappingLabel(ColumnMapping mapping) {
        String shipped = ColumnMapping.shipped().contains(mapping) ? MAPPING_LABELS.get(mapping.name()) : null;
        return shipped != null ? shipped : mapping.name() + " (saved by your force)";
    }

    /** The readable name of each kind of file, which is also the source its incidents are stored under. */
    static Map<String, String> formatLabels() {
        Map<String, String> labels = new LinkedHashMap<>();
        FORMATS.forEach(option -> labels.put(option.code(), option.label()));
        return labels;
    }
}
