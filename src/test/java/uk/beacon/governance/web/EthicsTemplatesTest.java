package uk.beacon.governance.web;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.beacon.governance.web.DpiaTemplatesTest.ESCAPED;
import static uk.beacon.governance.web.DpiaTemplatesTest.SCRIPT;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.web.util.HtmlUtils;
import uk.beacon.governance.domain.ethics.AlgoCare;
import uk.beacon.governance.domain.ethics.AlgoCareAnswer;
import uk.beacon.governance.domain.ethics.EthicsExamples;
import uk.beacon.governance.domain.ethics.EthicsReview;

class EthicsTemplatesTest {

    private static String view(EthicsReview review, boolean showMinutes) {
        return DpiaTemplates.render("governance/ethics-view", "ethicsView",
                Map.of("review", review, "showMinutes", showMinutes));
    }

    private static EthicsReview hostile(Boolean publishable) {
        return new EthicsReview(Arrays.stream(AlgoCare.values()).map(q -> new AlgoCareAnswer(q, SCRIPT)).toList(),
                SCRIPT, SCRIPT, List.of(SCRIPT), LocalDate.of(2026, 2, 10), SCRIPT, publishable);
    }

    @Test
    void theViewShowsTheAnswersAdviceConditionsAndPublishableMinutes() {
        String html = view(EthicsExamples.complete(), false);

        assertThat(html).contains("Answer on Explainable").contains("Force Data Ethics Committee")
                .contains("10 February 2026").contains("Proceed to a six-month pilot.")
                .contains("Report accuracy by ethnicity every quarter").contains("The committee discussed the pilot.");
    }

    @Test
    void minutesNotForPublicationShowOnlyToThoseAllowedToSeeThem() {
        EthicsReview review = new EthicsReview(EthicsExamples.complete().answers(), "Panel", "Advice", List.of(),
                LocalDate.of(2026, 2, 10), "Confidential discussion", false);

        assertThat(view(review, false)).doesNotContain("Confidential discussion")
                .contains("The panel has not allowed the minutes to be published");
        assertThat(view(review, true)).contains("Confidential discussion").contains("Not for publication.");
    }

    @Test
    void textPeopleWroteIsEscapedInTheViewAndTheForm() {
        String html = view(hostile(true), true);
        String form = DpiaTemplates.render("governance/ethics-form", "ethicsFields",
                Map.of("form", EthicsForm.of(hostile(null)), "errors", Map.of("panel", SCRIPT)));

        assertThat(html).doesNotContain("<script").contains(ESCAPED);
        assertThat(form).doesNotContain("<script").contains(ESCAPED);
    }

    @Test
    void theFormAsksEachAlgoCareQuestionAndLinksErrorsToFields() {
        String html = DpiaTemplates.render("governance/ethics-form", "ethicsFields",
                Map.of("form", EthicsForm.blank(), "errors", Map.of("answers[7].answer", "Enter the answer")));

        for (AlgoCare question : AlgoCare.values()) {
            assertThat(html).contains(HtmlUtils.htmlEscape(question.question()));
        }
        assertThat(html).contains("id=\"answers[7].answer-error\"").contains("name=\"answers[0].question\" value=\"ADVISORY\"")
                .contains("name=\"conditions\"").contains("name=\"minutesPublishable\"");
    }
}
