package uk.beacon.demand.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Locale;
import uk.beacon.demand.store.DemandDatabases;
import uk.beacon.demand.synthetic.DuckDbCanonicalCsv;

/**
 * A benchmark baseline: how long DuckDB's own {@code read_csv} takes to load a canonical incident CSV
 * into an in-memory table, with the columns typed as Beacon reads them. Any importer of ours should
 * be measured against this; then, for comparison, the same read that only counts the rows. Usage:
 * {@code DuckDbLoadBaseline FILE.csv}; {@code bench/demand-generate-and-load.sh} and
 * {@code bench/demand-import.sh} run it from the test classes beside the packaged jar.
 */
public final class DuckDbLoadBaseline {

    private DuckDbLoadBaseline() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("Usage: DuckDbLoadBaseline FILE.csv");
            System.exit(2);
        }
        Path csv = Path.of(args[0]);
        if (!Files.isRegularFile(csv)) {
            System.err.println("DuckDbLoadBaseline: no such file: " + csv);
            System.exit(2);
        }
        try (Connection connection = DemandDatabases.scratch();
                Statement statement = connection.createStatement()) {
            String read = DuckDbCanonicalCsv.readCsv(csv);
            // Each figure is the median of three runs: a single load's time varies by a third from run to run.
            double seconds = median("read_csv into an in-memory table", () -> {
                statement.execute("CREATE OR REPLACE TABLE incidents AS SELECT * FROM " + read);
            });
            long rows;
            try (ResultSet result = statement.executeQuery("SELECT count(*) FROM incidents")) {
                result.next();
                rows = result.getLong(1);
            }
            statement.execute("DROP TABLE incidents");
            int threads;
            try (ResultSet result = statement.executeQuery("SELECT current_setting('threads')")) {
                result.next();
                threads = result.getInt(1);
            }
            System.out.printf(Locale.ROOT, "duckdb read_csv: %d rows in %.2f s (%,.0f rows/s)%n", rows, seconds,
                    rows / seconds);
            System.out.printf(Locale.ROOT, "(DuckDB used %d threads; the table is in memory)%n", threads);

            // The same load into a table of a database file, as an import must store its rows: DuckDB
            // then compresses them and writes them out, which an in-memory table does not.
            seconds = median("read_csv into a database file", () -> {
                Path database = Files.createTempFile("baseline-", ".duckdb");
                Files.delete(database);
                try {
                    statement.execute("ATTACH " + DuckDbCanonicalCsv.sqlString(database.toString()) + " AS on_disk");
                    statement.execute("CREATE TABLE on_disk.incidents AS SELECT * FROM " + read);
                    statement.execute("CHECKPOINT on_disk");
                    statement.execute("DETACH on_disk");
                } finally {
                    Files.deleteIfExists(database);
                    Files.deleteIfExists(Path.of(database + ".wal"));
                }
            });
            System.out.printf(Locale.ROOT, "duckdb read_csv into a database file: %d rows in %.2f s (%,.0f rows/s)%n",
                    rows, seconds, rows / seconds);

            // Parsing alone, without storing the rows: shows how much of the load is building the table.
            seconds = median("read_csv, parse and count only", () -> {
                statement.executeQuery("SELECT count(*) FROM " + read).close();
            });
            System.out.printf(Locale.ROOT, "duckdb read_csv, parse and count only: %d rows in %.2f s (%,.0f rows/s)%n",
                    rows, seconds, rows / seconds);
        }
    }

    private interface Load {
        void run() throws Exception;
    }

    private static final int RUNS = 3;

    /** Runs the load three times, says how long each took, and gives the median in seconds. */
    private static double median(String what, Load load) throws Exception {
        double[] times = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            load.run();
            times[i] = (System.nanoTime() - start) / 1e9;
        }
        System.out.printf(Locale.ROOT, "(%s, each run: %s s)%n", what, java.util.Arrays.stream(times)
                .mapToObj(t -> String.format(Locale.ROOT, "%.2f", t)).collect(java.util.stream.Collectors.joining(", ")));
        java.util.Arrays.sort(times);
        return times[RUNS / 2];
    }
}
