package uk.beacon.governance.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.beacon.governance.domain.ethics.AlgoCare;
import uk.beacon.governance.domain.ethics.AlgoCareAnswer;
import uk.beacon.governance.domain.ethics.EthicsReview;
import uk.beacon.governance.web.DpiaFormValues.Option;

/**
 * The ethics review form as typed, for binding a POST with {@code @ModelAttribute EthicsForm form}: fields named by
 * the same path as the {@link EthicsReview}'s JSON ({@code answers[3].answer}), except the conditions, which are
 * typed one a line in one field, {@code conditions}. {@link #of} fills it from a review; {@link #parse} reads it
 * back with an error for each field at fault.
 */
public record EthicsForm(List<AnswerFields> answers, String panel, String advice, String conditions,
        String adviceDate, String minutes, String minutesPublishable) {

    public EthicsForm {
        answers = answers == null ? List.of() : answers;
    }

    public record AnswerFields(String question, String answer) {

        /** The question's heading, or the text sent when it names none. */
        public String label() {
            AlgoCare known = known();
            return known == null ? DpiaFormValues.string(question) : known.label();
        }

        public String text() {
            AlgoCare known = known();
            return known == null ? "" : known.question();
        }

        private AlgoCare known() {
            return Arrays.stream(AlgoCare.values()).filter(q -> q.name().equals(question)).findFirst().orElse(null);
        }
    }

    /** What {@link #parse} read: the review (its unreadable values left out) and the errors by field id. */
    public record Parsed(EthicsReview review, Map<String, String> errors) {
    }

    public static EthicsForm blank() {
        return of(EthicsReview.blank());
    }

    /** The form showing this review, with a place for each question it does not yet answer. */
    public static EthicsForm of(EthicsReview review) {
        List<AnswerFields> answers = new ArrayList<>();
        for (AlgoCareAnswer answer : review.answers()) {
            answers.add(new AnswerFields(answer.question() == null ? null : answer.question().name(),
                    answer.answer()));
        }
        for (AlgoCare question : AlgoCare.values()) {
            if (review.answer(question) == null) {
                answers.add(new AnswerFields(question.name(), null));
            }
        }
        return new EthicsForm(answers, review.panel(), review.advice(), String.join("\n", review.conditions()),
                DpiaFormValues.date(review.adviceDate()), review.minutes(),
                DpiaFormValues.yesNo(review.minutesPublishable()));
    }

    /**
     * The review this form holds and the errors in it: values that cannot be read and what
     * {@link EthicsReview#validate()} finds, keyed by the id of the field that shows them. Empty lines among the
     * conditions are dropped.
     */
    public Parsed parse() {
        Map<String, String> errors = new LinkedHashMap<>();
        List<AlgoCareAnswer> parsedAnswers = new ArrayList<>();
        for (int i = 0; i < answers.size(); i++) {
            AnswerFields a = answers.get(i) == null ? new AnswerFields(null, null) : answers.get(i);
            parsedAnswers.add(new AlgoCareAnswer(DpiaFormValues.choice(AlgoCare.class, "answers[" + i + "].question",
                    a.question(), "Select a question from the list", errors), DpiaFormValues.text(a.answer())));
        }
        List<String> parsedConditions = conditions == null ? List.of()
                : conditions.lines().filter(line -> !line.isBlank()).map(String::strip).toList();
        EthicsReview review = new EthicsReview(parsedAnswers, DpiaFormValues.text(panel),
                DpiaFormValues.text(advice), parsedConditions,
                DpiaFormValues.date("adviceDate", adviceDate, "The date of the advice", errors),
                DpiaFormValues.text(minutes), DpiaFormValues.yesNo("minutesPublishable", minutesPublishable,
                        "Select yes or no", errors));
        for (Map.Entry<String, String> error : review.validate().entrySet()) {
            errors.putIfAbsent(formField(error.getKey()), error.getValue());
        }
        return new Parsed(review, errors);
    }

    /** The field id in this form of a review's field id: each condition is a line of the one conditions field. */
    public String formField(String reviewField) {
        return reviewField.startsWith("conditions[") ? "conditions" : reviewField;
    }

    public List<Option> yesNo() {
        return DpiaFormValues.YES_NO;
    }
}
