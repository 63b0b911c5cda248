package uk.beacon.portfolio.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.beacon.platform.ForceAccess;
import uk.beacon.platform.InvalidRequestException;
import uk.beacon.platform.OrganisationService;
import uk.beacon.platform.Role;
import uk.beacon.platform.SignedInUser;
import uk.beacon.portfolio.domain.initiatives.DeflatorCsv;
import uk.beacon.portfolio.domain.initiatives.DeflatorSeries;
import uk.beacon.portfolio.service.DeflatorService;
import uk.beacon.portfolio.service.InitiativeService;

/**
 * A force's GDP deflator page: the series in use with its source, and for its planners a form to paste (or upload)
 * a {@code year,index} CSV with its source, and a button to go back to Beacon's 2% assumption. Post/redirect/get;
 * errors name the line and are linked to their field.
 */
@Controller
class DeflatorPages {

    /** One year of the table as shown. */
    record Row(int year, String value) {
    }

    static final int MAX_TEXT = 100_000;
    private static final DateTimeFormatter LOADED_AT = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK);

    private final DeflatorService deflators;
    private final InitiativeService initiatives;
    private final OrganisationService organisations;
    private final ForceAccess access;

    DeflatorPages(DeflatorService deflators, InitiativeService initiatives, OrganisationService organisations, ForceAccess access) {
        this.access = access;
        this.deflators = deflators;
        this.initiatives = initiatives;
        this.organisations = organisations;
    }

    @ModelAttribute("navSection")
    String navSection() {
        return "/portfolio";
    }

    @GetMapping("/forces/{force}/portfolio/deflator")
    String page(@PathVariable String force, @AuthenticationPrincipal SignedInUser user, Model model) {
        return show(force, user, "", "", Map.of(), model);
    }

    @PostMapping("/forces/{force}/portfolio/deflator")
    String load(@PathVariable String force, @RequestParam(defaultValue = "") String source,
            @RequestParam(defaultValue = "") String csv, @RequestParam(required = false) MultipartFile file,
            @AuthenticationPrincipal SignedInUser user, Model model, HttpServletResponse response,
            RedirectAttributes redirect) throws IOException {
        requirePlanner(force, user);
        boolean upload = file != null && !file.isEmpty();
        String field = upload ? "file" : "csv";
        Map<String, String> errors = new LinkedHashMap<>();
        String text = csv;
        if (upload) {
            if (file.getSize() > MAX_TEXT) {
                errors.put("file", "The file is too large: a series is at most " + DeflatorCsv.MAX_LINES + " lines");
            } else {
                text = new String(file.getBytes(), StandardCharsets.UTF_8);
            }
        } else if (csv.length() > MAX_TEXT) {
            errors.put("csv", "The series is too long: at most " + DeflatorCsv.MAX_LINES + " lines");
        }
        DeflatorCsv.Read read = errors.isEmpty() ? DeflatorCsv.read(text) : null;
        DeflatorSeries series = new DeflatorSeries(source, read == null ? List.of() : read.entries());
        for (DeflatorSeries.Problem problem : series.problems()) {
            if (problem.field().equals("source")) {
                errors.putIfAbsent("source", problem.message());
            }
        }
        if (read != null) {
            List<String> problems = new ArrayList<>(read.problems());
            if (problems.isEmpty()) {
                for (DeflatorSeries.Problem problem : series.problems()) {
                    if (problem.entry() >= 0) {
                        problems.add("Line " + read.line(problem.entry()) + ": " + problem.message());
                    } else if (problem.field().equals("index")) {
                        problems.add(problem.message());
                    }
                }
            }
            if (!problems.isEmpty()) {
                errors.put(field, problems.get(0) + (problems.size() > 1 ? " (and " + (problems.size() - 1)
                        + (problems.size() == 2 ? " more problem)" : " more problems)") : ""));
            }
        }
        if (errors.isEmpty()) {
            try {
                deflators.replace(force, user, series);
            } catch (InvalidRequestException e) {
                errors.put(field, e.getMessage());
            }
        }
        if (!errors.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return show(force, user, source, upload ? "" : csv, errors, model);
        }
        int first = series.index().stream().mapToInt(DeflatorSeries.Entry::year).min().orElseThrow();
        int last = series.index().stream().mapToInt(DeflatorSeries.Entry::year).max().orElseThrow();
        redirect.addFlashAttribute("saved", "The series is loaded: " + first + " to " + last
                + (read.financialYears() ? ", financial years read as the year they start in" : "") + ".");
        return "redirect:/forces/" + force + "/portfolio/deflator";
    }

    @PostMapping("/forces/{force}/portfolio/deflator/reset")
    String reset(@PathVariable String force, @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
        requirePlanner(force, user);
        deflators.reset(force, user);
        redirect.addFlashAttribute("saved", "The force is back to Beacon's 2% a year assumption.");
        return "redirect:/forces/" + force + "/portfolio/deflator";
    }

    private void requirePlanner(String force, SignedInUser user) {
        access.requireRole(force, user, "Only the force's planners can change its GDP deflator", Role.PLANNER);
    }

    private String show(String force, SignedInUser user, String source, String csv, Map<String, String> errors,
            Model model) {
        DeflatorService.ForceDeflator deflator = deflators.deflator(force, user);
        List<Row> rows = new ArrayList<>();
        deflator.deflator().table().forEach((year, value) -> rows.add(new Row(year, shown(value,
                deflator.assumption()))));
        model.addAttribute("force", organisations.force(force));
        model.addAttribute("deflator", deflator);
        model.addAttribute("loadedAt", deflator.loadedAt() == null ? null : LOADED_AT.format(deflator.loadedAt()
                .atZoneSameInstant(java.time.ZoneId.of("Europe/London"))));
        model.addAttribute("rows", rows);
        model.addAttribute("uncovered", initiatives.uncovered(force, user));
        model.addAttribute("mayChange", deflators.mayChange(force, user));
        model.addAttribute("source", source);
        model.addAttribute("csv", csv);
        model.addAttribute("errors", errors);
        return "portfolio/deflator";
    }

    /** A loaded value as it was given; the assumption's long decimals to 3 places. */
    private static String shown(BigDecimal value, boolean assumption) {
        return assumption ? value.setScale(3, RoundingMode.HALF_UP).toPlainString() : value.toPlainString();
    }
}
