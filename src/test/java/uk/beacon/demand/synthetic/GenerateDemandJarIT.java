package uk.beacon.demand.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.beacon.demand.bench.DuckDbLoadBaseline;

/**
 * The generator and the DuckDB baseline run from the packaged jar as bench/README.md says, through
 * Spring Boot's PropertiesLauncher and without starting Spring (the baseline, a benchmark program,
 * from the test classes added to the jar's class path); DuckDB's native library loads from inside the
 * jar. The jar holds the generator, which the demo loader uses, but no benchmark program.
 */
class GenerateDemandJarIT {

    @TempDir
    Path directory;

    private static String runFromJar(Class<?> main, String... args) throws IOException, InterruptedException {
        Path jar = Path.of("target", "beacon.jar");
        assertThat(jar).as("run 'package' first").exists();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx256m", "-cp", jar.toString(), "-Dloader.path=target/test-classes",
                "-Dloader.main=" + main.getName(),
                "org.springframework.boot.loader.launch.PropertiesLauncher"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        boolean finished = process.waitFor(2, TimeUnit.MINUTES);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!finished) {
            process.destroyForcibly();
        }
        assertThat(finished).as("finished in time").isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }

    @Test
    void writesCsvAndParquetFromThePackagedJar() throws Exception {
        Path csv = directory.resolve("x.csv");
        Path parquet = directory.resolve("x.parquet");

        assertThat(runFromJar(GenerateDemand.class, "--incidents", "1000", "--out", csv.toString()))
                .contains("Wrote 1,000 incidents");
        assertThat(runFromJar(GenerateDemand.class, "--incidents", "1000", "--out", parquet.toString()))
                .contains("as PARQUET");

        assertThat(Files.readAllLines(csv)).hasSize(1001);
        assertThat(Files.size(parquet)).isPositive();
    }

    @Test
    void theDuckDbBaselineLoadsTheGeneratedCsv() throws Exception {
        Path csv = directory.resolve("x.csv");
        runFromJar(GenerateDemand.class, "--incidents", "5000", "--out", csv.toString());

        assertThat(runFromJar(DuckDbLoadBaseline.class, csv.toString())).containsPattern(
                "duckdb read_csv: 5000 rows in [0-9.]+ s \\([0-9,]+ rows/s\\)");
    }

    @Test
    void theJarHoldsTheGeneratorButNoBenchmarkProgram() throws IOException {
        List<String> classes;
        try (JarFile jar = new JarFile(Path.of("target", "beacon.jar").toFile())) {
            classes = jar.stream().map(ZipEntry::getName).filter(name -> name.startsWith("BOOT-INF/classes/uk/"))
                    .filter(name -> name.endsWith(".class")).toList();
        }

        assertThat(classes).contains("BOOT-INF/classes/uk/beacon/demand/synthetic/GenerateDemand.class",
                "BOOT-INF/classes/uk/beacon/demand/synthetic/SyntheticDemand.class");
        assertThat(classes).noneMatch(name -> name.contains("/bench/")
                || name.matches(".*/[A-Za-z]*(Bench|Benchmark|Baseline)(\\$.*)?\\.class"));
    }
}
