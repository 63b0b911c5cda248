package uk.beacon.portfolio.domain.initiatives;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a planner says about an initiative: the capability it delivers, when and how long, its costs and
 * benefits by calendar year, what it needs and what it rules out, its optimism-bias category and the
 * mitigations that lower the uplifts, and the text of the strategic, commercial and management cases.
 *
 * @param memberForces the other forces of a consortium (empty for a single force's initiative)
 * @param baseYear the year whose real prices the money is in, and year 0 of the appraisal
 * @param prices {@code REAL} (already at base-year prices) or {@code NOMINAL} (converted with {@link GdpDeflator})
 * @param hourlyCost pounds per officer hour released, to value the demand effects
 */
public record InitiativeDefinition(String name, String capability, List<String> memberForces, Integer startYear,
        Integer baseYear, String prices, List<Phase> phases, List<YearFigures> years, String demandEffects,
        BigDecimal hourlyCost, List<String> dependsOn, List<String> excludes, String optimismBiasCategory,
        List<Mitigation> mitigations, String strategicCase, String commercialCase, String managementCase) {

    /** A delivery phase and its length in months. */
    public record Phase(String name, Integer months) {
    }

    /** One calendar year's money (pounds) and effects. */
    public record YearFigures(Integer year, BigDecimal capital, BigDecimal running, BigDecimal cashableSavings,
            BigDecimal officerHoursReleased, BigDecimal harmReduction) {
    }

    /**
     * A recorded mitigation: why the uplift can be lower, and by how much (shares: 0.50 takes 50 percentage
     * points off the capital uplift).
     */
    public record Mitigation(String text, BigDecimal capitalReduction, BigDecimal durationReduction) {
    }

    /** Months from the start of the first phase to the end of the last. */
    public int durationMonths() {
        return phases == null ? 0 : phases.stream().mapToInt(p -> p.months() == null ? 0 : p.months()).sum();
    }

    /** The same definition with absent lists as empty lists, as it is stored. */
    public InitiativeDefinition tidy() {
        return new InitiativeDefinition(name, capability, orEmpty(memberForces), startYear, baseYear, prices, phases,
                years, demandEffects, hourlyCost, orEmpty(dependsOn), orEmpty(excludes), optimismBiasCategory,
                orEmpty(mitigations), strategicCase, commercialCase, managementCase);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    public List<String> memberForcesOrEmpty() {
        return memberForces == null ? List.of() : memberForces;
    }
}
