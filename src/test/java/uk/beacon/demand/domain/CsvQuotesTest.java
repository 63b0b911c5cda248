package uk.beacon.demand.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvQuotesTest {

    @Test
    void findsTheFieldWithTextAfterItsClosingQuote() {
        assertThat(CsvQuotes.badField("a,b,\"Theft\"x,1")).isEqualTo(2);
    }

    @Test
    void findsAQuotedFieldStillOpenAtTheLineEnd() {
        assertThat(CsvQuotes.badField("a,\"open")).isEqualTo(1);
    }

    @Test
    void acceptsRightlyQuotedFieldsWithDoubledQuotesAndEmptyOnes() {
        assertThat(CsvQuotes.badField("a,\"say \"\"hi\"\"\",,\"\",x\r")).isEqualTo(-1);
        assertThat(CsvQuotes.badField("")).isEqualTo(-1);
    }
}
