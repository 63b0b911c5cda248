package uk.beacon.demand;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import uk.beacon.demand.service.DemandAccess;
import uk.beacon.demand.store.DemandDatabases;
import uk.beacon.demand.store.WorkloadQuery;
import uk.beacon.platform.InvalidRequestException;
import uk.beacon.platform.SignedInUser;

/** A force's work by work type, priority and hour of the week, for capacity planning; for its own members. */
@Service
public class DemandWorkloadService {

    private final WorkloadQuery query;
    private final DemandAccess access;

    DemandWorkloadService(DemandDatabases databases, DemandAccess access) {
        this.query = new WorkloadQuery(databases);
        this.access = access;
    }

    /** The months from {@code from} to {@code to}, both included. */
    public DemandWorkload workload(String forceId, SignedInUser viewer, YearMonth from, YearMonth to) {
        access.requireReader(forceId, viewer);
        if (to.isBefore(from)) {
            throw new InvalidRequestException("'to' (" + to + ") is before 'from' (" + from + ")");
        }
        double weeks = ChronoUnit.DAYS.between(from.atDay(1), to.plusMonths(1).atDay(1)) / 7.0;
        Map<String, Builder> groups = new LinkedHashMap<>();
        long incidents = 0;
        long timed = 0;
        for (WorkloadQuery.Row row : query.rows(forceId, from, to)) {
            Builder group = groups.computeIfAbsent(row.workType() + "|" + row.priority(),
                    key -> new Builder(row.workType(), row.priority()));
            group.add(row);
            incidents += row.incidents();
            if (row.hourOfWeek() != null) {
                timed += row.incidents();
            }
        }
        List<DemandWorkload.Item> items = new ArrayList<>();
        for (Builder group : groups.values()) {
            items.add(group.build(weeks));
        }
        return new DemandWorkload(from, to, weeks, incidents, timed, items);
    }

    /** The last twelve months with data (or all of them, if fewer); null when the force has no incidents. */
    public DemandWorkload latestYear(String forceId, SignedInUser viewer) {
        access.requireReader(forceId, viewer);
        WorkloadQuery.Span span = query.span(forceId);
        if (span == null) {
            return null;
        }
        YearMonth from = span.last().minusMonths(11);
        return workload(forceId, viewer, from.isBefore(span.first()) ? span.first() : from, span.last());
    }

    private static final class Builder {
        private final String workType;
        private final Integer priority;
        private final double[] byHour = new double[168];
        private long untimed;
        private long withMinutes;
        private double minutes;
        private long withUnits;
        private double units;

        Builder(String workType, Integer priority) {
            this.workType = workType;
            this.priority = priority;
        }

        void add(WorkloadQuery.Row row) {
            if (row.hourOfWeek() == null) {
                untimed += row.incidents();
            } else {
                byHour[row.hourOfWeek()] += row.incidents();
            }
            withMinutes += row.withOfficerMinutes();
            minutes += row.officerMinutes();
            withUnits += row.withUnits();
            units += row.units();
        }

        DemandWorkload.Item build(double weeks) {
            double[] perWeek = new double[168];
            for (int hour = 0; hour < 168; hour++) {
                perWeek[hour] = byHour[hour] / weeks;
            }
            return new DemandWorkload.Item(workType, label(workType), priority, perWeek, untimed / weeks,
                    withMinutes == 0 ? null : minutes / withMinutes, withUnits == 0 ? null : units / withUnits);
        }
    }

    private static String label(String workType) {
        return WorkTypes.label(workType);
    }
}
