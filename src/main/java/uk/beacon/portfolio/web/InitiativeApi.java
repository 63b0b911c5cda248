package uk.beacon.portfolio.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import uk.beacon.platform.InvalidRequestException;
import uk.beacon.platform.LargeUpload;
import uk.beacon.platform.SignedInUser;
import uk.beacon.portfolio.domain.initiatives.InitiativeAppraisal;
import uk.beacon.portfolio.domain.initiatives.InitiativeDefinition;
import uk.beacon.portfolio.service.ConsortiumInvitation;
import uk.beacon.portfolio.service.ConsortiumMember;
import uk.beacon.portfolio.service.ConsortiumService;
import uk.beacon.portfolio.service.InitiativeRecord;
import uk.beacon.portfolio.service.InitiativeService;

/**
 * A force's transformation initiatives. The path's force must be the caller's own (403); initiatives the
 * force neither owns nor has accepted as a consortium member are 404. The owning force's planners write; a member
 * force's planners answer its invitations.
 */
@RestController
@Tag(name = "Portfolio")
class InitiativeApi {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final InitiativeService initiatives;
    private final ConsortiumService consortiums;

    InitiativeApi(InitiativeService initiatives, ConsortiumService consortiums) {
        this.initiatives = initiatives;
        this.consortiums = consortiums;
    }

    /** A member force's answer to an invitation: {@code accept} or {@code decline}. */
    record MembershipDecision(@Schema(allowableValues = {"accept", "decline"}) String decision) {
    }

    @Operation(summary = "The initiatives the force owns or has accepted as a consortium member; each lists its "
            + "members: [{force, state: invited|accepted|declined, invitedBy, invitedAt, decidedBy, decidedAt}]")
    @GetMapping("/api/v1/forces/{force}/initiatives")
    List<InitiativeRecord> list(@PathVariable String force, @AuthenticationPrincipal SignedInUser user) {
        return initiatives.initiatives(force, user);
    }

    @Operation(summary = "Creates an initiative: {name, capability, memberForces, startYear, baseYear, prices: "
            + "REAL|NOMINAL, phases: [{name, months}], years: [{year, capital, running, cashableSavings, "
            + "officerHoursReleased, harmReduction}], demandEffects, hourlyCost, dependsOn, excludes, "
            + "optimismBiasCategory: EQUIPMENT_AND_DEVELOPMENT, mitigations: [{text, capitalReduction, "
            + "durationReduction}], strategicCase, commercialCase, managementCase}; the force's planners only")
    @PostMapping("/api/v1/forces/{force}/initiatives")
    ResponseEntity<InitiativeRecord> create(@PathVariable String force,
            @RequestBody(required = false) InitiativeDefinition body, @AuthenticationPrincipal SignedInUser user) {
        InitiativeRecord created = initiatives.create(force, user, body);
        return ResponseEntity.created(URI.create("/api/v1/forces/" + force + "/initiatives/" + created.id()))
                .body(created);
    }

    @Operation(summary = "The consortium invitations the force has not answered, oldest first: [{initiativeId, "
            + "ownerForce, name, capability, startYear, strategicCase, invitedBy, invitedAt}]; the force's planners "
            + "only. The initiatives stay hidden from the force (404) until it accepts")
    @GetMapping("/api/v1/forces/{force}/initiatives/invitations")
    List<ConsortiumInvitation> invitations(@PathVariable String force, @AuthenticationPrincipal SignedInUser user) {
        return consortiums.invitations(force, user);
    }

    @Operation(summary = "Answers the force's invitation into a consortium initiative: {decision: accept|decline}; "
            + "declining an accepted membership leaves it. Answers the force's membership {force, state, invitedBy, "
            + "invitedAt, decidedBy, decidedAt}; the force's planners only (403), 404 when the force is not invited, "
            + "409 when its state does not allow the decision (accepting after declining needs a new invitation)")
    @PostMapping("/api/v1/forces/{force}/initiatives/{id}/membership")
    ConsortiumMember membership(@PathVariable String force, @PathVariable String id,
            @RequestBody(required = false) MembershipDecision body, @AuthenticationPrincipal SignedInUser user) {
        return consortiums.decide(force, id, user, body == null ? null : body.decision()).member();
    }

    @Operation(summary = "One initiative")
    @GetMapping("/api/v1/forces/{force}/initiatives/{id}")
    InitiativeRecord get(@PathVariable String force, @PathVariable String id,
            @AuthenticationPrincipal SignedInUser user) {
        return initiatives.initiative(force, id, user);
    }

    @Operation(summary = "An initiative's Green Book appraisal with and without optimism bias")
    @GetMapping("/api/v1/forces/{force}/initiatives/{id}/appraisal")
    InitiativeAppraisal.Summary appraisal(@PathVariable String force, @PathVariable String id,
            @AuthenticationPrincipal SignedInUser user) {
        return initiatives.appraisal(force, id, user);
    }

    @Operation(summary = "Replaces an initiative; the owning force's planners only")
    @PutMapping("/api/v1/forces/{force}/initiatives/{id}")
    InitiativeRecord put(@PathVariable String force, @PathVariable String id,
            @RequestBody(required = false) InitiativeDefinition body, @AuthenticationPrincipal SignedInUser user) {
        return initiatives.update(force, id, user, body);
    }

    @Operation(summary = "Deletes an initiative; the owning force's planners only")
    @DeleteMapping("/api/v1/forces/{force}/initiatives/{id}")
    ResponseEntity<Void> delete(@PathVariable String force, @PathVariable String id,
            @AuthenticationPrincipal SignedInUser user) {
        initiatives.delete(force, id, user);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "The initiatives the force owns as an XLSX workbook (sheets Initiatives, Phases, Years, "
            + "Mitigations)")
    @GetMapping({"/api/v1/forces/{force}/initiatives.xlsx", "/forces/{force}/initiatives.xlsx"})
    void export(@PathVariable String force, @AuthenticationPrincipal SignedInUser user, HttpServletResponse response)
            throws IOException {
        List<InitiativeRecord> owned = initiatives.owned(force, user);
        response.setContentType(XLSX);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + force + "-initiatives.xlsx\"");
        try (OutputStream out = response.getOutputStream()) {
            InitiativeXlsx.write(owned, out);
        }
    }

    @Operation(summary = "Imports initiatives from an XLSX workbook as new initiatives of the force: all or "
            + "nothing; errors name the sheet, row and column. The force's planners only")
    @LargeUpload
    @PostMapping(path = "/api/v1/forces/{force}/initiatives/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<List<InitiativeRecord>> importWorkbook(@PathVariable String force,
            @RequestParam(required = false) MultipartFile file, @AuthenticationPrincipal SignedInUser user)
            throws IOException {
        return ResponseEntity.status(201).body(importAll(initiatives, force, user, file));
    }

    /** Reads, checks and stores a workbook, or throws a 400 naming the cell. */
    static List<InitiativeRecord> importAll(InitiativeService initiatives, String force, SignedInUser user,
            MultipartFile file) throws IOException {
        initiatives.requirePlanner(force, user);
        if (file == null || file.isEmpty()) {
            throw new InvalidRequestException("'file': choose an XLSX workbook");
        }
        List<InitiativeXlsx.Read> read;
        try (InputStream in = file.getInputStream()) {
            read = InitiativeXlsx.read(in);
        } catch (InitiativeXlsx.XlsxException e) {
            throw new InvalidRequestException("'file': " + e.getMessage());
        }
        List<InitiativeDefinition> definitions = new ArrayList<>();
        for (InitiativeXlsx.Read one : read) {
            Map<String, String> errors = initiatives.errors(force, one.definition());
            if (!errors.isEmpty()) {
                Map.Entry<String, String> first = errors.entrySet().iterator().next();
                throw new InvalidRequestException("'file': " + InitiativeXlsx.where(one, first.getKey()) + ": "
                        + first.getValue());
            }
            definitions.add(one.definition());
        }
        return initiatives.importAll(force, user, definitions);
    }
}
