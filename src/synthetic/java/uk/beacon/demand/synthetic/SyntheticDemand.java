package uk.beacon.demand.synthetic;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import uk.beacon.demand.domain.CanonicalCsv;
import uk.beacon.demand.store.DemandDatabases;

/**
 * Synthetic CAD-like incidents for demonstrations and benchmarks, in Beacon's canonical incident CSV
 * ({@link CanonicalCsv}) or the same columns in Parquet.
 *
 * <p>Realistic in shape, not in detail: a week's rhythm (evening and weekend peaks, a night trough),
 * a summer peak, a published mix of crime and non-crime work over raw CAD call types, priorities with
 * a configured emergency share, travel times that mostly meet the service standards, time on task,
 * units, made-up small areas and outcomes. {@code demand/synthetic-README.md} says where every default
 * comes from and which are assumptions.
 *
 * <p>The same seed and parameters give byte-identical output, whatever the number of threads. Rows
 * are streamed in batches, so memory stays the same from a thousand incidents to fifty million.
 */
public final class SyntheticDemand {

    /**
     * What was written.
     *
     * @param incidents how many incidents (rows after the header)
     * @param bytes     the size of what was written
     * @param elapsed   how long it took
     */
    public record Result(long incidents, long bytes, Duration elapsed) {
    }

    private static final int WARM_UP_BATCHES = 48;
    /** Room for a batch of rows (about 165 bytes each); a buffer grows if a batch needs more. */
    private static final int BUFFER_BYTES = IncidentSchedule.BATCH_SIZE * 192;

    private SyntheticDemand() {
    }

    /** How many incidents these parameters produce. */
    public static long plannedIncidents(SyntheticDemandParameters parameters) {
        return new DemandModel(parameters).incidents;
    }

    /** Writes the incidents to a file in the parameters' format, replacing the file. */
    public static Result write(SyntheticDemandParameters parameters, Path file) throws IOException {
        long start = System.nanoTime();
        Path absolute = file.toAbsolutePath();
        if (absolute.getParent() != null) {
            Files.createDirectories(absolute.getParent());
        }
        if (parameters.format() == OutputFormat.CSV) {
            try (OutputStream out = Files.newOutputStream(absolute)) {
                Result csv = writeCsv(parameters, out);
                // Counted rather than measured, so that a device such as /dev/null reports its bytes too.
                return new Result(csv.incidents(), csv.bytes(), Duration.ofNanos(System.nanoTime() - start));
            }
        }
        // DuckDB's CSV reader is quick and streams, so Parquet is the CSV converted beside the target.
        Path csv = Files.createTempFile(absolute.getParent(), absolute.getFileName().toString(), ".csv.tmp");
        long incidents;
        try {
            try (OutputStream out = Files.newOutputStream(csv)) {
                incidents = writeCsv(parameters, out).incidents();
            }
            Files.deleteIfExists(absolute);
            csvToParquet(csv, absolute);
        } finally {
            Files.deleteIfExists(csv);
        }
        return new Result(incidents, Files.size(absolute), Duration.ofNanos(System.nanoTime() - start));
    }

    /** Writes the incidents as canonical CSV, header first. Does not close the stream. */
    public static Result writeCsv(SyntheticDemandParameters parameters, OutputStream target) throws IOException {
        long start = System.nanoTime();
        DemandModel model = new DemandModel(parameters);
        IncidentSchedule schedule = new IncidentSchedule(model);
        IncidentRenderer renderer = new IncidentRenderer(model);
        CountingOutputStream out = new CountingOutputStream(target);
        out.write((String.join(",", CanonicalCsv.HEADER) + "\n").getBytes(StandardCharsets.UTF_8));

        // Batches render in parallel and are written in order, each straight from its buffer; a few in
        // flight keep every thread busy, and recycling their buffers keeps memory (and garbage) flat.
        int threads = parameters.threads();
        int maxInFlight = threads * 2 + 1;
        ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads());
        Deque<Future<CsvRowBuffer>> inFlight = new ArrayDeque<>();
        Queue<CsvRowBuffer> spareBuffers = new ConcurrentLinkedQueue<>();
        long written = 0;
        try {
            IncidentSchedule.Batch batch;
            while ((batch = schedule.next()) != null) {
                IncidentSchedule.Batch toRender = batch;
                if (batch.index() < WARM_UP_BATCHES) {
                    // Alone on this thread at first, so the JIT compiler has a core to optimise the renderer
                    // before the pool fills every core (on two cores that otherwise takes seconds).
                    writeAndRecycle(renderer.render(toRender, spareBuffer(spareBuffers)), out, spareBuffers);
                    written += batch.createdAt().length;
                    continue;
                }
                inFlight.add(pool.submit(() -> renderer.render(toRender, spareBuffer(spareBuffers))));
                written += batch.createdAt().length;
                if (inFlight.size() >= maxInFlight) {
                    writeAndRecycle(await(inFlight.poll()), out, spareBuffers);
                }
            }
            while (!inFlight.isEmpty()) {
                writeAndRecycle(await(inFlight.poll()), out, spareBuffers);
            }
        } finally {
            pool.shutdownNow();
        }
        out.flush();
        return new Result(written, out.count, Duration.ofNanos(System.nanoTime() - start));
    }

    /** Converts a canonical CSV file to Parquet with typed columns, in DuckDB. */
    static void csvToParquet(Path csv, Path parquet) throws IOException {
        try (Connection connection = DemandDatabases.scratch(); Statement statement = connection.createStatement()) {
            statement.execute("COPY (SELECT * FROM " + DuckDbCanonicalCsv.readCsv(csv) + ") TO "
                    + DuckDbCanonicalCsv.sqlString(parquet.toString()) + " (FORMAT PARQUET, COMPRESSION ZSTD)");
        } catch (SQLException e) {
            throw new IOException("DuckDB could not write " + parquet + ": " + e.getMessage(), e);
        }
    }

    private static CsvRowBuffer spareBuffer(Queue<CsvRowBuffer> spareBuffers) {
        CsvRowBuffer buffer = spareBuffers.poll();
        return buffer != null ? buffer : new CsvRowBuffer(BUFFER_BYTES);
    }

    private static void writeAndRecycle(CsvRowBuffer buffer, OutputStream out, Queue<CsvRowBuffer> spareBuffers)
            throws IOException {
        buffer.writeTo(out);
        buffer.clear();
        spareBuffers.add(buffer);
    }

    private static <T> T await(Future<T> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while generating incidents", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IOException("could not render incidents", cause);
        }
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicInteger number = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "synthetic-demand-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    private static final class CountingOutputStream extends OutputStream {
        private final OutputStream target;
        private long count;

        CountingOutputStream(OutputStream target) {
            this.target = target;
        }

        @Override
        public void write(int value) throws IOException {
            target.write(value);
            count++;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            target.write(bytes, offset, length);
            count += length;
        }

        @Override
        public void flush() throws IOException {
            target.flush();
        }
    }
}
