package uk.beacon.portfolio.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.beacon.platform.AuditLog;
import uk.beacon.platform.ForceAccess;
import uk.beacon.platform.InvalidRequestException;
import uk.beacon.platform.Role;
import uk.beacon.platform.SignedInUser;
import uk.beacon.portfolio.domain.initiatives.DeflatorSeries;
import uk.beacon.portfolio.domain.initiatives.GdpDeflator;
import uk.beacon.portfolio.store.DeflatorStore;

/**
 * Each force's GDP deflator: the series its planners loaded (normally HM Treasury's "GDP deflators at market
 * prices, and money GDP"), or, when none is loaded, Beacon's 2% a year assumption
 * ({@link GdpDeflator#TWO_PERCENT_A_YEAR}). Every appraisal of the force's initiatives uses it. Private to the
 * force: its members read it (403 for anyone else), its planners replace it or go back to the assumption.
 */
@Service
@Transactional(readOnly = true)
public class DeflatorService {

    /** The deflator a force uses, and who loaded it when (both null for the assumption). */
    public record ForceDeflator(GdpDeflator deflator, String loadedBy, OffsetDateTime loadedAt) {

        public String source() {
            return deflator.source();
        }

        public boolean assumption() {
            return deflator.assumption();
        }
    }

    private static final ForceDeflator ASSUMPTION = new ForceDeflator(GdpDeflator.TWO_PERCENT_A_YEAR, null, null);

    private final DeflatorStore store;
    private final AuditLog audit;
    private final Clock clock;
    private final ForceAccess access;

    DeflatorService(DeflatorStore store, AuditLog audit, Clock clock, ForceAccess access) {
        this.access = access;
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    /** True when the viewer may replace the force's deflator. */
    public boolean mayChange(String forceId, SignedInUser viewer) {
        return ForceAccess.isMemberWith(forceId, viewer, Role.PLANNER);
    }

    /** The force's deflator, for its members. */
    public ForceDeflator deflator(String forceId, SignedInUser viewer) {
        access.requireMember(forceId, viewer);
        return of(forceId);
    }

    /**
     * The force's deflator without an access check: for the appraisal of an initiative the viewer may already see
     * (a consortium initiative is appraised with its owning force's deflator).
     */
    ForceDeflator of(String forceId) {
        return store.find(forceId)
                .map(loaded -> new ForceDeflator(loaded.series().deflator(), loaded.loadedBy(), loaded.loadedAt()))
                .orElse(ASSUMPTION);
    }

    /** Replaces the force's deflator with the series; 400 naming each field at fault; the force's planners only. */
    @Transactional
    public ForceDeflator replace(String forceId, SignedInUser viewer, DeflatorSeries series) {
        requirePlanner(forceId, viewer);
        if (series == null) {
            throw new InvalidRequestException(Map.of("index", "Send the series: {source, index: [{year, value}]}"));
        }
        Map<String, String> errors = series.errors();
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        List<DeflatorSeries.Entry> years = series.index().stream()
                .sorted(Comparator.comparing(DeflatorSeries.Entry::year)).toList();
        DeflatorSeries tidy = new DeflatorSeries(series.source().strip(), years);
        store.replace(forceId, tidy, viewer.getUsername(), OffsetDateTime.now(clock));
        audit.record(viewer, "portfolio.deflator.replace", "force/" + forceId, tidy.source() + " ("
                + years.get(0).year() + " to " + years.get(years.size() - 1).year() + ")");
        return of(forceId);
    }

    /** Goes back to Beacon's 2% assumption; the force's planners only. */
    @Transactional
    public ForceDeflator reset(String forceId, SignedInUser viewer) {
        requirePlanner(forceId, viewer);
        if (store.delete(forceId)) {
            audit.record(viewer, "portfolio.deflator.reset", "force/" + forceId, "2% a year assumption");
        }
        return ASSUMPTION;
    }

    private void requirePlanner(String forceId, SignedInUser viewer) {
        access.requireRole(forceId, viewer, "Only the force's planners can change its GDP deflator", Role.PLANNER);
    }
}
