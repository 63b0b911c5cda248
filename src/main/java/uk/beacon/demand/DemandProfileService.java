package uk.beacon.demand;

import java.sql.SQLException;
import java.time.YearMonth;
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
}
