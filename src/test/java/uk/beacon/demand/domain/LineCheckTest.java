package uk.beacon.demand.domain;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LineCheckTest {

    private static void check(LineCheck check, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        check.accept(bytes, 0, bytes.length);
    }

    @Test
    void aLineOneByteOverTheLimitFailsNamingItsLineEvenAcrossBuffers() {
        LineCheck check = new LineCheck("f.csv", 20);
        check(check, "header\n" + "x".repeat(12));

        assertThatThrownBy(() -> check(check, "x".repeat(9))).isInstanceOf(ImportException.class)
                .hasMessage("f.csv line 2: the line is longer than 20 characters, so this is not a file Beacon can read");
    }

    @Test
    void aLineExactlyAtTheLimitIsRead() {
        LineCheck check = new LineCheck("f.csv", 20);

        assertThatCode(() -> check(check, "x".repeat(20) + "\n" + "y".repeat(20) + "\n")).doesNotThrowAnyException();
    }

    @Test
    void aNulByteFailsNamingItsLineWhereverItIsInAWord() {
        for (int at = 0; at < 9; at++) {
            LineCheck check = new LineCheck("f.csv");
            String line = "a".repeat(at) + "\0" + "b".repeat(16);
            assertThatThrownBy(() -> check(check, "h\nr\n" + line)).hasMessageStartingWith("f.csv line 3: holds a NUL");
        }
    }

    @Test
    void charactersAreCheckedByTheSameRules() {
        LineCheck check = new LineCheck("f.csv", 3);
        "abc\nab".chars().forEach(check::accept);

        assertThatThrownBy(() -> "cd".chars().forEach(check::accept)).hasMessageStartingWith("f.csv line 2: the line");
    }
}
