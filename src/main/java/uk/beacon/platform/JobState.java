package uk.beacon.platform;

import com.fasterxml.jackson.annotation.JsonValue;
import org.springframework.modulith.NamedInterface;

/** Where a long-running job has got to. Written in lower case in JSON and in the database. */
@NamedInterface("jobs")
public enum JobState {
    QUEUED, RUNNING, SUCCEEDED, FAILED, CANCELLED;

    @JsonValue
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public boolean isFinished() {
        return this == SUCCEEDED || this == FAILED || this == CANCELLED;
    }

    public static JobState fromCode(String code) {
        return valueOf(code.toUpperCase(java.util.Locale.ROOT));
    }
}
