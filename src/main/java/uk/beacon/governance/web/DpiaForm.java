package uk.beacon.governance.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.beacon.governance.domain.dpia.Action;
import uk.beacon.governance.domain.dpia.AffectedPeople;
import uk.beacon.governance.domain.dpia.Dpia;
import uk.beacon.governance.domain.dpia.DpiaContext;
import uk.beacon.governance.domain.dpia.DpoOpinion;
import uk.beacon.governance.domain.dpia.Principle;
import uk.beacon.governance.domain.dpia.PrincipleAssessment;
import uk.beacon.governance.domain.dpia.Risk;
import uk.beacon.governance.domain.dpia.RiskKind;
import uk.beacon.governance.domain.dpia.Scale;
import uk.beacon.governance.domain.dpia.SignOff;
import uk.beacon.governance.domain.dpia.SignOffDecision;
import uk.beacon.governance.web.DpiaFormValues.Option;

/**
 * The DPIA form as typed, for binding a POST with {@code @ModelAttribute DpiaForm form}: every field is text,
 * named by the same path as the {@link Dpia}'s JSON ({@code risks[0].severityAfter}), so that the errors of
 * {@link Dpia#validate()} link to the fields that show them. {@link #of} fills it from a DPIA; {@link #parse}
 * reads it back, with an error for each field at fault.
 *
 * <p>The action plan has {@link #BLANK_ACTIONS} empty rows after the actions written, so that actions can be added
 * without JavaScript; rows left empty are dropped when read.
 */
public record DpiaForm(ContextFields context, List<PrincipleFields> principles, List<RiskFields> risks,
        List<ActionFields> actionPlan, DpoFields dpoOpinion, PeopleFields affectedPeople, SignOffFields signOff) {

    static final int BLANK_ACTIONS = 2;

    private static final Pattern ACTION_KEY = Pattern.compile("^actionPlan\\[(\\d+)]");

    public DpiaForm {
        context = context == null ? new ContextFields(null, null, null, null, null, null, null) : context;
        principles = principles == null ? List.of() : principles;
        risks = risks == null ? List.of() : risks;
        actionPlan = actionPlan == null ? List.of() : actionPlan;
        dpoOpinion = dpoOpinion == null ? new DpoFields(null, null, null) : dpoOpinion;
        affectedPeople = affectedPeople == null ? new PeopleFields(null, null, null) : affectedPeople;
        signOff = signOff == null ? new SignOffFields(null, null, null, null, null) : signOff;
    }

    public record ContextFields(String processingDescription, String controller, String processors,
            String responsibilities, String dataCategories, String dataLifecycle, String supportingAssets) {
    }

    public record PrincipleFields(String principle, String answer, String justification) {

        /** The principle's name, or the text sent when it names none. */
        public String label() {
            Principle known = known();
            return known == null ? DpiaFormValues.string(principle) : known.label();
        }

        public String question() {
            Principle known = known();
            return known == null ? "" : known.question();
        }

        private Principle known() {
            return Arrays.stream(Principle.values()).filter(p -> p.name().equals(principle)).findFirst()
                    .orElse(null);
        }
    }

    public record RiskFields(String kind, String impacts, String threats, String sources, String measures,
            String severityBefore, String likelihoodBefore, String severityAfter, String likelihoodAfter) {

        public String label() {
            return Arrays.stream(RiskKind.values()).filter(k -> k.name().equals(kind)).map(RiskKind::label)
                    .findFirst().orElse(DpiaFormValues.string(kind));
        }
    }

    public record ActionFields(String measure, String owner, String due) {

        boolean empty() {
            return DpiaFormValues.blank(measure) && DpiaFormValues.blank(owner) && DpiaFormValues.blank(due);
        }
    }

    public record DpoFields(String name, String opinion, String date) {
    }

    public record PeopleFields(String sought, String views, String reasonNotSought) {
    }

    public record SignOffFields(String decision, String signedBy, String date, String signatureFile,
            String rejectionReasons) {
    }

    /** What {@link #parse} read: the DPIA (its unreadable values left out) and the errors by field id. */
    public record Parsed(Dpia dpia, Map<String, String> errors) {
    }

    public static DpiaForm blank() {
        return of(Dpia.blank());
    }

    /** The form showing this DPIA, with a place for each principle and risk it does not yet have. */
    public static DpiaForm of(Dpia dpia) {
        DpiaContext c = dpia.context();
        List<PrincipleFields> principles = new ArrayList<>();
        for (PrincipleAssessment answer : dpia.principles()) {
            principles.add(new PrincipleFields(name(answer.principle()), answer.answer(), answer.justification()));
        }
        for (Principle principle : Principle.values()) {
            if (dpia.principle(principle) == null) {
                principles.add(new PrincipleFields(principle.name(), null, null));
            }
        }
        List<RiskFields> risks = new ArrayList<>();
        for (Risk risk : dpia.risks()) {
            risks.add(new RiskFields(name(risk.kind()), risk.impacts(), risk.threats(), risk.sources(),
                    risk.measures(), DpiaFormValues.string(risk.severityBefore()),
                    DpiaFormValues.string(risk.likelihoodBefore()), DpiaFormValues.string(risk.severityAfter()),
                    DpiaFormValues.string(risk.likelihoodAfter())));
        }
        for (RiskKind kind : RiskKind.values()) {
            if (dpia.risk(kind) == null) {
                risks.add(new RiskFields(kind.name(), null, null, null, null, null, null, null, null));
            }
        }
        List<ActionFields> actions = new ArrayList<>();
        for (Action action : dpia.actionPlan()) {
            actions.add(new ActionFields(action.measure(), action.owner(), DpiaFormValues.date(action.due())));
        }
        for (int i = 0; i < BLANK_ACTIONS; i++) {
            actions.add(new ActionFields(null, null, null));
        }
        DpoOpinion dpo = dpia.dpoOpinion();
        AffectedPeople people = dpia.affectedPeople();
        SignOff signOff = dpia.signOff();
        return new DpiaForm(new ContextFields(c.processingDescription(), c.controller(), c.processors(),
                c.responsibilities(), c.dataCategories(), c.dataLifecycle(), c.supportingAssets()),
                principles, risks, actions,
                new DpoFields(dpo.name(), dpo.opinion(), DpiaFormValues.date(dpo.date())),
                new PeopleFields(DpiaFormValues.yesNo(people.sought()), people.views(), people.reasonNotSought()),
                new SignOffFields(name(signOff.decision()), signOff.signedBy(), DpiaFormValues.date(signOff.date()),
                        signOff.signatureFile(), signOff.rejectionReasons()));
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    /**
     * The DPIA this form holds and the errors in it: values that cannot be read (a date that is not a date) and
     * what {@link Dpia#validate()} finds, keyed by the id of the field that shows them. Errors of what is still
     * missing are not among them: a draft may be saved half written.
     */
    public Parsed parse() {
        Map<String, String> errors = new LinkedHashMap<>();
        ContextFields c = context;
        DpiaContext parsedContext = new DpiaContext(DpiaFormValues.text(c.processingDescription()),
                DpiaFormValues.text(c.controller()), DpiaFormValues.text(c.processors()),
                DpiaFormValues.text(c.responsibilities()), DpiaFormValues.text(c.dataCategories()),
                DpiaFormValues.text(c.dataLifecycle()), DpiaFormValues.text(c.supportingAssets()));
        List<PrincipleAssessment> parsedPrinciples = new ArrayList<>();
        for (int i = 0; i < principles.size(); i++) {
            PrincipleFields p = principles.get(i) == null ? new PrincipleFields(null, null, null) : principles.get(i);
            parsedPrinciples.add(new PrincipleAssessment(DpiaFormValues.choice(Principle.class,
                    "principles[" + i + "].principle", p.principle(), "Select a principle from the list", errors),
                    DpiaFormValues.text(p.answer()), DpiaFormValues.text(p.justification())));
        }
        List<Risk> parsedRisks = new ArrayList<>();
        for (int i = 0; i < risks.size(); i++) {
            RiskFields r = risks.get(i) == null ? new RiskFields(null, null, null, null, null, null, null, null, null)
                    : risks.get(i);
            String prefix = "risks[" + i + "]";
            parsedRisks.add(new Risk(DpiaFormValues.choice(RiskKind.class, prefix + ".kind", r.kind(),
                    "Select a risk from the list", errors), DpiaFormValues.text(r.impacts()),
                    DpiaFormValues.text(r.threats()), DpiaFormValues.text(r.sources()),
                    DpiaFormValues.text(r.measures()),
                    level(prefix + ".severityBefore", r.severityBefore(), errors),
                    level(prefix + ".likelihoodBefore", r.likelihoodBefore(), errors),
                    level(prefix + ".severityAfter", r.severityAfter(), errors),
                    level(prefix + ".likelihoodAfter", r.likelihoodAfter(), errors)));
        }
        // Rows left empty are dropped; each kept action remembers its row, so that its errors name that row.
        List<Action> parsedActions = new ArrayList<>();
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < actionPlan.size(); i++) {
            ActionFields a = actionPlan.get(i);
            if (a == null || a.empty()) {
                continue;
            }
            parsedActions.add(new Action(DpiaFormValues.text(a.measure()), DpiaFormValues.text(a.owner()),
                    DpiaFormValues.date("actionPlan[" + i + "].due", a.due(), "The due date", errors)));
            rows.add(i);
        }
        DpoOpinion parsedDpo = new DpoOpinion(DpiaFormValues.text(dpoOpinion.name()),
                DpiaFormValues.text(dpoOpinion.opinion()),
                DpiaFormValues.date("dpoOpinion.date", dpoOpinion.date(), "The date of the opinion", errors));
        AffectedPeople parsedPeople = new AffectedPeople(DpiaFormValues.yesNo("affectedPeople.sought",
                affectedPeople.sought(), "Select yes or no", errors), DpiaFormValues.text(affectedPeople.views()),
                DpiaFormValues.text(affectedPeople.reasonNotSought()));
        SignOff parsedSignOff = new SignOff(DpiaFormValues.choice(SignOffDecision.class, "signOff.decision",
                signOff.decision(), "Select a decision from the list", errors),
                DpiaFormValues.text(signOff.signedBy()),
                DpiaFormValues.date("signOff.date", signOff.date(), "The date of the sign-off", errors),
                DpiaFormValues.text(signOff.signatureFile()), DpiaFormValues.text(signOff.rejectionReasons()));
        Dpia dpia = new Dpia(parsedContext, parsedPrinciples, parsedRisks, parsedActions, parsedDpo, parsedPeople,
                parsedSignOff);
        for (Map.Entry<String, String> error : dpia.validate().entrySet()) {
            errors.putIfAbsent(formField(error.getKey(), rows), error.getValue());
        }
        return new Parsed(dpia, errors);
    }

    /**
     * The field id in this form of a DPIA's field id: the same, except that an action's index counts the rows of
     * the form, empty ones included.
     */
    public String formField(String dpiaField) {
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < actionPlan.size(); i++) {
            if (actionPlan.get(i) != null && !actionPlan.get(i).empty()) {
                rows.add(i);
            }
        }
        return formField(dpiaField, rows);
    }

    private static String formField(String dpiaField, List<Integer> rows) {
        Matcher action = ACTION_KEY.matcher(dpiaField);
        if (action.find()) {
            int index = Integer.parseInt(action.group(1));
            if (index < rows.size()) {
                return "actionPlan[" + rows.get(index) + "]" + dpiaField.substring(action.end());
            }
        }
        return dpiaField;
    }

    private static Integer level(String field, String text, Map<String, String> errors) {
        return DpiaFormValues.whole(field, text, "Select a level from 1 (negligible) to 4 (maximum)", errors);
    }

    /** The four levels of CNIL's scale, for radios. */
    public List<Option> levels() {
        return Arrays.stream(Scale.values()).map(s -> new Option(String.valueOf(s.value()), s.value() + " "
                + s.label())).toList();
    }

    public List<Option> decisions() {
        return Arrays.stream(SignOffDecision.values()).map(d -> new Option(d.name(), d.label())).toList();
    }

    public List<Option> yesNo() {
        return DpiaFormValues.YES_NO;
    }
}
