package uk.beacon.demand.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One imported file of a force's demand data, as the import history lists it.
 *
 * @param jobId the import job that stored it (null for imports made before jobs were recorded), so that
 *     a job cut off by a crash after its import was committed can be recorded as finished
 * @param quality what is missing or doubtful in the imported incidents, counted when they were stored
 *     (null for imports made before it was counted)
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
        Quality quality) {

    /**
     * Counts of incidents whose data is missing or doubtful, which the figures built on them inherit.
     *
     * @param noArrivalTime incidents without a first arrival time (no response time can be worked out)
     * @param arrivalBeforeCreation incidents whose first arrival is before they were created
     * @param unknownPriority incidents without a priority
     * @param noLocation incidents without coordinates
     * @param outsideEnglandAndWales incidents whose coordinates lie outside England and Wales
     */
    public record Quality(long noArrivalTime, long arrivalBeforeCreation, long unknownPriority, long noLocation,
            long outsideEnglandAndWales) {
    }

    /** Rows that were other rows of an incident already counted (a CAD export lists each responding unit). */
    public long rowsFolded() {
        return rows - incidents;
    }
}
