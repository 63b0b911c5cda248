package uk.beacon.governance.domain.dpia;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import uk.beacon.governance.domain.FieldErrors;

/**
 * A data protection impact assessment after CNIL's PIA method (CNIL, "Privacy Impact Assessment (PIA):
 * Methodology", 2018 edition): the context of the processing, the fundamental principles, the three privacy risks
 * with their measures, then validation: the risk map, the action plan, the data protection officer's opinion, the
 * views of the people affected and the controller's sign-off.
 *
 * <p>A plain record that reads from and writes to JSON as it is: the field names of the JSON are the component
 * names, enums by name, dates as ISO {@code 2026-03-31}. Missing parts read as blank ones, so every accessor of a
 * part is non-null; text, numbers and dates may be null while the DPIA is a draft.
 *
 * <p>Two kinds of check, both keyed by the form field id, which is also the JSON path
 * ({@code risks[0].severityAfter}): {@link #validate()} finds what is wrong in what has been written (a draft may be
 * saved when it is empty); {@link #missing()} finds what has still to be written. {@link #isComplete()} when
 * neither finds anything.
 */
public record Dpia(DpiaContext context, List<PrincipleAssessment> principles, List<Risk> risks,
        List<Action> actionPlan, DpoOpinion dpoOpinion, AffectedPeople affectedPeople, SignOff signOff) {

    public Dpia {
        context = context == null ? DpiaContext.blank() : context;
        principles = FieldErrors.copy(principles, PrincipleAssessment::blank);
        risks = FieldErrors.copy(risks, () -> Risk.blank(null));
        actionPlan = FieldErrors.copy(actionPlan, Action::blank);
        dpoOpinion = dpoOpinion == null ? DpoOpinion.blank() : dpoOpinion;
        affectedPeople = affectedPeople == null ? AffectedPeople.blank() : affectedPeople;
        signOff = signOff == null ? SignOff.blank() : signOff;
    }

    /** An empty DPIA with a place for each principle and each risk, in CNIL's order. */
    public static Dpia blank() {
        return new Dpia(DpiaContext.blank(),
                Arrays.stream(Principle.values()).map(p -> new PrincipleAssessment(p, null, null)).toList(),
                Arrays.stream(RiskKind.values()).map(Risk::blank).toList(),
                List.of(), DpoOpinion.blank(), AffectedPeople.blank(), SignOff.blank());
    }

    /**
     * The highest residual risk: the largest severity × likelihood after measures over the risks assessed, from 1
     * to 16, or null when no risk has both. A product rather than the larger of the two, so that a risk both
     * severe and likely ranks above one that is only one of these; equal products (4 × 1 and 2 × 2) rank alike,
     * and the risk map shows which is which.
     */
    public Integer highestResidualRisk() {
        return risks.stream().map(Risk::residualScore).filter(Objects::nonNull).max(Integer::compare).orElse(null);
    }

    /** The assessment of this risk, or null when the DPIA has none. */
    public Risk risk(RiskKind kind) {
        return risks.stream().filter(risk -> risk.kind() == kind).findFirst().orElse(null);
    }

    /** The answer to this principle, or null when the DPIA has none. */
    public PrincipleAssessment principle(Principle principle) {
        return principles.stream().filter(answer -> answer.principle() == principle).findFirst().orElse(null);
    }

    /** What is wrong in what has been written, keyed by field id; empty when nothing is. */
    public Map<String, String> validate() {
        FieldErrors errors = new FieldErrors();
        context.validate(errors);
        Set<Principle> seenPrinciples = EnumSet.noneOf(Principle.class);
        for (int i = 0; i < principles.size(); i++) {
            PrincipleAssessment answer = principles.get(i);
            answer.validate("principles[" + i + "]", errors);
            if (answer.principle() != null && !seenPrinciples.add(answer.principle())) {
                errors.add("principles[" + i + "].principle", "Answer " + answer.principle().label() + " only once");
            }
        }
        Set<RiskKind> seenRisks = EnumSet.noneOf(RiskKind.class);
        for (int i = 0; i < risks.size(); i++) {
            Risk risk = risks.get(i);
            risk.validate("risks[" + i + "]", errors);
            if (risk.kind() != null && !seenRisks.add(risk.kind())) {
                errors.add("risks[" + i + "].kind", "Assess " + risk.kind().label() + " only once");
            }
        }
        for (int i = 0; i < actionPlan.size(); i++) {
            actionPlan.get(i).validate("actionPlan[" + i + "]", errors);
        }
        dpoOpinion.validate(errors);
        affectedPeople.validate(errors);
        signOff.validate(errors);
        return errors.map();
    }

    /** What has still to be written before the DPIA is complete, keyed by field id; empty when nothing has. */
    public Map<String, String> missing() {
        FieldErrors errors = new FieldErrors();
        context.missing(errors);
        List<Principle> unanswered = new ArrayList<>(List.of(Principle.values()));
        for (int i = 0; i < principles.size(); i++) {
            principles.get(i).missing("principles[" + i + "]", errors);
            unanswered.remove(principles.get(i).principle());
        }
        if (!unanswered.isEmpty()) {
            errors.add("principles", "Answer " + (unanswered.size() == 1 ? "the principle: " : "the principles: ")
                    + String.join(", ", unanswered.stream().map(Principle::label).toList()));
        }
        List<RiskKind> unassessed = new ArrayList<>(List.of(RiskKind.values()));
        for (int i = 0; i < risks.size(); i++) {
            risks.get(i).missing("risks[" + i + "]", errors);
            unassessed.remove(risks.get(i).kind());
        }
        if (!unassessed.isEmpty()) {
            errors.add("risks", "Assess " + (unassessed.size() == 1 ? "the risk: " : "the risks: ")
                    + String.join(", ", unassessed.stream().map(RiskKind::label).toList()));
        }
        for (int i = 0; i < actionPlan.size(); i++) {
            actionPlan.get(i).missing("actionPlan[" + i + "]", errors);
        }
        dpoOpinion.missing(errors);
        affectedPeople.missing(errors);
        signOff.missing(errors);
        return errors.map();
    }

    /** Both checks together, what is wrong first, for a submission that needs a complete DPIA. */
    public Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>(validate());
        missing().forEach(problems::putIfAbsent);
        return problems;
    }

    /**
     * Whether every part is written and nothing is wrong, including the controller's sign-off. Not part of the
     * JSON, which holds only what was written.
     */
    @JsonIgnore
    public boolean isComplete() {
        return problems().isEmpty();
    }
}
