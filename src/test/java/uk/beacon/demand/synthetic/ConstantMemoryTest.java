package uk.beacon.demand.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Streams rather than holds: two million incidents are about 330 MB of CSV, ten times the heap the
 * generator is given here, so it can only finish by writing rows as it goes.
 */
class ConstantMemoryTest {

    @Test
    void generatesTwoMillionIncidentsInAThirtyTwoMegabyteHeap() throws IOException, InterruptedException {
        Path devNull = Path.of("/dev/null");
        assumeTrue(Files.isWritable(devNull), "needs /dev/null");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-Xmx32m", "-XX:+UseSerialGC", "-cp",
                System.getProperty("java.class.path"), GenerateDemand.class.getName(), "--incidents", "2000000",
                "--out", devNull.toString(), "--threads", "2")
                .redirectErrorStream(true).start();
        boolean finished = process.waitFor(5, TimeUnit.MINUTES);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!finished) {
            process.destroyForcibly();
        }

        assertThat(finished).as("finished in time").isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).contains("Wrote 2,000,000 incidents");
    }
}
