package uk.beacon.portfolio.domain.initiatives;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.beacon.portfolio.domain.appraisal.OptimismBias;

/**
 * The rules an initiative must keep, and the optimism bias it carries. Errors are keyed by the field at
 * fault as the API names it ({@code name}, {@code years[2].capital}, {@code mitigations[0].text}, ...).
 *
 * <p>Optimism bias: the only category shipped is {@code EQUIPMENT_AND_DEVELOPMENT}, whose HM Treasury
 * upper bounds are 200% on capital and 54% on works duration ({@link OptimismBias#EQUIPMENT_AND_DEVELOPMENT_UPPER_BOUNDS}).
 * The uplifts applied are the upper bounds less the reductions of the recorded mitigations; a reduction
 * without its mitigation text is refused, and the reductions may not take an uplift below 0.
 */
public final class InitiativeRules {

    public static final String EQUIPMENT_AND_DEVELOPMENT = "EQUIPMENT_AND_DEVELOPMENT";
    public static final int MAX_YEARS = 60;
    private static final int TEXT = 200;
    private static final int LONG_TEXT = 4000;

    private InitiativeRules() {
    }

    /** The field-named errors of a definition, in field order; empty when it keeps every rule. */
    public static Map<String, String> errors(InitiativeDefinition d, GdpDeflator deflator) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (d == null) {
            errors.put("name", "Send the initiative");
            return errors;
        }
        text(errors, "name", d.name(), TEXT, true, "Enter the initiative's name");
        text(errors, "capability", d.capability(), TEXT, true, "Enter the capability the initiative delivers");
        if (d.memberForces() != null) {
            for (int i = 0; i < d.memberForces().size(); i++) {
                String force = d.memberForces().get(i);
                if (force == null || !force.matches("[a-z0-9-]{1,64}")) {
                    errors.put("memberForces[" + i + "]", "A member force is a force id such as 'kent'");
                }
            }
        }
        year(errors, "startYear", d.startYear(), "Enter the year the initiative starts, such as 2026");
        year(errors, "baseYear", d.baseYear(), "Enter the base year of the prices, such as 2025");
        if (d.prices() == null || !(d.prices().equals("REAL") || d.prices().equals("NOMINAL"))) {
            errors.put("prices", "Say whether the money is REAL (base-year prices) or NOMINAL");
        }
        if (d.phases() == null || d.phases().isEmpty()) {
            errors.put("phases", "Enter at least one phase with its months");
        } else {
            for (int i = 0; i < d.phases().size(); i++) {
                InitiativeDefinition.Phase phase = d.phases().get(i);
                if (phase == null) {
                    errors.put("phases[" + i + "]", "Phase " + (i + 1) + " is empty");
                    continue;
                }
                text(errors, "phases[" + i + "].name", phase.name(), TEXT, true, "Enter the name of phase " + (i + 1));
                if (phase.months() == null || phase.months() < 1 || phase.months() > 240) {
                    errors.put("phases[" + i + "].months", "Phase " + (i + 1) + " lasts 1 to 240 months");
                }
            }
        }
        if (d.years() == null || d.years().isEmpty()) {
            errors.put("years", "Enter the costs and benefits of at least one year");
        } else if (d.years().size() > MAX_YEARS) {
            errors.put("years", "At most " + MAX_YEARS + " years");
        } else {
            Set<Integer> seen = new HashSet<>();
            for (int i = 0; i < d.years().size(); i++) {
                InitiativeDefinition.YearFigures y = d.years().get(i);
                String at = "years[" + i + "]";
                if (y == null) {
                    errors.put(at, "Year line " + (i + 1) + " is empty");
                    continue;
                }
                if (y.year() == null || y.year() < 1990 || y.year() > 2200) {
                    errors.put(at + ".year", "Year line " + (i + 1) + " needs a calendar year from 1990 to 2200");
                } else if (!seen.add(y.year())) {
                    errors.put(at + ".year", "The year " + y.year() + " appears twice");
                } else if (d.baseYear() != null && y.year() < d.baseYear()) {
                    errors.put(at + ".year", "The year " + y.year() + " is before the base year " + d.baseYear());
                } else if ("NOMINAL".equals(d.prices()) && d.baseYear() != null
                        && (!deflator.covers(y.year()) || !deflator.covers(d.baseYear()))) {
                    errors.put(at + ".year", uncovered(deflator, y.year()));
                }
                amount(errors, at + ".capital", y.capital());
                amount(errors, at + ".running", y.running());
                amount(errors, at + ".cashableSavings", y.cashableSavings());
                amount(errors, at + ".officerHoursReleased", y.officerHoursReleased());
                amount(errors, at + ".harmReduction", y.harmReduction());
            }
        }
        text(errors, "demandEffects", d.demandEffects(), LONG_TEXT, false, null);
        amount(errors, "hourlyCost", d.hourlyCost());
        ids(errors, "dependsOn", d.dependsOn());
        ids(errors, "excludes", d.excludes());
        if (!EQUIPMENT_AND_DEVELOPMENT.equals(d.optimismBiasCategory())) {
            errors.put("optimismBiasCategory", "The optimism bias category must be " + EQUIPMENT_AND_DEVELOPMENT);
        }
        BigDecimal capitalCut = BigDecimal.ZERO;
        BigDecimal durationCut = BigDecimal.ZERO;
        if (d.mitigations() != null) {
            for (int i = 0; i < d.mitigations().size(); i++) {
                InitiativeDefinition.Mitigation m = d.mitigations().get(i);
                String at = "mitigations[" + i + "]";
                if (m == null) {
                    errors.put(at, "Mitigation " + (i + 1) + " is empty");
                    continue;
                }
                amount(errors, at + ".capitalReduction", m.capitalReduction());
                amount(errors, at + ".durationReduction", m.durationReduction());
                boolean reduces = positive(m.capitalReduction()) || positive(m.durationReduction());
                if (reduces && (m.text() == null || m.text().isBlank())) {
                    errors.put(at + ".text", "Record the mitigation that justifies lowering the optimism bias");
                } else {
                    text(errors, at + ".text", m.text(), LONG_TEXT, false, null);
                }
                capitalCut = capitalCut.add(orZero(m.capitalReduction()).max(BigDecimal.ZERO));
                durationCut = durationCut.add(orZero(m.durationReduction()).max(BigDecimal.ZERO));
            }
        }
        OptimismBias bound = OptimismBias.EQUIPMENT_AND_DEVELOPMENT_UPPER_BOUNDS;
        if (capitalCut.compareTo(bound.capital()) > 0) {
            errors.put("mitigations", "The mitigations take more than the " + bound.capital().movePointRight(2)
                    .stripTrailingZeros().toPlainString() + "% capital uplift off");
        } else if (durationCut.compareTo(bound.duration()) > 0) {
            errors.put("mitigations", "The mitigations take more than the 54% duration uplift off");
        }
        text(errors, "strategicCase", d.strategicCase(), LONG_TEXT, false, null);
        text(errors, "commercialCase", d.commercialCase(), LONG_TEXT, false, null);
        text(errors, "managementCase", d.managementCase(), LONG_TEXT, false, null);
        return errors;
    }

    /**
     * The first year of a nominal initiative that the deflator cannot convert (its own year or the base year is
     * outside the series), as the field and error {@link #errors} gives it; empty when every year converts or the
     * prices are real. For an initiative stored before its force loaded a series that covers fewer years.
     */
    public static java.util.Optional<Map.Entry<String, String>> deflatorGap(InitiativeDefinition d,
            GdpDeflator deflator) {
        if (!"NOMINAL".equals(d.prices()) || d.baseYear() == null || d.years() == null) {
            return java.util.Optional.empty();
        }
        for (int i = 0; i < d.years().size(); i++) {
            InitiativeDefinition.YearFigures y = d.years().get(i);
            if (y != null && y.year() != null && (!deflator.covers(y.year()) || !deflator.covers(d.baseYear()))) {
                return java.util.Optional.of(Map.entry("years[" + i + "].year", uncovered(deflator, y.year())));
            }
        }
        return java.util.Optional.empty();
    }

    private static String uncovered(GdpDeflator deflator, int year) {
        return "The GDP deflator table covers " + deflator.firstYear() + " to " + deflator.lastYear()
                + "; give real prices for " + year;
    }

    /** The uplifts applied: the category's upper bounds less the recorded mitigations' reductions. */
    public static OptimismBias optimismBias(InitiativeDefinition d) {
        OptimismBias bound = OptimismBias.EQUIPMENT_AND_DEVELOPMENT_UPPER_BOUNDS;
        BigDecimal capital = bound.capital();
        BigDecimal duration = bound.duration();
        for (InitiativeDefinition.Mitigation m : d.mitigations() == null ? List.<InitiativeDefinition.Mitigation>of()
                : d.mitigations()) {
            capital = capital.subtract(orZero(m.capitalReduction()));
            duration = duration.subtract(orZero(m.durationReduction()));
        }
        return new OptimismBias(capital.max(BigDecimal.ZERO), duration.max(BigDecimal.ZERO));
    }

    private static boolean positive(BigDecimal value) {
        return value != null && value.signum() > 0;
    }

    static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    private static void text(Map<String, String> errors, String field, String value, int max, boolean required,
            String missing) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.put(field, missing);
            }
        } else if (value.length() > max) {
            errors.put(field, "At most " + max + " characters");
        }
    }

    private static void year(Map<String, String> errors, String field, Integer value, String message) {
        if (value == null || value < 1990 || value > 2200) {
            errors.put(field, message);
        }
    }

    private static void amount(Map<String, String> errors, String field, BigDecimal value) {
        if (value != null && (value.signum() < 0 || value.compareTo(new BigDecimal("1e12")) > 0)) {
            errors.put(field, "Enter an amount from 0 to 1,000,000,000,000");
        }
    }

    private static void ids(Map<String, String> errors, String field, List<String> values) {
        if (values != null) {
            for (int i = 0; i < values.size(); i++) {
                if (values.get(i) == null || values.get(i).isBlank() || values.get(i).length() > 64) {
                    errors.put(field + "[" + i + "]", "Name another initiative by its id");
                }
            }
        }
    }
}
