package uk.beacon.demand.service;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import uk.beacon.demand.domain.profile.Profile;
import uk.beacon.demand.domain.profile.ProfileGrouping;
import uk.beacon.demand.store.DemandStore;
import uk.beacon.demand.store.ProfileQuery;
import uk.beacon.platform.InvalidRequestException;
import uk.beacon.platform.SignedInUser;

/** The profile of a force's work, for the force's own members. */
@Service
public class DemandProfileService {

    private final ProfileQuery query;
    private final DemandAccess access;
    private final DemandStore store;

    DemandProfileService(ProfileQuery query, DemandAccess access, DemandStore store) {
        this.query = query;
        this.access = access;
        this.store = store;
    }

    /**
     * Whether figures drawn from the force's data for the months from..to are synthetic: some of its incidents
     * then came from an import said to be synthetic (made by Beacon's generator, not the force's records).
     */
    public boolean synthetic(String forceId, SignedInUser viewer, YearMonth from, YearMonth to) {
        access.requireReader(forceId, viewer);
        return store.anySyntheticIn(forceId, from.atDay(1), to.atDay(1));
    }

    public Profile profile(String forceId, SignedInUser viewer, YearMonth from, YearMonth to,
            ProfileGrouping grouping) {
        access.requireReader(forceId, viewer);
        checkPeriod(from, to);
        return query.profile(forceId, from, to, grouping);
    }

    /**
     * Emergency (priority 1) response target in minutes: 15 in urban and 20 in rural areas, by the
     * Home Office national standards for attending emergencies. Beacon does not yet know which
     * incidents are rural, so it uses the urban target unless told otherwise.
     */
    public static final double URBAN_EMERGENCY_TARGET_MINUTES = 15;

    public List<Profile.ResponseTimes> responseTimes(String forceId, SignedInUser viewer, YearMonth from,
            YearMonth to, double emergencyTargetMinutes) {
        access.requireReader(forceId, viewer);
        checkPeriod(from, to);
        if (!(emergencyTargetMinutes > 0)) {
            throw new InvalidRequestException("The emergency target must be more than 0 minutes");
        }
        return query.responseTimes(forceId, from, to, Map.of("1", emergencyTargetMinutes));
    }

    public List<Profile.Area> areas(String forceId, SignedInUser viewer, YearMonth from, YearMonth to) {
        access.requireReader(forceId, viewer);
        checkPeriod(from, to);
        return query.areas(forceId, from, to);
    }

    /** One group's count in a period and in the period it is compared with. */
    public record Comparison(String key, long incidents, long comparisonIncidents, long change, Double changePercent) {
    }

    /** @param synthetic whether figures of either period are synthetic (see {@link #synthetic}) */
    public record ComparisonResult(String period, String comparisonPeriod, List<Comparison> rows,
            Profile.Totals totals, Profile.Totals comparisonTotals, boolean synthetic) {
    }

    /** Two periods side by side, by default the same months a year earlier. */
    public ComparisonResult compare(String forceId, SignedInUser viewer, YearMonth from, YearMonth to,
            ProfileGrouping grouping, YearMonth compareFrom, YearMonth compareTo) {
        access.requireReader(forceId, viewer);
        checkPeriod(from, to);
        YearMonth otherFrom = compareFrom != null ? compareFrom : from.minusYears(1);
        YearMonth otherTo = compareTo != null ? compareTo : to.minusYears(1);
        checkPeriod(otherFrom, otherTo);
        Profile now = query.profile(forceId, from, to, grouping);
        Profile then = query.profile(forceId, otherFrom, otherTo, grouping);
        Map<String, Long> before = new LinkedHashMap<>();
        then.rows().forEach(row -> before.put(row.key(), row.incidents()));
        Map<String, Long> after = new LinkedHashMap<>();
        now.rows().forEach(row -> after.put(row.key(), row.incidents()));
        List<Comparison> rows = new ArrayList<>();
        Set<String> keys = new LinkedHashSet<>(after.keySet());
        keys.addAll(before.keySet());
        for (String key : keys) {
            long current = after.getOrDefault(key, 0L);
            long previous = before.getOrDefault(key, 0L);
            rows.add(new Comparison(key, current, previous, current - previous,
                    previous == 0 ? null : Math.round(1000.0 * (current - previous) / previous) / 10.0));
        }
        return new ComparisonResult(from + " to " + to, otherFrom + " to " + otherTo, rows, now.totals(),
                then.totals(), synthetic(forceId, viewer, from, to) || synthetic(forceId, viewer, otherFrom, otherTo));
    }

    private static void checkPeriod(YearMonth from, YearMonth to) {
        if (to.isBefore(from)) {
            throw new InvalidRequestException("'to' (" + to + ") is before 'from' (" + from + ")");
        }
    }

    /** The months in which the force has any incidents, oldest first. */
    public List<YearMonth> monthsWithData(String forceId, SignedInUser viewer) {
        access.requireReader(forceId, viewer);
        // Wider than any data Beacon can hold: police.uk begins in 2010, CAD exports a little earlier.
        return query.profile(forceId, YearMonth.of(1990, 1), YearMonth.of(2100, 12), ProfileGrouping.MONTH)
                .rows().stream().map(row -> YearMonth.parse(row.key())).toList();
    }
}
