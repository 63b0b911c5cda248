package uk.beacon.capacity.service;

import java.time.OffsetDateTime;
import uk.beacon.platform.JobState;

/**
 * A saved shift plan of a force: what was asked, the job designing it, and its result once the job has
 * succeeded ({@code null} before, or when the job failed; {@code message} then says why).
 */
public record ShiftPlan(String id, String forceId, String name, String createdBy, OffsetDateTime createdAt,
        String jobId, JobState state, int progress, String message, ShiftPlanRequest request,
        ShiftPlanResult result) {
}
