package uk.beacon.platform.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.beacon.platform.AuditLog;
import uk.beacon.platform.Job;
import uk.beacon.platform.JobService;
import uk.beacon.platform.Member;
import uk.beacon.platform.Organisation;
import uk.beacon.platform.OrganisationKind;
import uk.beacon.platform.OrganisationService;
import uk.beacon.platform.Role;
import uk.beacon.platform.SignedInUser;

/** The platform's JSON API: forces, the signed-in user, members, jobs and the audit log. */
@RestController
@RequestMapping("/api/v1")
class PlatformApi {

    private final OrganisationService organisations;
    private final JobService jobs;
    private final AuditLog audit;

    PlatformApi(OrganisationService organisations, JobService jobs, AuditLog audit) {
        this.organisations = organisations;
        this.jobs = jobs;
        this.audit = audit;
    }

    /** A force's reference figures; see the README for their sources. */
    record ForceResponse(String id, String name, String region, BigDecimal officersFte, Long population,
            BigDecimal areaKm2) {

        static ForceResponse of(Organisation force) {
            return new ForceResponse(force.id(), force.name(), force.region(), force.officersFte(), force.population(),
                    force.areaKm2());
        }
    }

    record OrganisationSummary(String id, String name, OrganisationKind kind) {
    }

    record MeResponse(String username, String displayName, OrganisationSummary organisation, Set<Role> roles) {
    }

    @Tag(name = "Forces")
    @Operation(summary = "The 43 territorial police forces of England and Wales and British Transport Police")
    @GetMapping("/forces")
    List<ForceResponse> forces() {
        return organisations.forces().stream().map(ForceResponse::of).toList();
    }

    @Tag(name = "Forces")
    @Operation(summary = "One police force; 404 for an unknown id")
    @GetMapping("/forces/{id}")
    ForceResponse force(@PathVariable String id) {
        return ForceResponse.of(organisations.force(id));
    }

    @Tag(name = "People")
    @Operation(summary = "The signed-in user, their organisation and roles; 401 when not signed in")
    @GetMapping("/me")
    MeResponse me(@AuthenticationPrincipal SignedInUser user) {
        Organisation organisation = organisations.organisation(user.organisationId());
        return new MeResponse(user.getUsername(), user.displayName(),
                new OrganisationSummary(organisation.id(), organisation.name(), organisation.kind()), user.roles());
    }

    @Tag(name = "People")
    @Operation(summary = "The members of an organisation; only its own members may see them")
    @GetMapping("/organisations/{id}/members")
    List<Member> members(@PathVariable String id, @AuthenticationPrincipal SignedInUser user) {
        return organisations.members(id, user);
    }

    @Tag(name = "Jobs")
    @Operation(summary = "Your organisation's recent jobs, newest first")
    @GetMapping("/jobs")
    List<Job> recentJobs(@AuthenticationPrincipal SignedInUser user) {
        return jobs.recent(user);
    }

    @Tag(name = "Jobs")
    @Operation(summary = "A long-running job: state, progress, message and, on success, its result")
    @GetMapping("/jobs/{id}")
    Job job(@PathVariable String id, @AuthenticationPrincipal SignedInUser user) {
        return jobs.find(id, user);
    }

    @Tag(name = "Jobs")
    @Operation(summary = "Asks a job to stop")
    @PostMapping("/jobs/{id}/cancel")
    ResponseEntity<Job> cancel(@PathVariable String id, @AuthenticationPrincipal SignedInUser user) {
        return ResponseEntity.ok(jobs.cancel(id, user));
    }

    @Tag(name = "Administration")
    @Operation(summary = "The audit log, newest first, 50 entries a page; administrators only")
    @GetMapping("/audit")
    AuditLog.Page auditLog(@RequestParam(defaultValue = "1") long page, @AuthenticationPrincipal SignedInUser user) {
        return audit.page(page, user);
    }
}
