package uk.beacon.demand.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import uk.beacon.demand.domain.FirstColumnOrder;

/**
 * A canonical CSV file as consecutive parts, each ending at a record's end, which together are the
 * file: one part for a file that is already whole, several for one still arriving, so that storing
 * the first parts overlaps receiving the rest. {@link #next()} waits for the next part.
 */
public final class CanonicalParts {

    /** A part of the file: the {@code index}th, from 0. */
    record Part(Path file, int index) {
    }

    private final List<Part> parts = new ArrayList<>();
    private boolean ended;
    private boolean closed;
    private boolean whole;
    private String brokenOff;
    private int taken;
    private volatile java.util.function.LongConsumer onStored = bytes -> { };
    private long storedBytes;
    private Supplier<FirstColumnOrder.Verdict> ids = () -> FirstColumnOrder.Verdict.UNKNOWN;

    private CanonicalParts() {
    }

    /** A file that is whole already: one part. */
    public static CanonicalParts whole(Path file) {
        return whole(file, () -> FirstColumnOrder.Verdict.UNKNOWN);
    }

    /**
     * A file that is whole already, and whether its ids ascend, which may be worked out while the file
     * is stored: it is asked for only after the last row is.
     */
    public static CanonicalParts whole(Path file, Supplier<FirstColumnOrder.Verdict> ids) {
        CanonicalParts parts = new CanonicalParts();
        parts.whole = true;
        parts.add(file);
        parts.end(ids);
        return parts;
    }

    /** Whether the file was whole from the start (not still arriving). */
    public synchronized boolean isWhole() {
        return whole;
    }

    /** A file still arriving: parts are {@linkplain #add added} as they complete, then it is {@linkplain #end ended}. */
    public static CanonicalParts arriving() {
        return new CanonicalParts();
    }

    /** Adds the next part. */
    public synchronized void add(Path file) {
        parts.add(new Part(file, parts.size()));
        notifyAll();
    }

    /** Says that no more parts will come; whether the ids ascend is not known. */
    public synchronized void end() {
        end(FirstColumnOrder.Verdict.UNKNOWN);
    }

    /** Says that no more parts will come, and whether the file's first column, its ids, ascend. */
    public void end(FirstColumnOrder.Verdict verdict) {
        end(() -> verdict);
    }

    private synchronized void end(Supplier<FirstColumnOrder.Verdict> verdict) {
        this.ids = verdict;
        ended = true;
        notifyAll();
    }

    /**
     * Whether the ids were seen to ascend, over as many records as the reader stored, which proves that
     * none is repeated.
     */
    boolean idsProvedDistinct(long rows) {
        Supplier<FirstColumnOrder.Verdict> verdict;
        synchronized (this) {
            if (!ended) {
                return false;
            }
            verdict = ids;
        }
        return verdict.get().provesDistinct(rows);
    }

    /** Says that the file broke off before its end (the upload was cut short): reading it fails. */
    public synchronized void breakOff(String why) {
        brokenOff = why;
        notifyAll();
    }

    /**
     * Says that the reader has stopped (the import is over), so whoever adds parts may stop writing
     * them.
     */
    public synchronized void close() {
        closed = true;
        notifyAll();
    }

    public synchronized boolean isClosed() {
        return closed;
    }

    /**
     * Tells the listener how many bytes of the file are stored each time a part is; it may throw to stop
     * the import (for example, when someone cancels it), which then stores nothing.
     */
    public void onStored(java.util.function.LongConsumer listener) {
        this.onStored = listener;
    }

    /** Says that a part's rows are stored. */
    void stored(Part part) throws IOException {
        long bytes;
        synchronized (this) {
            storedBytes += java.nio.file.Files.size(part.file());
            bytes = storedBytes;
        }
        onStored.accept(bytes);
    }

    /** The next part, waiting for it; null once the file has ended and every part was taken. */
    synchronized Part next() throws IOException, InterruptedException {
        while (taken == parts.size() && !ended && brokenOff == null) {
            wait(TimeUnit.SECONDS.toMillis(1));
        }
        if (brokenOff != null) {
            throw new IOException(brokenOff);
        }
        return taken < parts.size() ? parts.get(taken++) : null;
    }

    /**
     * How many line breaks the parts before this one hold, so that a line of the part can be named as a
     * line of the file. Counted only when an error needs it, so that storing a good file never does.
     */
    long linesBefore(Part part) throws IOException {
        long lines = 0;
        byte[] buffer = new byte[1 << 16];
        for (Part before : taken().subList(0, part.index())) {
            try (java.io.InputStream in = java.nio.file.Files.newInputStream(before.file())) {
                int read;
                while ((read = in.read(buffer)) != -1) {
                    for (int i = 0; i < read; i++) {
                        if (buffer[i] == '\n') {
                            lines++;
                        }
                    }
                }
            }
        }
        return lines;
    }

    /** The parts taken so far, in order. */
    synchronized List<Part> taken() {
        return List.copyOf(parts.subList(0, taken));
    }
}
