package uk.beacon.governance.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import uk.beacon.governance.service.HorizonService;
import uk.beacon.governance.domain.horizon.Assessment;
import uk.beacon.governance.domain.horizon.HorizonCatalogue;
import uk.beacon.governance.domain.horizon.HorizonCatalogue.AppliedFramework;
import uk.beacon.governance.domain.horizon.HorizonCatalogue.TypeShortfall;
import uk.beacon.governance.domain.horizon.LegalFramework;
import uk.beacon.governance.domain.horizon.TechnologyType;
import uk.beacon.platform.InvalidRequestException;
import uk.beacon.platform.NotFoundException;
import uk.beacon.platform.SignedInUser;

/** The horizon-scanning catalogue: anyone reads it; national coordinators change it. */
@RestController
@Tag(name = "Governance: horizon scanning")
class HorizonApi {

    record TypeBody(String name, String description) {
    }

    record FrameworkBody(String shortName, String name, String link) {
    }

    record AssessmentBody(Boolean applies, String coverage, String note, String sourceTitle, String sourceLink) {
    }

    private final HorizonService horizon;

    HorizonApi(HorizonService horizon) {
        this.horizon = horizon;
    }

    @Operation(summary = "The catalogue: technology types, legal and regulatory frameworks, and the assessment of each "
            + "pair (whether the framework applies; coverage COVERED, PARTLY_COVERED or GAP; note; source). No sign-in")
    @GetMapping("/api/v1/horizon")
    HorizonCatalogue catalogue() {
        return horizon.catalogue();
    }

    @Operation(summary = "Per technology type, the frameworks that are gaps or partly covered, with the number of "
            + "registered deployments; most gaps first. No sign-in")
    @GetMapping("/api/v1/horizon/gaps")
    List<TypeShortfall> gaps() {
        return horizon.gaps();
    }

    @Operation(summary = "The frameworks that apply to a technology type, with their assessments. No sign-in")
    @GetMapping("/api/v1/horizon/types/{code}/frameworks")
    List<AppliedFramework> frameworksFor(@PathVariable String code) {
        if (horizon.catalogue().type(code).isEmpty()) {
            throw new NotFoundException("There is no technology type " + code + " in the catalogue");
        }
        return horizon.frameworksFor(code);
    }

    @Operation(summary = "Adds or changes a technology type: {name, description}; national coordinators only")
    @PutMapping("/api/v1/horizon/types/{code}")
    TechnologyType putType(@PathVariable String code, @RequestBody(required = false) TypeBody body,
            @AuthenticationPrincipal SignedInUser user) {
        requireSignedIn(user);
        if (body == null) {
            throw new InvalidRequestException("Send {\"name\": ..., \"description\": ...} as JSON");
        }
        return horizon.saveType(user, code, body.name(), body.description());
    }

    @Operation(summary = "Adds or changes a framework: {shortName, name, link}; national coordinators only")
    @PutMapping("/api/v1/horizon/frameworks/{code}")
    LegalFramework putFramework(@PathVariable String code, @RequestBody(required = false) FrameworkBody body,
            @AuthenticationPrincipal SignedInUser user) {
        requireSignedIn(user);
        if (body == null) {
            throw new InvalidRequestException("Send {\"shortName\": ..., \"name\": ..., \"link\": ...} as JSON");
        }
        return horizon.saveFramework(user, code, body.shortName(), body.name(), body.link());
    }

    @Operation(summary = "Sets how a framework covers a technology type: {applies, coverage (COVERED, PARTLY_COVERED "
            + "or GAP; empty when it does not apply), note, sourceTitle, sourceLink}; national coordinators only")
    @PutMapping("/api/v1/horizon/assessments/{type}/{framework}")
    Assessment putAssessment(@PathVariable String type, @PathVariable String framework,
            @RequestBody(required = false) AssessmentBody body, @AuthenticationPrincipal SignedInUser user) {
        requireSignedIn(user);
        if (body == null) {
            throw new InvalidRequestException(
                    "Send {\"applies\": ..., \"coverage\": ..., \"note\": ..., \"sourceTitle\": ..., \"sourceLink\": ...} as JSON");
        }
        return horizon.saveAssessment(user, type, framework, body.applies(), body.coverage(), body.note(),
                body.sourceTitle(), body.sourceLink());
    }

    /** The API paths are public for reading, so a change without credentials is refused here. */
    private static void requireSignedIn(SignedInUser user) {
        if (user == null) {
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Sign in to change the catalogue");
        }
    }
}
