package uk.beacon.governance.domain.ethics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.beacon.governance.domain.FieldErrors;

class EthicsReviewTest {

    private static final EthicsReview COMPLETE = EthicsExamples.complete();

    private static EthicsReview with(List<AlgoCareAnswer> answers, List<String> conditions, String minutes,
            Boolean publishable) {
        return new EthicsReview(answers, COMPLETE.panel(), COMPLETE.advice(), conditions, COMPLETE.adviceDate(),
                minutes, publishable);
    }

    @Test
    void aCompleteReviewHasNoProblems() {
        assertThat(COMPLETE.validate()).isEmpty();
        assertThat(COMPLETE.missing()).isEmpty();
        assertThat(COMPLETE.isComplete()).isTrue();
        assertThat(COMPLETE.publishesMinutes()).isTrue();
    }

    @Test
    void aBlankReviewIsValidButNamesEveryFieldStillToWrite() {
        EthicsReview blank = EthicsReview.blank();

        assertThat(blank.validate()).isEmpty();
        assertThat(blank.missing()).containsOnlyKeys("answers[0].answer", "answers[1].answer", "answers[2].answer",
                "answers[3].answer", "answers[4].answer", "answers[5].answer", "answers[6].answer",
                "answers[7].answer", "panel", "advice", "adviceDate", "minutesPublishable");
        assertThat(blank.missing().get("answers[4].answer")).isEqualTo("Enter the force's answer on challengeable");
        assertThat(blank.isComplete()).isFalse();
    }

    @Test
    void theQuestionsAreTheEightOfAlgoCareInOrder() {
        assertThat(EthicsReview.blank().answers()).extracting(answer -> answer.question().label()).containsExactly(
                "Advisory", "Lawful", "Granularity", "Ownership", "Challengeable", "Accuracy", "Responsible",
                "Explainable");
        assertThat(AlgoCare.values()).allSatisfy(q -> assertThat(q.question()).contains("?").hasSizeGreaterThan(60));
    }

    @Test
    void eachQuestionIsAnsweredOnceAndAllAreAnswered() {
        List<AlgoCareAnswer> answers = new ArrayList<>(COMPLETE.answers().subList(0, 6));
        answers.add(COMPLETE.answers().get(1));
        answers.add(AlgoCareAnswer.blank());

        EthicsReview review = with(answers, List.of(), null, false);

        assertThat(review.validate()).containsOnly(Map.entry("answers[6].question", "Answer Lawful only once"),
                Map.entry("answers[7].question", "Select which question this answer is for"));
        assertThat(review.missing()).containsEntry("answers", "Answer the questions: Responsible, Explainable");
    }

    @Test
    void eachConditionIsWritten() {
        EthicsReview review = with(COMPLETE.answers(), List.of("Audit quarterly", "  "), null, false);

        assertThat(review.validate()).containsOnly(Map.entry("conditions[1]", "Enter condition 2 or remove it"));
        assertThat(with(COMPLETE.answers(), List.of(), null, false).isComplete()).as("no conditions is fine")
                .isTrue();
    }

    @Test
    void minutesToPublishMustBeWrittenAndTheDecisionMade() {
        assertThat(with(COMPLETE.answers(), List.of(), " ", true).validate()).containsOnly(
                Map.entry("minutes", "Enter the minutes to publish, or say they may not be published"));
        assertThat(with(COMPLETE.answers(), List.of(), "Private minutes", null).missing())
                .containsOnly(Map.entry("minutesPublishable", "Select whether the minutes may be published"));
        EthicsReview kept = with(COMPLETE.answers(), List.of(), "Private minutes", false);
        assertThat(kept.isComplete()).isTrue();
        assertThat(kept.publishesMinutes()).isFalse();
    }

    @Test
    void textLongerThanTheLimitIsNamedByItsField() {
        String tooLong = "x".repeat(FieldErrors.LONG_TEXT + 1);
        EthicsReview review = new EthicsReview(List.of(new AlgoCareAnswer(AlgoCare.ADVISORY, tooLong)),
                "p".repeat(FieldErrors.SHORT_TEXT + 1), tooLong, List.of(tooLong), null, null, null);

        assertThat(review.validate()).containsOnlyKeys("answers[0].answer", "panel", "advice", "conditions[0]");
        assertThat(review.validate().get("advice")).isEqualTo("The advice must be 10,000 characters or fewer");
    }

    @Test
    void aCompleteReviewReadFromJsonWritesTheSameJsonBack() {
        JsonMapper json = JsonMapper.builder().build();
        StringBuilder answers = new StringBuilder();
        for (AlgoCare question : AlgoCare.values()) {
            answers.append(answers.isEmpty() ? "" : ",").append("{\"question\": \"").append(question.name())
                    .append("\", \"answer\": \"Answer on ").append(question.label()).append("\"}");
        }
        String in = """
                {"answers": [%s], "panel": "Force Data Ethics Committee", "advice": "Proceed to a six-month pilot.",
                 "conditions": ["Report accuracy by ethnicity every quarter", "Return before production use"],
                 "adviceDate": "2026-02-10", "minutes": "The committee discussed the pilot.", "minutesPublishable": true}
                """.formatted(answers);

        EthicsReview read = json.readValue(in, EthicsReview.class);

        assertThat(read).isEqualTo(COMPLETE);
        JsonNode out = json.readTree(json.writeValueAsString(read));
        assertThat(out).isEqualTo(json.readTree(in));
    }
}
