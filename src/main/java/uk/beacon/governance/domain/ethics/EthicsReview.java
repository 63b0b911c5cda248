package uk.beacon.governance.domain.ethics;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.beacon.governance.domain.FieldErrors;

/**
 * An ethics review: the force's answers to the ALGO-CARE questions ({@link AlgoCare}), then the ethics panel's
 * advice, the conditions it sets and the date it advised, and the minutes of its meeting with whether they may be
 * published.
 *
 * <p>A plain record that reads from and writes to JSON as it is, like the DPIA: component names as field names,
 * enums by name, dates as ISO {@code 2026-03-31}, missing lists as empty ones. {@link #validate()} finds what is
 * wrong in what has been written, {@link #missing()} what has still to be written, both keyed by form field id
 * (which is also the JSON path, such as {@code answers[2].answer} or {@code conditions[0]}).
 *
 * @param answers the force's answers, one for each question
 * @param panel the name of the panel that gave the advice
 * @param advice the panel's advice
 * @param conditions the conditions the panel sets, one a line; none is an empty list
 * @param adviceDate the date of the advice
 * @param minutes the minutes of the panel's meeting
 * @param minutesPublishable whether the minutes may be published; null until decided
 */
public record EthicsReview(List<AlgoCareAnswer> answers, String panel, String advice, List<String> conditions,
        LocalDate adviceDate, String minutes, Boolean minutesPublishable) {

    public EthicsReview {
        answers = FieldErrors.copy(answers, AlgoCareAnswer::blank);
        conditions = FieldErrors.copy(conditions, () -> "");
    }

    /** An empty review with a place for each question, in ALGO-CARE's order. */
    public static EthicsReview blank() {
        return new EthicsReview(Arrays.stream(AlgoCare.values()).map(q -> new AlgoCareAnswer(q, null)).toList(),
                null, null, List.of(), null, null, null);
    }

    /** The answer to this question, or null when the review has none. */
    public AlgoCareAnswer answer(AlgoCare question) {
        return answers.stream().filter(answer -> answer.question() == question).findFirst().orElse(null);
    }

    /** Whether the minutes are written and may be published. */
    public boolean publishesMinutes() {
        return Boolean.TRUE.equals(minutesPublishable) && !FieldErrors.blank(minutes);
    }

    /** What is wrong in what has been written, keyed by field id; empty when nothing is. */
    public Map<String, String> validate() {
        FieldErrors errors = new FieldErrors();
        Set<AlgoCare> seen = EnumSet.noneOf(AlgoCare.class);
        for (int i = 0; i < answers.size(); i++) {
            AlgoCareAnswer answer = answers.get(i);
            answer.validate("answers[" + i + "]", errors);
            if (answer.question() != null && !seen.add(answer.question())) {
                errors.add("answers[" + i + "].question", "Answer " + answer.question().label() + " only once");
            }
        }
        errors.length("panel", panel, FieldErrors.SHORT_TEXT, "The panel's name");
        errors.length("advice", advice, FieldErrors.LONG_TEXT, "The advice");
        for (int i = 0; i < conditions.size(); i++) {
            String field = "conditions[" + i + "]";
            if (FieldErrors.blank(conditions.get(i))) {
                errors.add(field, "Enter condition " + (i + 1) + " or remove it");
            }
            errors.length(field, conditions.get(i), FieldErrors.LONG_TEXT, "Condition " + (i + 1));
        }
        errors.length("minutes", minutes, FieldErrors.LONG_TEXT * 5, "The minutes");
        if (Boolean.TRUE.equals(minutesPublishable)) {
            errors.required("minutes", minutes, "Enter the minutes to publish, or say they may not be published");
        }
        return errors.map();
    }

    /** What has still to be written before the review is complete, keyed by field id; empty when nothing has. */
    public Map<String, String> missing() {
        FieldErrors errors = new FieldErrors();
        List<AlgoCare> unanswered = new ArrayList<>(List.of(AlgoCare.values()));
        for (int i = 0; i < answers.size(); i++) {
            answers.get(i).missing("answers[" + i + "]", errors);
            unanswered.remove(answers.get(i).question());
        }
        if (!unanswered.isEmpty()) {
            errors.add("answers", "Answer " + (unanswered.size() == 1 ? "the question: " : "the questions: ")
                    + String.join(", ", unanswered.stream().map(AlgoCare::label).toList()));
        }
        errors.required("panel", panel, "Enter the name of the panel");
        errors.required("advice", advice, "Enter the panel's advice");
        if (adviceDate == null) {
            errors.add("adviceDate", "Enter the date of the panel's advice");
        }
        if (minutesPublishable == null) {
            errors.add("minutesPublishable", "Select whether the minutes may be published");
        }
        return errors.map();
    }

    /** Both checks together, what is wrong first. */
    public Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>(validate());
        missing().forEach(problems::putIfAbsent);
        return problems;
    }

    /** Whether every part is written and nothing is wrong. Not part of the JSON. */
    @JsonIgnore
    public boolean isComplete() {
        return problems().isEmpty();
    }
}
