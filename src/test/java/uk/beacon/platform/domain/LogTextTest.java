package uk.beacon.platform.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LogTextTest {

    @Test
    void lineBreaksAndTabsBecomeTheirEscapes() {
        assertThat(LogText.escape("Theft\r\n2026-12-08 INFO forged line\tx")).isEqualTo(
                "Theft\\r\\n2026-12-08 INFO forged line\\tx");
    }

    @Test
    void otherControlsSeparatorsAndBidirectionalOverridesBecomeUnicodeEscapes() {
        assertThat(LogText.escape("a\u0000b\u001b[31mc\u007fd\u0085e\u009bf\u2028g\u2029h\u202ei\u2066j"))
                .isEqualTo("a\\u0000b\\u001b[31mc\\u007fd\\u0085e\\u009bf\\u2028g\\u2029h\\u202ei\\u2066j");
    }

    @Test
    void ordinaryTextIsKeptAsItIs() {
        String text = "City of London Police — Anti-social behaviour, £1,234, café, \\n as typed, 東京";

        assertThat(LogText.escape(text)).isSameAs(text);
        assertThat(LogText.escape(null)).isNull();
    }
}
