package uk.beacon.platform.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * How many entries of one kind the audit log takes in a window of time, so that someone sending a flood of bad
 * requests cannot flood the log: past the allowance, entries are counted instead, and the next entry allowed says
 * how many were left out. Safe for concurrent use.
 */
public final class AuditAllowance {

    private final int perWindow;
    private final Duration window;
    private Instant windowStart;
    private int used;
    private long leftOut;

    public AuditAllowance(int perWindow, Duration window) {
        if (perWindow < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("An allowance needs at least one entry in a positive window");
        }
        this.perWindow = perWindow;
        this.window = window;
    }

    /**
     * Takes one entry: the number of entries left out since the last one allowed (0 or more) when this one may be
     * recorded, or -1 when it may not (and is counted as left out).
     */
    public synchronized long take(Instant now) {
        if (windowStart == null || !now.isBefore(windowStart.plus(window))) {
            windowStart = now;
            used = 0;
        }
        if (used >= perWindow) {
            leftOut++;
            return -1;
        }
        used++;
        long before = leftOut;
        leftOut = 0;
        return before;
    }
}
