package uk.beacon.demand.synthetic;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Writes synthetic incidents from the command line. From the packaged jar:
 *
 * <pre>
 * java -cp target/beacon.jar -Dloader.main=uk.beacon.demand.synthetic.GenerateDemand \
 *     org.springframework.boot.loader.launch.PropertiesLauncher --incidents 1000 --out x.csv
 * </pre>
 */
public final class GenerateDemand {

    static final String USAGE = """
            Usage: GenerateDemand --out FILE [options]
              --out FILE              where to write (replaced if it exists)
              --format csv|parquet    default: parquet for a .parquet file name, else csv
              --incidents N           exactly N incidents (default: sized by the force's residents)
              --force ID              force id as data.police.uk names it (default: metropolitan)
              --population N          size volume by N residents instead of the force's own figure
              --officers N            size volume by N officers (FTE) when no population is given
              --from YYYY-MM          first month, UTC (default: 2025-01)
              --months N              number of months (default: 12)
              --seed N                random seed (default: 42); same seed, same bytes
              --emergency-share X     share of priority 1 incidents (default: 0.12)
              --bbox S,W,N,E          place incidents in this box of latitudes and longitudes
              --threads N             rendering threads (default: all processors)
              --columns all|required  fill every column (default), or only id, time, month, type, priority
              --help                  show this
            """;

    private GenerateDemand() {
    }

    public static void main(String[] args) {
        int status = run(args, System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    /** Runs the command; 0 on success, 2 for a usage error, 1 when writing failed. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        SyntheticDemandParameters parameters;
        Path file;
        try {
            Options options = Options.parse(args);
            if (options.help) {
                out.print(USAGE);
                return 0;
            }
            if (options.file == null) {
                throw new IllegalArgumentException("--out FILE is required");
            }
            file = options.file;
            parameters = options.toParameters();
            SyntheticDemand.plannedIncidents(parameters); // checks the force and the figures before writing
        } catch (IllegalArgumentException e) {
            err.println("GenerateDemand: " + e.getMessage());
            err.print(USAGE);
            return 2;
        }
        try {
            SyntheticDemand.Result result = SyntheticDemand.write(parameters, file);
            double seconds = result.elapsed().toNanos() / 1e9;
            out.printf(Locale.ROOT, "Wrote %,d incidents (%s, %s to %s, seed %d) to %s as %s: %s in %.2f s"
                    + " (%,.0f rows/s)%n",
                    result.incidents(), parameters.forceId(), parameters.firstMonth(),
                    parameters.endMonthExclusive().minusMonths(1), parameters.seed(), file,
                    parameters.format().name(), size(result.bytes()), seconds,
                    seconds > 0 ? result.incidents() / seconds : 0.0);
            return 0;
        } catch (IOException | RuntimeException e) {
            err.println("GenerateDemand: could not write " + file + ": " + e.getMessage());
            return 1;
        }
    }

    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        String[] units = { "KB", "MB", "GB", "TB" };
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
    }

    private static final class Options {
        boolean help;
        Path file;
        String format;
        Long incidents;
        String force = SyntheticDemandParameters.DEFAULT_FORCE;
        Long population;
        Double officers;
        YearMonth from = SyntheticDemandParameters.DEFAULT_FIRST_MONTH;
        int months = SyntheticDemandParameters.DEFAULT_MONTHS;
        long seed = SyntheticDemandParameters.DEFAULT_SEED;
        double emergencyShare = SyntheticDemandParameters.DEFAULT_EMERGENCY_SHARE;
        BoundingBox box;
        Integer threads;
        SyntheticDemandParameters.Columns columns = SyntheticDemandParameters.Columns.ALL;

        static Options parse(String[] args) {
            Options options = new Options();
            for (int i = 0; i < args.length; i++) {
                String name = args[i];
                if (name.equals("--help") || name.equals("-h")) {
                    options.help = true;
                    continue;
                }
                String value;
                int equals = name.indexOf('=');
                if (name.startsWith("--") && equals > 0) {
                    value = name.substring(equals + 1);
                    name = name.substring(0, equals);
                } else {
                    if (i + 1 >= args.length) {
                        throw new IllegalArgumentException(name + " needs a value");
                    }
                    value = args[++i];
                }
                switch (name) {
                    case "--out" -> options.file = Path.of(value);
                    case "--format" -> options.format = value;
                    case "--incidents" -> options.incidents = whole(name, value);
                    case "--force" -> options.force = value;
                    case "--population" -> options.population = whole(name, value);
                    case "--officers" -> options.officers = decimal(name, value);
                    case "--from" -> options.from = month(value);
                    case "--months" -> options.months = Math.toIntExact(whole(name, value));
                    case "--seed" -> options.seed = whole(name, value);
                    case "--emergency-share" -> options.emergencyShare = decimal(name, value);
                    case "--bbox" -> options.box = BoundingBox.parse(value);
                    case "--threads" -> options.threads = Math.toIntExact(whole(name, value));
                    case "--columns" -> options.columns = columns(value);
                    default -> throw new IllegalArgumentException("unknown option " + name);
                }
            }
            return options;
        }

        SyntheticDemandParameters toParameters() {
            OutputFormat outputFormat = format != null ? OutputFormat.parse(format) : OutputFormat.forFileName(file);
            SyntheticDemandParameters parameters = SyntheticDemandParameters.defaults().withForce(force)
                    .withPopulation(population).withOfficers(officers).withIncidents(incidents)
                    .withPeriod(from, months).withSeed(seed).withFormat(outputFormat)
                    .withEmergencyShare(emergencyShare).withBoundingBox(box).withColumns(columns);
            return threads != null ? parameters.withThreads(threads) : parameters;
        }

        private static SyntheticDemandParameters.Columns columns(String value) {
            return switch (value) {
                case "all" -> SyntheticDemandParameters.Columns.ALL;
                case "required" -> SyntheticDemandParameters.Columns.REQUIRED;
                default -> throw new IllegalArgumentException("--columns takes all or required, not '" + value + "'");
            };
        }

        private static long whole(String name, String value) {
            try {
                return Long.parseLong(value.replace("_", ""));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(name + " takes a whole number, not '" + value + "'", e);
            }
        }

        private static double decimal(String name, String value) {
            try {
                return Double.parseDouble(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(name + " takes a number, not '" + value + "'", e);
            }
        }

        private static YearMonth month(String value) {
            try {
                return YearMonth.parse(value);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("--from takes a month as YYYY-MM, not '" + value + "'", e);
            }
        }
    }
}
