package uk.beacon.platform;

import java.util.function.BooleanSupplier;
import org.springframework.modulith.NamedInterface;

/**
 * Asks, twice a second on a thread of its own, whether long work is still wanted, and stops it when
 * it is not. For work that cannot check for itself between steps, such as a solver's search, which
 * may run for long between the solutions it reports. Closing the watch ends its thread.
 */
@NamedInterface("jobs")
public final class CancellationWatch implements AutoCloseable {

    private static final long INTERVAL_MILLIS = 500;

    private final Thread thread;

    private CancellationWatch(Thread thread) {
        this.thread = thread;
    }

    /**
     * @param name the watching thread's name, as thread dumps show it
     * @param stillWanted asked every half second; false once someone has asked to cancel
     * @param stop what stops the work, called once when it is no longer wanted
     */
    public static CancellationWatch start(String name, BooleanSupplier stillWanted, Runnable stop) {
        Thread thread = new Thread(() -> {
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    Thread.sleep(INTERVAL_MILLIS);
                    if (!stillWanted.getAsBoolean()) {
                        stop.run();
                        return;
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
        return new CancellationWatch(thread);
    }

    /** A watch that watches nothing, for work started without anyone to ask. */
    public static CancellationWatch none() {
        return new CancellationWatch(null);
    }

    @Override
    public void close() {
        if (thread != null) {
            thread.interrupt();
        }
    }
}
