package uk.beacon.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import uk.beacon.testsupport.WebTest;

/**
 * What Beacon logs cannot forge a log line: in the application's real logging (Spring Boot's logback, configured
 * by logback-spring.xml, writing to the console), a message or exception quoting input with line breaks is
 * written as one line with the breaks escaped.
 */
@WebTest
@ExtendWith(OutputCaptureExtension.class)
class LogInjectionTest {

    private static final Logger log = LoggerFactory.getLogger(LogInjectionTest.class);

    @Test
    void aLoggedValueWithALineBreakStaysOnOneLine(CapturedOutput output) {
        String marker = UUID.randomUUID().toString();

        log.warn("Bad value in column 'Crime type' ({}): {}", marker,
                "Theft\n2026-12-08T00:00:00Z  INFO 1 --- [beacon] [main] u.b.Forged : admin signed in\u2028x\r");

        List<String> lines = linesWith(output, marker);
        assertThat(lines).singleElement().satisfies(line -> assertThat(line)
                .endsWith("Theft\\n2026-12-08T00:00:00Z  INFO 1 --- [beacon] [main] u.b.Forged : admin signed in"
                        + "\\u2028x\\r"));
        assertThat(output.getOut()).doesNotContain("\nx\r").doesNotContain("\u2028");
        assertThat(Arrays.stream(output.getOut().split("\n"))).noneMatch(line -> line.startsWith("2026-12-08T00:00:00Z"));
    }

    @Test
    void anExceptionsMessageWithALineBreakStaysOnItsLineAndTheStackTraceKeepsItsLines(CapturedOutput output) {
        String marker = UUID.randomUUID().toString();

        log.error("Import failed " + marker, new IllegalStateException("Unreadable " + marker + "\nFORGED line",
                new IllegalArgumentException("cause " + marker + "\r\nFORGED cause")));

        assertThat(linesWith(output, marker)).hasSize(3)
                .anySatisfy(line -> assertThat(line).isEqualTo(
                        "java.lang.IllegalStateException: Unreadable " + marker + "\\nFORGED line"))
                .anySatisfy(line -> assertThat(line).startsWith(
                        "Caused by: java.lang.IllegalArgumentException: cause " + marker + "\\r\\nFORGED cause"));
        assertThat(Arrays.stream(output.getOut().split("\n"))).noneMatch(line -> line.startsWith("FORGED"));
        assertThat(output.getOut()).contains("\tat uk.beacon.platform.web.LogInjectionTest.");
    }

    private static List<String> linesWith(CapturedOutput output, String marker) {
        return Arrays.stream(output.getOut().split("\n")).filter(line -> line.contains(marker)).toList();
    }
}
