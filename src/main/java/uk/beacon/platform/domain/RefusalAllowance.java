package uk.beacon.platform.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How many refusals the audit log takes, so that a flood of refused requests cannot flood it: at most
 * {@code perCaller} a window from one caller (such as a user at an address), and at most {@code overall} a window
 * from everyone together. Past either, a refusal is counted instead of recorded; the caller's next recorded refusal
 * says how many of theirs were left out, and {@link Decision#startsLeavingOut()} marks the first one left out in a
 * window, so that it can be said once. Only the most recent {@code callersKept} callers are remembered. Safe for
 * concurrent use.
 */
public final class RefusalAllowance {

    /**
     * @param record whether to record this refusal
     * @param leftOutBefore when recorded, how many of the caller's refusals before it were not
     * @param startsLeavingOut when not recorded, whether it is the first of the caller's left out in this window
     */
    public record Decision(boolean record, long leftOutBefore, boolean startsLeavingOut) {
    }

    private static final class Window {
        private Instant start;
        private int used;
        private long leftOut;
        private boolean leavingOut;

        void roll(Instant now, Duration length) {
            if (start == null || !now.isBefore(start.plus(length))) {
                start = now;
                used = 0;
                leavingOut = false;
            }
        }
    }

    private final int perCaller;
    private final int overall;
    private final Duration window;
    private final Window everyone = new Window();
    private final Map<String, Window> callers;

    public RefusalAllowance(int perCaller, int overall, Duration window, int callersKept) {
        if (perCaller < 1 || overall < perCaller || window.isNegative() || window.isZero() || callersKept < 1) {
            throw new IllegalArgumentException("A refusal allowance needs positive limits and window");
        }
        this.perCaller = perCaller;
        this.overall = overall;
        this.window = window;
        this.callers = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Window> eldest) {
                return size() > callersKept;
            }
        };
    }

    public synchronized Decision take(String caller, Instant now) {
        Window mine = callers.computeIfAbsent(caller, key -> new Window());
        mine.roll(now, window);
        everyone.roll(now, window);
        if (mine.used >= perCaller || everyone.used >= overall) {
            mine.leftOut++;
            boolean first = !mine.leavingOut;
            mine.leavingOut = true;
            return new Decision(false, 0, first);
        }
        mine.used++;
        everyone.used++;
        long before = mine.leftOut;
        mine.leftOut = 0;
        return new Decision(true, before, false);
    }
}
