package uk.beacon.platform;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.OffsetDateTime;
import org.springframework.modulith.NamedInterface;

/**
 * A persistent record of long-running work (an import, an optimisation, a simulation): who asked
 * for it, for which organisation, how far it has got and, once it has succeeded, its result as JSON.
 *
 * @param title what the job does in people's words, such as "Import of 2021-01-street.csv"
 * @param returnPath the page where the work can be started again (or its results seen), or null
 */
@NamedInterface("jobs")
public record Job(
        String id,
        String kind,
        String organisationId,
        String owner,
        JobState state,
        int progress,
        String message,
        OffsetDateTime createdAt,
        OffsetDateTime startedAt,
        OffsetDateTime finishedAt,
        @JsonRawValue String result,
        boolean cancelRequested,
        String title,
        String returnPath) {

    /** The longest title kept: a longer one is cut, as the column holds no more. */
    public static final int TITLE_LENGTH = 300;

    public Job {
        title = title == null || title.isBlank() ? titleOf(kind) : uk.beacon.platform.format.Excerpt.fit(
                uk.beacon.platform.format.Excerpt.escape(title), TITLE_LENGTH);
    }

    /** A job without a title of its own, named after its kind. */
    public Job(String id, String kind, String organisationId, String owner, JobState state, int progress,
            String message, OffsetDateTime createdAt, OffsetDateTime startedAt, OffsetDateTime finishedAt,
            String result, boolean cancelRequested) {
        this(id, kind, organisationId, owner, state, progress, message, createdAt, startedAt, finishedAt, result,
                cancelRequested, null, null);
    }

    /** A kind such as {@code capacity.shift-plan} in words: "Capacity shift plan". */
    static String titleOf(String kind) {
        String words = kind.replace('.', ' ').replace('-', ' ').replace('_', ' ').strip();
        return words.isEmpty() ? "Job" : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
