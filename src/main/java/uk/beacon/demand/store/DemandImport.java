package uk.beacon.demand.store;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** One imported file of a force's demand data, as the import history lists it. */
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
        LocalDateTime importedAt) {
}
