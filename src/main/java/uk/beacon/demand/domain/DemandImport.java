package uk.beacon.demand.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One imported file of a force's demand data, as the import history lists it.
 *
 * @param jobId the import job that stored it (null for imports made before jobs were recorded), so that
 *     a job cut off by a crash after its import was committed can be recorded as finished
 * @param synthetic whether the file is synthetic (made by Beacon's generator, not a force's records), as the
 *     import said: every figure drawn from it says so
 */
public record DemandImport(
        String id,
        String source,
        String fileName,
        String checksum,
        long rows,
        long incidents,
        LocalDate firstMonth,
        LocalDate lastMonth,
        String importedBy,
        LocalDateTime importedAt,
        String jobId,
        boolean synthetic) {
}
