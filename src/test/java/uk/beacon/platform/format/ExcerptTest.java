package uk.beacon.platform.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExcerptTest {

    @Test
    void aShortValueIsRepeatedWhole() {
        assertThat(Excerpt.of("Theft")).isEqualTo("Theft");
    }

    @Test
    void aLongValueIsCutAndSaysHowLongItWas() {
        assertThat(Excerpt.of("x".repeat(3_000))).isEqualTo("x".repeat(40) + "… (3,000 characters in all)");
    }

    @Test
    void lineBreaksAndOtherControlCharactersAreWrittenOutSoTheyCannotForgeALogLine() {
        assertThat(Excerpt.escape("Theft\r\n2021-01-01 INFO forged\u0000\u2028"))
                .isEqualTo("Theft\\r\\n2021-01-01 INFO forged\\u0000\\u2028");
        assertThat(Excerpt.of("a\nb")).isEqualTo("a\\nb");
    }

    @Test
    void aMessageIsCutToFitItsColumnWithAnEllipsis() {
        assertThat(Excerpt.fit("abcdef", 4)).isEqualTo("abc…");
        assertThat(Excerpt.fit("abcd", 4)).isEqualTo("abcd");
        assertThat(Excerpt.fit(null, 4)).isNull();
    }

    @Test
    void aCutNeverSplitsACharacterOutsideTheBasicPlane() {
        String emoji = "\uD83D\uDE93";
        assertThat(Excerpt.of("a" + emoji + "b", 2)).startsWith("a…");
        assertThat(Excerpt.fit("ab" + emoji + "cd", 4)).isEqualTo("ab…");
    }
}
