package uk.beacon.demand.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import uk.beacon.demand.domain.RawTypeNames;
import uk.beacon.demand.domain.Taxonomy;
import uk.beacon.demand.domain.WorkType;
import uk.beacon.demand.domain.WorkTypeSuggestions;
import uk.beacon.demand.domain.WorkTypeTaxonomy;
import uk.beacon.demand.service.DemandTaxonomyService;
import uk.beacon.platform.ForbiddenException;
import uk.beacon.platform.OrganisationService;
import uk.beacon.platform.SignedInUser;

/**
 * A force's work-type taxonomy: the raw types in its data that nothing maps yet, a form that maps
 * one (reclassifying the incidents already stored), and the whole mapping, source by source. Every
 * member of the force sees it; only its analysts and planners get the form and the links to it.
 */
@Controller
@RequestMapping("/forces/{force}/demand/taxonomy")
class DemandTaxonomyPages {

    /** What the form shows: empty on a first visit, or a type to map or change, or what was posted. */
    record Form(String source, String rawType, String workType, boolean crime) {
    }

    record SourceOption(String code, String label) {
    }

    /** The mapping of one source, in the order of the work types, then alphabetically. */
    record SourceTable(String code, String label, List<Taxonomy.Entry> entries) {
    }

    /** What the success banner says after a mapping is saved. */
    record Classified(String source, String rawType, String workType, boolean crime, long reclassified) {
    }

    static final List<WorkType> WORK_TYPES = Arrays.stream(WorkType.values())
            .filter(workType -> workType != WorkType.UNMAPPED).toList();

    private final DemandTaxonomyService taxonomy;
    private final OrganisationService organisations;

    DemandTaxonomyPages(DemandTaxonomyService taxonomy, OrganisationService organisations) {
        this.taxonomy = taxonomy;
        this.organisations = organisations;
    }

    @ModelAttribute("navSection")
    String navSection() {
        return "/demand";
    }

    /** The page; {@code source} and {@code rawType} fill the form in, as the "Map this type" and "Change" links ask. */
    @GetMapping
    String page(@PathVariable String force, @RequestParam(required = false) String source,
            @RequestParam(required = false) String rawType, @AuthenticationPrincipal SignedInUser user, Model model) {
        Taxonomy current = taxonomy.taxonomy(force, user);
        Form form = new Form(isSource(source) ? source : WorkTypeTaxonomy.CAD,
                rawType == null ? "" : rawType, null, false);
        if (StringUtils.hasText(rawType)) {
            Optional<Taxonomy.Entry> mapped = current.entries().stream()
                    .filter(entry -> entry.source().equals(form.source())
                            && RawTypeNames.normalise(entry.rawType()).equals(RawTypeNames.normalise(rawType)))
                    .findFirst();
            if (mapped.isPresent()) {
                Taxonomy.Entry entry = mapped.get();
                return show(force, user, current, new Form(entry.source(), entry.rawType(), entry.workType().name(),
                        entry.crime()), Map.of(), model);
            }
        }
        return show(force, user, current, form, Map.of(), model);
    }

    @PostMapping
    String classify(@PathVariable String force, @RequestParam(required = false) String source,
            @RequestParam(required = false) String rawType, @RequestParam(required = false) String workType,
            @RequestParam(defaultValue = "false") boolean crime, @AuthenticationPrincipal SignedInUser user,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        // Refused before the form is checked, so that nobody but an analyst or planner is told what is wrong with it.
        if (!taxonomy.mayChange(force, user)) {
            throw new ForbiddenException("Only the force's analysts and planners can change its taxonomy");
        }
        Optional<WorkType> chosen = WORK_TYPES.stream().filter(candidate -> candidate.name().equals(workType))
                .findFirst();
        Map<String, String> errors = new LinkedHashMap<>();
        if (!isSource(source)) {
            errors.put("source", "Select where the type comes from");
        }
        if (!StringUtils.hasText(rawType)) {
            errors.put("rawType", "Enter the type as your data records it");
        }
        if (chosen.isEmpty()) {
            errors.put("workType", "Select the work type it belongs to");
        }
        if (!errors.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return show(force, user, taxonomy.taxonomy(force, user), new Form(source, rawType, workType, crime),
                    errors, model);
        }
        long reclassified = taxonomy.classify(force, user, source, rawType, chosen.get(), crime);
        redirect.addFlashAttribute("classified", new Classified(sourceLabel(source), rawType.strip(),
                chosen.get().label(), crime, reclassified));
        return "redirect:/forces/{force}/demand/taxonomy";
    }

    /**
     * Maps every unmapped type at once, from the one table of suggestions: each row's work type as
     * accepted or changed, or left blank to stay unmapped.
     */
    @PostMapping("/all")
    String classifyAll(@PathVariable String force, @RequestParam(name = "source", required = false) List<String> sources,
            @RequestParam(name = "rawType", required = false) List<String> rawTypes,
            @RequestParam(name = "workType", required = false) List<String> workTypes,
            @RequestParam(name = "crime", required = false) List<String> crimes,
            @AuthenticationPrincipal SignedInUser user, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!taxonomy.mayChange(force, user)) {
            throw new ForbiddenException("Only the force's analysts and planners can change its taxonomy");
        }
        int rows = sources == null ? 0 : sources.size();
        if (rawTypes == null || workTypes == null || crimes == null || rawTypes.size() != rows
                || workTypes.size() != rows || crimes.size() != rows) {
            throw new uk.beacon.platform.InvalidRequestException("The table of types was sent incomplete; "
                    + "open the page again and save it from there");
        }
        List<WorkTypeTaxonomy.Entry> mappings = new java.util.ArrayList<>();
        for (int i = 0; i < rows; i++) {
            String chosen = workTypes.get(i);
            if (!StringUtils.hasText(chosen)) {
                continue;
            }
            WorkType workType = WORK_TYPES.stream().filter(candidate -> candidate.name().equals(chosen)).findFirst()
                    .orElseThrow(() -> new uk.beacon.platform.InvalidRequestException("Select a work type from the list"));
            mappings.add(new WorkTypeTaxonomy.Entry(sources.get(i), rawTypes.get(i),
                    new uk.beacon.demand.domain.Classification(workType, "true".equals(crimes.get(i)))));
        }
        if (mappings.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return show(force, user, taxonomy.taxonomy(force, user), new Form(WorkTypeTaxonomy.CAD, "", null, false),
                    Map.of("all", "Choose a work type for at least one type"), model);
        }
        long reclassified = taxonomy.classifyAll(force, user, mappings);
        redirect.addFlashAttribute("classifiedAll", new ClassifiedAll(mappings.size(), reclassified));
        return "redirect:/forces/{force}/demand/taxonomy";
    }

    /** What the success banner says after many types are mapped at once. */
    record ClassifiedAll(int mapped, long reclassified) {
    }

    @GetMapping(path = "/download.csv")
    ResponseEntity<String> csv(@PathVariable String force, @AuthenticationPrincipal SignedInUser user) {
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + force + "-taxonomy.csv\"")
                .body(taxonomy.csv(force, user));
    }

    @GetMapping(path = "/download.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable String force, @AuthenticationPrincipal SignedInUser user) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + force + "-taxonomy.xlsx\"")
                .body(taxonomy.xlsx(force, user));
    }

    /** Maps every row of a taxonomy file (as downloaded, edited in a spreadsheet), all or nothing. */
    @PostMapping(path = "/upload", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    String upload(@PathVariable String force, @RequestParam(name = "file", required = false) MultipartFile file,
            @AuthenticationPrincipal SignedInUser user, Model model, HttpServletResponse response,
            RedirectAttributes redirect) throws java.io.IOException {
        if (!taxonomy.mayChange(force, user)) {
            throw new ForbiddenException("Only the force's analysts and planners can change its taxonomy");
        }
        if (file == null || file.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return show(force, user, taxonomy.taxonomy(force, user), new Form(WorkTypeTaxonomy.CAD, "", null, false),
                    Map.of("file", "Choose a CSV or XLSX file of the taxonomy"), model);
        }
        String name = file.getOriginalFilename() == null ? "taxonomy.csv" : file.getOriginalFilename();
        try {
            DemandTaxonomyService.Uploaded uploaded = taxonomy.upload(force, user, name, file.getBytes());
            redirect.addFlashAttribute("classifiedAll", new ClassifiedAll(uploaded.mapped(), uploaded.reclassified()));
            return "redirect:/forces/{force}/demand/taxonomy";
        } catch (uk.beacon.platform.InvalidRequestException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return show(force, user, taxonomy.taxonomy(force, user), new Form(WorkTypeTaxonomy.CAD, "", null, false),
                    Map.of("file", uk.beacon.platform.format.Excerpt.escape(e.getMessage())), model);
        }
    }

    private String show(String force, SignedInUser user, Taxonomy current, Form form,
            Map<String, String> errors, Model model) {
        model.addAttribute("force", organisations.force(force));
        model.addAttribute("mayChange", taxonomy.mayChange(force, user));
        model.addAttribute("unmapped", current.unmapped());
        model.addAttribute("suggestions", WorkTypeSuggestions.suggest(current.unmapped(), current.entries()));
        model.addAttribute("sources", tables(current.entries()));
        model.addAttribute("sourceLabels", DemandImportPages.formatLabels());
        model.addAttribute("sourceOptions", WorkTypeTaxonomy.SOURCES.stream()
                .map(code -> new SourceOption(code, sourceLabel(code))).toList());
        model.addAttribute("workTypes", WORK_TYPES);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "demand/taxonomy";
    }

    private static List<SourceTable> tables(List<Taxonomy.Entry> entries) {
        Comparator<Taxonomy.Entry> order = Comparator.comparing(Taxonomy.Entry::workType)
                .thenComparing(entry -> entry.rawType().toLowerCase(Locale.ROOT));
        return WorkTypeTaxonomy.SOURCES.stream()
                .map(code -> new SourceTable(code, sourceLabel(code), entries.stream()
                        .filter(entry -> entry.source().equals(code)).sorted(order).toList()))
                .toList();
    }

    private static boolean isSource(String code) {
        // List.of's lists throw on contains(null).
        return code != null && WorkTypeTaxonomy.SOURCES.contains(code);
    }

    private static String sourceLabel(String code) {
        return DemandImportPages.formatLabels().getOrDefault(code, code);
    }
}
