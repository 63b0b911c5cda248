package uk.beacon.governance.domain.dpia;

import java.util.Locale;
import uk.beacon.governance.domain.FieldErrors;

/**
 * One of the three risks: what it would do to people, how it could come about and from whom, the measures that
 * address it, and its severity and likelihood on CNIL's scale of 1 to 4 (see {@link Scale}) before and after
 * the measures.
 *
 * @param kind which risk
 * @param impacts the potential impacts on the people concerned
 * @param threats the threats that could bring the risk about
 * @param sources the risk sources (people inside or outside, non-human sources)
 * @param measures the measures that address the risk
 */
public record Risk(RiskKind kind, String impacts, String threats, String sources, String measures,
        Integer severityBefore, Integer likelihoodBefore, Integer severityAfter, Integer likelihoodAfter) {

    public static Risk blank(RiskKind kind) {
        return new Risk(kind, null, null, null, null, null, null, null, null);
    }

    /** Severity × likelihood after measures, 1 to 16, or null until both are assessed. */
    public Integer residualScore() {
        return Scale.valid(severityAfter) && Scale.valid(likelihoodAfter) ? severityAfter * likelihoodAfter : null;
    }

    /** Severity × likelihood before measures, 1 to 16, or null until both are assessed. */
    public Integer initialScore() {
        return Scale.valid(severityBefore) && Scale.valid(likelihoodBefore) ? severityBefore * likelihoodBefore : null;
    }

    private String name() {
        return kind == null ? "this risk" : kind.label().toLowerCase(Locale.UK);
    }

    void validate(String prefix, FieldErrors errors) {
        if (kind == null) {
            errors.add(prefix + ".kind", "Select which risk this is");
        }
        errors.length(prefix + ".impacts", impacts, FieldErrors.LONG_TEXT, "The impacts");
        errors.length(prefix + ".threats", threats, FieldErrors.LONG_TEXT, "The threats");
        errors.length(prefix + ".sources", sources, FieldErrors.LONG_TEXT, "The risk sources");
        errors.length(prefix + ".measures", measures, FieldErrors.LONG_TEXT, "The measures");
        level(prefix + ".severityBefore", severityBefore, "severity before measures", errors);
        level(prefix + ".likelihoodBefore", likelihoodBefore, "likelihood before measures", errors);
        level(prefix + ".severityAfter", severityAfter, "severity after measures", errors);
        level(prefix + ".likelihoodAfter", likelihoodAfter, "likelihood after measures", errors);
        // Measures reduce a risk; a residual risk above the initial one means one of the two is misjudged.
        if (Scale.valid(severityBefore) && Scale.valid(severityAfter) && severityAfter > severityBefore) {
            errors.add(prefix + ".severityAfter", "The severity after measures must not be more than before them ("
                    + Scale.text(severityBefore) + ") for " + name());
        }
        if (Scale.valid(likelihoodBefore) && Scale.valid(likelihoodAfter) && likelihoodAfter > likelihoodBefore) {
            errors.add(prefix + ".likelihoodAfter", "The likelihood after measures must not be more than before "
                    + "them (" + Scale.text(likelihoodBefore) + ") for " + name());
        }
    }

    private void level(String field, Integer value, String what, FieldErrors errors) {
        if (value != null && !Scale.valid(value)) {
            errors.add(field, "The " + what + " for " + name() + " must be from 1 (negligible) to 4 (maximum)");
        }
    }

    void missing(String prefix, FieldErrors errors) {
        errors.required(prefix + ".impacts", impacts, "Enter the impacts of " + name());
        errors.required(prefix + ".threats", threats, "Enter the threats for " + name());
        errors.required(prefix + ".sources", sources, "Enter the risk sources for " + name());
        errors.required(prefix + ".measures", measures, "Enter the measures against " + name());
        if (severityBefore == null) {
            errors.add(prefix + ".severityBefore", "Select the severity before measures for " + name());
        }
        if (likelihoodBefore == null) {
            errors.add(prefix + ".likelihoodBefore", "Select the likelihood before measures for " + name());
        }
        if (severityAfter == null) {
            errors.add(prefix + ".severityAfter", "Select the severity after measures for " + name());
        }
        if (likelihoodAfter == null) {
            errors.add(prefix + ".likelihoodAfter", "Select the likelihood after measures for " + name());
        }
    }
}
