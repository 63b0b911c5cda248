package uk.beacon.demand.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateDemandTest {

    @TempDir
    Path directory;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return GenerateDemand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void writesTheAskedNumberOfIncidentsAndSaysWhatItWrote() throws IOException {
        Path file = directory.resolve("demand.csv");

        int status = run("--incidents", "1000", "--seed", "7", "--out", file.toString(), "--force", "city-of-london",
                "--from", "2024-04", "--months", "3");

        assertThat(status).isZero();
        assertThat(Files.readAllLines(file)).hasSize(1001);
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith(
                "Wrote 1,000 incidents (city-of-london, 2024-04 to 2024-06, seed 7) to " + file + " as CSV: ")
                .contains(" in ", "rows/s");
        assertThat(Files.readAllLines(file).get(1)).contains(",2024-0");
    }

    @Test
    void fillsOnlyTheRequiredColumnsWhenAskedAndTheyMatchTheFullFile() throws IOException {
        Path full = directory.resolve("full.csv");
        Path lean = directory.resolve("lean.csv");

        assertThat(run("--incidents", "2000", "--out", full.toString())).isZero();
        assertThat(run("--incidents", "2000", "--out", lean.toString(), "--columns", "required")).isZero();

        var fullLines = Files.readAllLines(full);
        var leanLines = Files.readAllLines(lean);
        assertThat(leanLines).hasSameSizeAs(fullLines);
        assertThat(leanLines.get(0)).isEqualTo(fullLines.get(0));
        for (int i = 1; i < leanLines.size(); i++) {
            String[] fields = fullLines.get(i).split(",", 6);
            assertThat(leanLines.get(i)).isEqualTo(String.join(",", java.util.Arrays.copyOf(fields, 5)) + ",,,,,,,,,");
        }
        assertThat(Files.size(lean)).isLessThan(Files.size(full) / 2);
        assertThat(run("--incidents", "10", "--out", lean.toString(), "--columns", "some")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--columns takes all or required, not 'some'");
    }

    @Test
    void writesParquetForAParquetFileName() throws IOException {
        Path file = directory.resolve("demand.parquet");

        assertThat(run("--incidents=500", "--out=" + file)).isZero();

        assertThat(out.toString(StandardCharsets.UTF_8)).contains("as PARQUET");
        assertThat(Files.readAllBytes(file)).startsWith("PAR1".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void explainsAMistakeAndExitsWithTwo() {
        assertThat(run("--incidents", "many", "--out", "x.csv")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--incidents takes a whole number, not 'many'",
                "Usage: GenerateDemand");

        err.reset();
        assertThat(run("--incidents", "10")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--out FILE is required");

        err.reset();
        assertThat(run("--out", "x.csv", "--colour", "blue")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown option --colour");
    }

    @Test
    void printsUsageOnHelp() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("--incidents N", "--format csv|parquet");
    }
}
