package uk.beacon.portfolio.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import uk.beacon.platform.SignedInUser;
import uk.beacon.portfolio.domain.initiatives.DeflatorSeries;
import uk.beacon.portfolio.service.DeflatorService;

/**
 * A force's GDP deflator series, which its initiatives' nominal figures are converted with: read by the force's
 * members, replaced or reset to Beacon's 2% assumption by its planners (403 for anyone else).
 */
@RestController
@Tag(name = "Portfolio")
class DeflatorApi {

    /** The deflator in use: {@code assumption} is true (and loadedBy, loadedAt null) for Beacon's 2% a year. */
    record DeflatorJson(String source, String loadedBy, OffsetDateTime loadedAt, boolean assumption,
            List<Year> index) {

        static DeflatorJson of(DeflatorService.ForceDeflator deflator) {
            return new DeflatorJson(deflator.source(), deflator.loadedBy(), deflator.loadedAt(),
                    deflator.assumption(), deflator.deflator().table().entrySet().stream()
                            .map(e -> new Year(e.getKey(), e.getValue())).toList());
        }
    }

    record Year(Integer year, BigDecimal value) {
    }

    /** What a planner sends: the source and the index of each year. */
    record SeriesJson(String source, List<Year> index) {

        DeflatorSeries series() {
            return new DeflatorSeries(source, index == null ? null : index.stream()
                    .map(y -> y == null ? null : new DeflatorSeries.Entry(y.year(), y.value())).toList());
        }
    }

    private final DeflatorService deflators;

    DeflatorApi(DeflatorService deflators) {
        this.deflators = deflators;
    }

    @Operation(summary = "The force's GDP deflator: {source, loadedBy, loadedAt, assumption, index: [{year, value}]}; "
            + "Beacon's 2% a year assumption until a planner loads a series; the force's members only")
    @GetMapping("/api/v1/forces/{force}/portfolio/deflator")
    DeflatorJson get(@PathVariable String force, @AuthenticationPrincipal SignedInUser user) {
        return DeflatorJson.of(deflators.deflator(force, user));
    }

    @Operation(summary = "Loads the force's GDP deflator series, such as HM Treasury's GDP deflators at market "
            + "prices: {source, index: [{year, value}]}, years contiguous, each index above 0 (a financial year "
            + "is given as the calendar year it starts in); 400 with errors by field; the force's planners only")
    @PutMapping("/api/v1/forces/{force}/portfolio/deflator")
    DeflatorJson put(@PathVariable String force, @RequestBody(required = false) SeriesJson body,
            @AuthenticationPrincipal SignedInUser user) {
        return DeflatorJson.of(deflators.replace(force, user, body == null ? null : body.series()));
    }

    @Operation(summary = "Goes back to Beacon's 2% a year assumption; the force's planners only")
    @DeleteMapping("/api/v1/forces/{force}/portfolio/deflator")
    DeflatorJson delete(@PathVariable String force, @AuthenticationPrincipal SignedInUser user) {
        return DeflatorJson.of(deflators.reset(force, user));
    }

    /** A series that breaks the rules: 400 problem JSON with an {@code errors} map by field. */
}
