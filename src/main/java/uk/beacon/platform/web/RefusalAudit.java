package uk.beacon.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uk.beacon.platform.AuditLog;
import uk.beacon.platform.SignedInUser;
import uk.beacon.platform.domain.RefusalAllowance;

/**
 * Records refused access (401 and 403, from Spring Security or from a service's access check) in the audit log as
 * {@code access.refused}: who (or "anonymous"), their organisation, the method and path, why, and from which
 * address; and logs it. A caller (a user, or anonymous, at one address) has {@value #PER_CALLER_A_MINUTE} entries
 * a minute, and everyone together {@value #OVERALL_A_MINUTE}; past that, refusals are counted, one log line says
 * so, and the caller's next recorded refusal says how many were left out.
 */
@Component
class RefusalAudit {

    static final String ACTION = "access.refused";
    static final int PER_CALLER_A_MINUTE = 20;
    static final int OVERALL_A_MINUTE = 600;

    private static final Logger log = LoggerFactory.getLogger(RefusalAudit.class);

    private final AuditLog audit;
    private final Clock clock;
    private final RefusalAllowance allowance = new RefusalAllowance(PER_CALLER_A_MINUTE, OVERALL_A_MINUTE,
            Duration.ofMinutes(1), 10_000);

    RefusalAudit(AuditLog audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    void record(HttpServletRequest request, int status, String reason) {
        SignedInUser user = LayoutModel.currentUser();
        String actor = user == null ? "anonymous" : user.getUsername();
        String organisation = user == null ? null : user.organisationId();
        String from = request.getRemoteAddr();
        String caller = actor + " from " + from;
        RefusalAllowance.Decision decision = allowance.take(caller, clock.instant());
        if (!decision.record()) {
            if (decision.startsLeavingOut()) {
                log.warn("More than {} refusals a minute for {} (or {} for everyone): further refusals this minute "
                        + "are counted, not recorded", PER_CALLER_A_MINUTE, caller, OVERALL_A_MINUTE);
            }
            return;
        }
        String target = request.getMethod() + " " + request.getRequestURI();
        String leftOut = decision.leftOutBefore() > 0
                ? "; " + decision.leftOutBefore() + " refusals of this caller before this one were not recorded"
                : "";
        log.info("Refused {} {} to {}{}: {}{}", status, target, caller,
                organisation == null ? "" : " (" + organisation + ")", reason, leftOut);
        try {
            audit.record(actor, organisation, ACTION, target, status + " " + reason + ", from " + from + leftOut);
        } catch (RuntimeException e) {
            // The refusal stands and is answered whether or not the log could take it.
            log.error("Could not record the refusal of {} to {} in the audit log", target, caller, e);
        }
    }
}
