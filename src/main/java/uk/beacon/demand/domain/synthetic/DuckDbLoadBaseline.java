package uk.beacon.demand.domain.synthetic;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Locale;

/**
 * A benchmark baseline: how long DuckDB's own {@code read_csv} takes to load a canonical incident CSV
 * into an in-memory table, with the columns typed as Beacon reads them. Any importer of ours should
 * be measured against this; then, for comparison, the same read that only counts the rows. Usage:
 * {@code DuckDbLoadBaseline FILE.csv}.
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
        try (Connection connection = SyntheticDemand.DuckDb.open();
                Statement statement = connection.createStatement()) {
            long start = System.nanoTime();
            statement.execute("CREATE TABLE incidents AS SELECT * FROM " + DuckDbCanonicalCsv.readCsv(csv));
            double seconds = (System.nanoTime() - start) / 1e9;
            long rows;
            try (ResultSet result = statement.executeQuery("SELECT count(*) FROM incidents")) {
                result.next();
                rows = result.getLong(1);
            }
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
            Path database = Files.createTempFile("baseline-", ".duckdb");
            Files.delete(database);
            try {
                statement.execute("ATTACH " + DuckDbCanonicalCsv.sqlString(database.toString()) + " AS on_disk");
                start = System.nanoTime();
                statement.execute("CREATE TABLE on_disk.incidents AS SELECT * FROM " + DuckDbCanonicalCsv.readCsv(csv));
                statement.execute("CHECKPOINT on_disk");
                seconds = (System.nanoTime() - start) / 1e9;
                statement.execute("DETACH on_disk");
                System.out.printf(Locale.ROOT, "duckdb read_csv into a database file: %d rows in %.2f s (%,.0f rows/s)%n",
                        rows, seconds, rows / seconds);
            } finally {
                Files.deleteIfExists(database);
                Files.deleteIfExists(Path.of(database + ".wal"));
            }

            // Parsing alone, without storing the rows: shows how much of the load is building the table.
            start = System.nanoTime();
            try (ResultSet result = statement.executeQuery("SELECT count(*) FROM " + DuckDbCanonicalCsv.readCsv(csv))) {
                result.next();
                rows = result.getLong(1);
            }
            seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "duckdb read_csv, parse and count only: %d rows in %.2f s (%,.0f rows/s)%n",
                    rows, seconds, rows / seconds);
        }
    }
}
