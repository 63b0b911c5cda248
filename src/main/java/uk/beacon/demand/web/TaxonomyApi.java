package uk.beacon.demand.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.beacon.demand.domain.Classification;
import uk.beacon.demand.domain.Taxonomy;
import uk.beacon.demand.domain.WorkType;
import uk.beacon.demand.domain.WorkTypeSuggestions;
import uk.beacon.demand.domain.WorkTypeTaxonomy;
import uk.beacon.demand.service.DemandTaxonomyService;
import uk.beacon.platform.InvalidRequestException;
import uk.beacon.platform.SignedInUser;

/** A force's work-type taxonomy through the API. */
@RestController
@RequestMapping("/api/v1/forces/{force}/demand/taxonomy")
@Tag(name = "Demand")
class TaxonomyApi {

    private final DemandTaxonomyService taxonomy;

    TaxonomyApi(DemandTaxonomyService taxonomy) {
        this.taxonomy = taxonomy;
    }

    /** One mapping to set: {@code workType} is a work type's name, such as {@code MENTAL_HEALTH}. */
    record Mapping(String source, String rawType, String workType, Boolean crime) {

        boolean isCrime() {
            return Boolean.TRUE.equals(crime);
        }
    }

    @Operation(summary = "The force's mapping of raw types to work types, and the raw types it does not map yet")
    @GetMapping
    Taxonomy get(@PathVariable String force, @AuthenticationPrincipal SignedInUser user) {
        return taxonomy.taxonomy(force, user);
    }

    @Operation(summary = "Maps one raw type to a work type; the force's stored incidents of that type follow")
    @PutMapping
    Map<String, Object> put(@PathVariable String force, @RequestBody Mapping mapping,
            @AuthenticationPrincipal SignedInUser user) {
        WorkType workType;
        try {
            workType = WorkType.valueOf(mapping.workType() == null ? "" : mapping.workType());
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("'workType' must be one of the work types, such as MENTAL_HEALTH, not '"
                    + mapping.workType() + "'");
        }
        long changed = taxonomy.classify(force, user, mapping.source(), mapping.rawType(), workType, mapping.isCrime());
        return Map.of("source", mapping.source(), "rawType", mapping.rawType().strip(), "workType", workType,
                "crime", mapping.isCrime(), "incidentsReclassified", changed);
    }

    @Operation(summary = "A suggested work type for every raw type the force does not map yet (null where there is "
            + "none), with why")
    @GetMapping("/suggestions")
    List<WorkTypeSuggestions.Suggestion> suggestions(@PathVariable String force,
            @AuthenticationPrincipal SignedInUser user) {
        return taxonomy.suggestions(force, user);
    }

    @Operation(summary = "Maps many raw types at once, all or none; the force's stored incidents of them follow")
    @PostMapping("/mappings")
    Map<String, Object> putAll(@PathVariable String force, @RequestBody List<Mapping> mappings,
            @AuthenticationPrincipal SignedInUser user) {
        List<WorkTypeTaxonomy.Entry> entries = new java.util.ArrayList<>();
        for (int i = 0; i < mappings.size(); i++) {
            Mapping mapping = mappings.get(i);
            WorkType workType;
            try {
                workType = WorkType.valueOf(mapping.workType() == null ? "" : mapping.workType());
            } catch (IllegalArgumentException e) {
                throw new InvalidRequestException("[" + i + "].workType", "must be one of the work types, such as "
                        + "MENTAL_HEALTH");
            }
            entries.add(new WorkTypeTaxonomy.Entry(mapping.source(), mapping.rawType() == null ? null
                    : mapping.rawType().strip(), new Classification(workType, mapping.isCrime())));
        }
        long changed = taxonomy.classifyAll(force, user, entries);
        return Map.of("mapped", entries.size(), "incidentsReclassified", changed);
    }
}
