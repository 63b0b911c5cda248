package uk.beacon.capacity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import uk.beacon.capacity.domain.scenarios.Role;
import uk.beacon.capacity.domain.scenarios.RoleMatrix;
import uk.beacon.capacity.domain.scenarios.ScenarioChange;
import uk.beacon.capacity.service.Scenario;
import uk.beacon.capacity.service.ScenarioInput;
import uk.beacon.capacity.service.ScenarioRoles;
import uk.beacon.capacity.service.ScenarioService;
import uk.beacon.platform.InvalidRequestException;
import uk.beacon.platform.Job;
import uk.beacon.platform.JobService;
import uk.beacon.platform.SignedInUser;

/** A force's "work, not workforce" scenarios and its matrix of who can do which work. Private to the force. */
@RestController
@Tag(name = "Capacity")
class ScenarioApi {

    /**
     * One change as sent: {@code kind} is MOVE_WORK, CUT_MINUTES or CHANGE_OFFICERS; {@code toRole} one of
     * POLICE_OFFICER, PCSO, POLICE_STAFF, ONLINE, PARTNER_AGENCY.
     */
    record ChangeJson(String kind, String workType, Integer priority, Double sharePercent, String toRole,
            Double minutesPerIncident, Double minutesSaved, Double officersSent) {

        ScenarioChange toChange(int index) {
            ScenarioChange.Kind parsedKind = kind == null ? null : ScenarioChange.Kind.fromCode(kind)
                    .orElseThrow(() -> new InvalidRequestException("'changes[" + index + "].kind': change "
                            + (index + 1) + " must be MOVE_WORK, CUT_MINUTES or CHANGE_OFFICERS"));
            Role role = toRole == null ? null : Role.fromCode(toRole)
                    .orElseThrow(() -> new InvalidRequestException("'changes[" + index + "].toRole': change "
                            + (index + 1) + " must move work to POLICE_OFFICER, PCSO, POLICE_STAFF, ONLINE or "
                            + "PARTNER_AGENCY"));
            return new ScenarioChange(parsedKind, workType, priority, sharePercent, role, minutesPerIncident,
                    minutesSaved, officersSent);
        }
    }

    record ScenarioJson(String name, String description, List<ChangeJson> changes) {

        ScenarioInput toInput() {
            List<ScenarioChange> parsed = null;
            if (changes != null) {
                parsed = new ArrayList<>();
                for (int i = 0; i < changes.size(); i++) {
                    if (changes.get(i) == null) {
                        throw new InvalidRequestException("'changes[" + i + "]': change " + (i + 1) + " is empty");
                    }
                    parsed.add(changes.get(i).toChange(i));
                }
            }
            return new ScenarioInput(name, description, parsed);
        }
    }

    record RolesJson(boolean defaults, Map<String, Set<Role>> roles, Map<String, String> basis) {
    }

    record RolesInput(Map<String, Set<Role>> roles) {
    }

    private final ScenarioService scenarios;

    ScenarioApi(ScenarioService scenarios) {
        this.scenarios = scenarios;
    }

    @Operation(summary = "The force's scenarios")
    @GetMapping("/api/v1/forces/{force}/capacity/scenarios")
    List<Scenario> list(@PathVariable String force, @AuthenticationPrincipal SignedInUser user) {
        return scenarios.scenarios(force, user);
    }

    @Operation(summary = "Creates a scenario: {name, description, changes: [{kind: MOVE_WORK|CUT_MINUTES|"
            + "CHANGE_OFFICERS, workType, priority (or null for all), sharePercent (0-100), toRole, "
            + "minutesPerIncident, minutesSaved, officersSent}]}; the force's planners only")
    @PostMapping("/api/v1/forces/{force}/capacity/scenarios")
    ResponseEntity<Scenario> create(@PathVariable String force, @RequestBody(required = false) ScenarioJson body,
            @AuthenticationPrincipal SignedInUser user) {
        Scenario created = scenarios.create(force, user, input(body));
        return ResponseEntity.created(URI.create("/api/v1/forces/" + force + "/capacity/scenarios/" + created.id()))
                .body(created);
    }

    @Operation(summary = "One scenario")
    @GetMapping("/api/v1/forces/{force}/capacity/scenarios/{id}")
    Scenario get(@PathVariable String force, @PathVariable String id, @AuthenticationPrincipal SignedInUser user) {
        return scenarios.scenario(force, id, user);
    }

    @Operation(summary = "Replaces a scenario's name, description and changes; the force's planners only")
    @PutMapping("/api/v1/forces/{force}/capacity/scenarios/{id}")
    Scenario put(@PathVariable String force, @PathVariable String id, @RequestBody(required = false) ScenarioJson body,
            @AuthenticationPrincipal SignedInUser user) {
        return scenarios.update(force, id, user, input(body));
    }

    @Operation(summary = "Deletes a scenario; the force's planners only")
    @DeleteMapping("/api/v1/forces/{force}/capacity/scenarios/{id}")
    ResponseEntity<Void> delete(@PathVariable String force, @PathVariable String id,
            @AuthenticationPrincipal SignedInUser user) {
        scenarios.delete(force, id, user);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Runs the scenario against the force's workload as a job; its result is {baseline, "
            + "scenario, difference}, each with responseOfficerHoursPerWeek (on duty), rostered hours, peak, "
            + "call-handler hours, hours by role, shift plan and simulation")
    @PostMapping("/api/v1/forces/{force}/capacity/scenarios/{id}/runs")
    ResponseEntity<Job> run(@PathVariable String force, @PathVariable String id,
            @AuthenticationPrincipal SignedInUser user) {
        return JobService.accepted(scenarios.run(force, id, user));
    }

    @Operation(summary = "Who can do which work type (police officers can always), with the basis of the "
            + "shipped default")
    @GetMapping("/api/v1/forces/{force}/capacity/scenario-roles")
    RolesJson roles(@PathVariable String force, @AuthenticationPrincipal SignedInUser user) {
        return json(scenarios.roles(force, user));
    }

    @Operation(summary = "Replaces the force's role matrix: {roles: {WORK_TYPE: [ROLE, ...]}}; planners only")
    @PutMapping("/api/v1/forces/{force}/capacity/scenario-roles")
    RolesJson putRoles(@PathVariable String force, @RequestBody(required = false) RolesInput body,
            @AuthenticationPrincipal SignedInUser user) {
        if (body == null || body.roles() == null) {
            throw new InvalidRequestException("'roles': send {roles: {WORK_TYPE: [ROLE, ...]}}");
        }
        return json(scenarios.saveRoles(force, user, new RoleMatrix(body.roles())));
    }

    @Operation(summary = "Goes back to the shipped role matrix; planners only")
    @DeleteMapping("/api/v1/forces/{force}/capacity/scenario-roles")
    RolesJson resetRoles(@PathVariable String force, @AuthenticationPrincipal SignedInUser user) {
        return json(scenarios.saveRoles(force, user, null));
    }

    private static ScenarioInput input(ScenarioJson body) {
        if (body == null) {
            throw new InvalidRequestException("Send the scenario as JSON: {name, description, changes}");
        }
        return body.toInput();
    }

    private static RolesJson json(ScenarioRoles roles) {
        Map<String, String> basis = new LinkedHashMap<>();
        if (roles.defaults()) {
            basis.putAll(RoleMatrix.DEFAULT_BASIS);
        }
        return new RolesJson(roles.defaults(), roles.matrix().roles(), basis);
    }
}
