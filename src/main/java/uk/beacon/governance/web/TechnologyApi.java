package uk.beacon.governance.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import uk.beacon.governance.domain.TechnologyRecord;
import uk.beacon.governance.service.Technology;
import uk.beacon.governance.service.TechnologyService;
import uk.beacon.governance.service.TechnologyTrail;
import uk.beacon.governance.service.TechnologyWorkflow;
import uk.beacon.governance.service.Trail;
import uk.beacon.platform.InvalidRequestException;
import uk.beacon.platform.SignedInUser;

/**
 * A force's technology records and their review workflow. Private to the force until published: its
 * planners write, its reviewers review, its approvers decide. Internal tooling can publish through it.
 */
@RestController
@Tag(name = "Governance")
class TechnologyApi {

    /** A workflow step: submit, start-review, request-changes, approve, reject, publish or withdraw. */
    record TransitionBody(String action, String reason) {
    }

    private final TechnologyService technologies;
    private final TechnologyWorkflow workflow;
    private final TechnologyTrail trail;

    TechnologyApi(TechnologyService technologies, TechnologyWorkflow workflow, TechnologyTrail trail) {
        this.technologies = technologies;
        this.workflow = workflow;
        this.trail = trail;
    }

    @Operation(summary = "Creates a draft technology record of the force (its planners only): 201 with id and state")
    @PostMapping("/api/v1/forces/{force}/technologies")
    ResponseEntity<Technology> create(@PathVariable String force, @RequestBody(required = false) TechnologyRecord body,
            @AuthenticationPrincipal SignedInUser user) {
        Technology created = technologies.create(force, user, body);
        return ResponseEntity.created(URI.create("/api/v1/technologies/" + created.id())).body(created);
    }

    @Operation(summary = "The force's technology records, most recently changed first (its members only)")
    @GetMapping("/api/v1/forces/{force}/technologies")
    List<Technology> list(@PathVariable String force, @AuthenticationPrincipal SignedInUser user) {
        return technologies.forForce(force, user);
    }

    @Operation(summary = "A technology record (members of its force only)")
    @GetMapping("/api/v1/technologies/{id}")
    Technology get(@PathVariable String id, @AuthenticationPrincipal SignedInUser user) {
        return technologies.get(id, user);
    }

    @Operation(summary = "Changes a record (its force's planners): a draft in place, a published one as a new "
            + "draft version; 409 in other states")
    @PutMapping("/api/v1/technologies/{id}")
    Technology put(@PathVariable String id, @RequestBody(required = false) TechnologyRecord body,
            @AuthenticationPrincipal SignedInUser user) {
        return technologies.update(id, user, body);
    }

    /** A record, DPIA or ethics review that breaks the rules: 400 problem JSON with an {@code errors} map by field. */

    @Operation(summary = "Stores the record's DPIA (the force's planners and reviewers): the JSON of a DPIA after "
            + "CNIL's method; 400 with errors by field when a field is unknown or wrong")
    @PutMapping("/api/v1/technologies/{id}/dpia")
    Technology dpia(@PathVariable String id, @RequestBody(required = false) JsonNode body,
            @AuthenticationPrincipal SignedInUser user) {
        return technologies.saveDpia(id, user, body);
    }

    @Operation(summary = "Stores the record's ethics review (the force's planners and reviewers): ALGO-CARE answers "
            + "and the panel's advice; 400 with errors by field when a field is unknown or wrong")
    @PutMapping("/api/v1/technologies/{id}/ethics-review")
    Technology ethicsReview(@PathVariable String id, @RequestBody(required = false) JsonNode body,
            @AuthenticationPrincipal SignedInUser user) {
        return technologies.saveEthicsReview(id, user, body);
    }

    @Operation(summary = "Takes a workflow step: {action, reason}. 409 when the state does not allow it, 403 for "
            + "a role or person who may not take it")
    @PostMapping("/api/v1/technologies/{id}/transitions")
    Technology transition(@PathVariable String id, @RequestBody(required = false) TransitionBody body,
            @AuthenticationPrincipal SignedInUser user) {
        if (body == null || body.action() == null) {
            throw new InvalidRequestException("Send {\"action\": ..., \"reason\": ...} as JSON");
        }
        return workflow.transition(id, user, body.action(), body.reason());
    }

    @Operation(summary = "The record's tamper-evident trail, with whether its hash chain verifies")
    @GetMapping("/api/v1/technologies/{id}/trail")
    Trail trail(@PathVariable String id, @AuthenticationPrincipal SignedInUser user) {
        return trail.trail(id, user);
    }

    @Operation(summary = "Checks every record's trail (administrators): the ones that do not verify")
    @GetMapping("/api/v1/governance/trail-check")
    TechnologyTrail.TrailCheck checkAll(@AuthenticationPrincipal SignedInUser user) {
        return trail.checkAllTrails(user);
    }
}
