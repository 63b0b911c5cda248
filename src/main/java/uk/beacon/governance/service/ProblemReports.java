package uk.beacon.governance.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.beacon.governance.store.ProblemReportRow;
import uk.beacon.governance.store.ProblemReportStore;
import uk.beacon.governance.store.TechnologyRow;
import uk.beacon.governance.store.TechnologyStore;
import uk.beacon.platform.AuditLog;
import uk.beacon.platform.ConflictException;
import uk.beacon.platform.ForceAccess;
import uk.beacon.platform.InvalidRequestException;
import uk.beacon.platform.NotFoundException;
import uk.beacon.platform.Role;
import uk.beacon.platform.SignedInUser;
import uk.beacon.platform.TooManyRequestsException;

/**
 * Problems anyone reports with a published record: stored for moderation, seen by the owning force's
 * planners, who accept or dismiss each. Reports are rate-limited per client address; the address itself is
 * not stored, only a hash of it.
 *
 * <p>Setting: {@code beacon.governance.reports-per-hour} (default 5, Beacon's own choice: enough for a
 * person with several points to make, few enough that one address cannot flood a force's moderators).
 */
@Service
@Transactional(readOnly = true)
public class ProblemReports {

    /** A problem the public reported with a published record; {@code recordName} is the record's current name. */
    public record Report(String id, String technologyId, String recordName, String message, String contact,
            OffsetDateTime createdAt, String status, String moderatedBy, OffsetDateTime moderatedAt) {

        static Report of(ProblemReportRow row) {
            return new Report(row.id(), row.technologyId(), row.recordName(), row.message(), row.contact(),
                    row.createdAt(), row.status(), row.moderatedBy(), row.moderatedAt());
        }
    }

    static final int MOST_MESSAGE_CHARACTERS = 2_000;
    static final int MOST_CONTACT_CHARACTERS = 200;

    private final ProblemReportStore store;
    private final TechnologyStore technologies;
    private final AuditLog audit;
    private final Clock clock;
    private final ForceAccess access;
    private final int perHour;

    ProblemReports(ProblemReportStore store, TechnologyStore technologies, AuditLog audit, Clock clock,
            @Value("${beacon.governance.reports-per-hour:5}") int perHour, ForceAccess access) {
        this.access = access;
        this.store = store;
        this.technologies = technologies;
        this.audit = audit;
        this.clock = clock;
        this.perHour = perHour;
    }

    /** The problems that the form's fields have, by field; empty when the report can be stored. */
    public static java.util.Map<String, String> problems(String message, String contact) {
        java.util.Map<String, String> problems = new java.util.LinkedHashMap<>();
        if (message == null || message.isBlank()) {
            problems.put("message", "Enter the problem with this record");
        } else if (message.length() > MOST_MESSAGE_CHARACTERS) {
            problems.put("message", "The problem must be " + MOST_MESSAGE_CHARACTERS + " characters or fewer");
        }
        if (contact != null && contact.length() > MOST_CONTACT_CHARACTERS) {
            problems.put("contact", "The contact must be " + MOST_CONTACT_CHARACTERS + " characters or fewer");
        }
        return problems;
    }

    /** Stores a report about a record on the register; 429 when the client has reported too much lately. */
    @Transactional
    public void report(String technologyId, String message, String contact, String clientAddress) {
        TechnologyRow row = technologies.find(technologyId).filter(found -> found.publishedVersion() != null)
                .orElseThrow(() -> new NotFoundException("There is no published technology record with that id"));
        java.util.Map<String, String> problems = problems(message, contact);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems.values().iterator().next());
        }
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        String clientKey = sha256("governance-report:" + clientAddress);
        if (store.countSince(clientKey, now.minus(Duration.ofHours(1))) >= perHour) {
            throw new TooManyRequestsException("You have reported " + perHour
                    + " problems in the last hour. Please try again later.");
        }
        String id = UUID.randomUUID().toString();
        store.insert(id, row.id(), message.strip(), contact == null || contact.isBlank() ? null : contact.strip(),
                clientKey, now);
        audit.record("public", row.organisationId(), "governance.report", "technology/" + row.id(), id);
    }

    /** The force's reports, open ones first; its planners only. */
    public List<Report> forForce(String forceId, SignedInUser viewer) {
        requirePlanner(forceId, viewer);
        return store.findByOrganisation(forceId).stream().map(Report::of).toList();
    }

    /** Accepts or dismisses an open report; a planner of the owning force only. */
    @Transactional
    public void moderate(String reportId, SignedInUser viewer, String decision) {
        if (!"accepted".equals(decision) && !"dismissed".equals(decision)) {
            throw new InvalidRequestException("'decision' must be accepted or dismissed");
        }
        ProblemReportRow report = store.find(reportId)
                .orElseThrow(() -> new NotFoundException("There is no such report"));
        TechnologyRow row = technologies.find(report.technologyId()).orElseThrow();
        requirePlanner(row.organisationId(), viewer);
        if (!"open".equals(report.status())) {
            throw new ConflictException("This report has already been " + report.status());
        }
        store.moderate(reportId, decision, viewer.getUsername(), OffsetDateTime.now(clock));
        audit.record(viewer, "governance.report." + decision, "technology/" + row.id(), reportId);
    }

    private void requirePlanner(String forceId, SignedInUser viewer) {
        access.requireRole(forceId, viewer, "Only the force's planners can see and moderate reported problems",
                Role.PLANNER);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
