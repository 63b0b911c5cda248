package uk.beacon.capacity.service;

import java.time.OffsetDateTime;
import java.util.List;
import uk.beacon.capacity.domain.scenarios.ScenarioChange;

/**
 * A saved "work, not workforce" scenario: a named list of changes to the force's workload. Private to
 * the force; its planners write it, its members read and run it.
 *
 * @param lastRunJobId the job of the latest run, or null if it has not been run
 */
public record Scenario(String id, String forceId, String name, String description, List<ScenarioChange> changes,
        String createdBy, OffsetDateTime createdAt, String updatedBy, OffsetDateTime updatedAt,
        String lastRunJobId) {
}
