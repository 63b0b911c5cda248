package uk.beacon.demand.web;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
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
import org.springframework.web.bind.annotation.RequestParam;
import uk.beacon.demand.WorkTypes;
import uk.beacon.demand.domain.ForceClock;
import uk.beacon.demand.domain.profile.Profile;
import uk.beacon.demand.domain.profile.ProfileGrouping;
import uk.beacon.demand.service.DemandProfileService;
import uk.beacon.platform.InvalidRequestException;
import uk.beacon.platform.Organisation;
import uk.beacon.platform.OrganisationService;
import uk.beacon.platform.SignedInUser;

/** The demand profile of a force's work, for the force's own members, and its CSV downloads. */
@Controller
class DemandProfilePages {

    private final DemandProfileService profiles;
    private final OrganisationService organisations;
    private final Clock clock;

    DemandProfilePages(DemandProfileService profiles, OrganisationService organisations, Clock clock) {
        this.profiles = profiles;
        this.organisations = organisations;
        this.clock = clock;
    }

    /** These pages live under /forces but belong to the Demand section of the menu. */
    @ModelAttribute("navSection")
    String navSection() {
        return "/demand";
    }

    @GetMapping("/demand")
    String yours(@AuthenticationPrincipal SignedInUser user, Model model) {
        Organisation organisation = organisations.organisation(user.organisationId());
        if (organisation.isForce()) {
            return "redirect:/forces/" + organisation.id() + "/demand";
        }
        model.addAttribute("organisation", organisation);
        return "demand/not-a-force";
    }

    @GetMapping("/forces/{force}/demand")
    String profile(@PathVariable String force, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String compareFrom,
            @RequestParam(required = false) String compareTo, @AuthenticationPrincipal SignedInUser user, Model model,
            HttpServletResponse response) {
        List<YearMonth> months = profiles.monthsWithData(force, user);
        ProfilePeriod.Form form = ProfilePeriod.Form.read(from, to, defaultPeriod(force, months));
        // Left empty, the second period is the same months a year earlier.
        ProfilePeriod yearEarlier = form.period() == null ? null
                : new ProfilePeriod(form.period().from().minusYears(1), form.period().to().minusYears(1));
        ProfilePeriod.Form other = yearEarlier == null ? null : ProfilePeriod.Form.read("compareFrom", "compareTo",
                " to compare with", compareFrom, compareTo, yearEarlier);
        Map<String, String> errors = new LinkedHashMap<>(form.errors());
        if (other != null) {
            errors.putAll(other.errors());
        }
        model.addAttribute("force", organisations.force(force));
        model.addAttribute("form", form);
        model.addAttribute("compareForm", other);
        model.addAttribute("errors", errors);
        model.addAttribute("held",
                months.isEmpty() ? null : new ProfilePeriod(months.get(0), months.get(months.size() - 1)));
        if (!errors.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        } else {
            model.addAttribute("profile", ProfileView.of(form.period(), profile(force, user, form.period())));
            model.addAttribute("responseTimes", profiles.responseTimes(force, user, form.period().from(),
                    form.period().to(), DemandProfileService.URBAN_EMERGENCY_TARGET_MINUTES));
            ProfilePeriod second = other.period();
            DemandProfileService.ComparisonResult comparison = profiles.compare(force, user, form.period().from(),
                    form.period().to(), ProfileGrouping.WORK_TYPE, second.from(), second.to());
            model.addAttribute("comparison", comparison);
            model.addAttribute("synthetic", comparison.synthetic());
            model.addAttribute("comparisonPeriod", second);
            model.addAttribute("comparisonIsYearEarlier", second.equals(yearEarlier));
            model.addAttribute("comparisonRows", comparison.rows().stream()
                    .map(row -> new ComparisonRow(WorkTypes.label(row.key()), row))
                    .toList());
        }
        return "demand/profile";
    }

    @GetMapping("/forces/{force}/demand/profile.csv")
    ResponseEntity<String> csv(@PathVariable String force, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(defaultValue = "workType") String by,
            @AuthenticationPrincipal SignedInUser user) {
        ProfileGrouping grouping = DemandApi.grouping(by);
        ProfilePeriod fallback = StringUtils.hasText(from) && StringUtils.hasText(to) ? null
                : defaultPeriod(force, profiles.monthsWithData(force, user));
        ProfilePeriod.Form form = ProfilePeriod.Form.read(from, to, fallback);
        if (form.period() == null) {
            throw new InvalidRequestException(String.join(". ", form.errors().values()));
        }
        ProfilePeriod period = form.period();
        String csv = ProfileCsv.write(profiles.profile(force, user, period.from(), period.to(), grouping));
        String name = force + "-demand-" + by + "-" + period.from() + "-to-" + period.to() + ".csv";
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build()
                        .toString())
                .body(csv);
    }

    private ProfilePeriod defaultPeriod(String force, List<YearMonth> months) {
        return ProfilePeriod.defaultFor(months, ForceClock.of(force).thisMonth(clock));
    }

    private Map<ProfileGrouping, Profile> profile(String force, SignedInUser user,
            ProfilePeriod period) {
        Map<ProfileGrouping, Profile> results = new EnumMap<>(ProfileGrouping.class);
        for (ProfileGrouping grouping : ProfileView.GROUPINGS) {
            results.put(grouping, profiles.profile(force, user, period.from(), period.to(), grouping));
        }
        return results;
    }

    /** A row of the year-on-year table, with its work type's name. */
    record ComparisonRow(String label, DemandProfileService.Comparison figures) {
    }
}
