package uk.beacon.governance.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.beacon.governance.domain.ethics.EthicsExamples;
import uk.beacon.governance.domain.ethics.EthicsReview;

class EthicsFormTest {

    @Test
    void aReviewShownInTheFormReadsBackTheSame() {
        EthicsReview review = EthicsExamples.complete();

        EthicsForm form = EthicsForm.of(review);
        EthicsForm.Parsed parsed = form.parse();

        assertThat(form.conditions()).isEqualTo("Report accuracy by ethnicity every quarter\n"
                + "Return before production use");
        assertThat(form.adviceDate()).isEqualTo("10 2 2026");
        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.review()).isEqualTo(review);
        assertThat(EthicsForm.blank().parse().review()).isEqualTo(EthicsReview.blank());
    }

    @Test
    void conditionsAreOneALineAndEmptyLinesAreDropped() {
        EthicsForm form = new EthicsForm(EthicsForm.blank().answers(), "Panel", null,
                "\r\n  First condition  \r\n\r\nSecond\n", "2026-02-10", null, "no");

        EthicsReview review = form.parse().review();

        assertThat(review.conditions()).containsExactly("First condition", "Second");
        assertThat(review.adviceDate()).isEqualTo(LocalDate.of(2026, 2, 10));
        assertThat(review.minutesPublishable()).isFalse();
    }

    @Test
    void namesEachFieldAtFaultAndConditionsByTheirOneField() {
        EthicsForm form = new EthicsForm(EthicsForm.blank().answers(), null, null, "x".repeat(10_001), "tomorrow",
                "", "yes");

        Map<String, String> errors = form.parse().errors();

        assertThat(errors).containsOnlyKeys("adviceDate", "conditions", "minutes");
        assertThat(errors.get("conditions")).isEqualTo("Condition 1 must be 10,000 characters or fewer");
        assertThat(form.formField("answers[2].answer")).isEqualTo("answers[2].answer");
    }
}
