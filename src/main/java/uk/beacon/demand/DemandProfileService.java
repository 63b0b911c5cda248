package uk.beacon.demand;

import java.sql.SQLException;
import java.time.YearMonth;
import java.util.List;
import org.springframework.stereotype.Service;
import uk.beacon.demand.store.ProfileQuery;
import uk.beacon.platform.InvalidRequestException;
import uk.beacon.platform.SignedInUser;

/** The profile of a force's work, for the force's own members. */
@Service
public class DemandProfileService {

    private final ProfileQuery query;
    private final DemandAccess access;

    DemandProfileService(ProfileQuery query, DemandAccess access) {
        this.query = query;
        this.access = access;
    }

    public ProfileQuery.Result profile(String forceId, SignedInUser viewer, YearMonth from, YearMonth to,
            ProfileQuery.Grouping grouping) throws SQLException {
        access.requireReader(forceId, viewer);
        if (to.isBefore(from)) {
            throw new InvalidRequestException("'to' (" + to + ") is before 'from' (" + from + ")");
        }
        return query.profile(forceId, from, to, grouping);
    }

    /** The months in which the force has any incidents, oldest first. */
    public List<YearMonth> monthsWithData(String forceId, SignedInUser viewer) throws SQLException {
        access.requireReader(forceId, viewer);
        // Wider than any data Beacon can hold: police.uk begins in 2010, CAD exports a little earlier.
        return query.profile(forceId, YearMonth.of(1990, 1), YearMonth.of(2100, 12), ProfileQuery.Grouping.MONTH)
                .rows().stream().map(row -> YearMonth.parse(row.key())).toList();
    }
}
