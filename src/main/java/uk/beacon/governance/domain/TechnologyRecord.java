package uk.beacon.governance.domain;

import java.util.List;

/**
 * A technology a force uses or plans, structured after the Algorithmic Transparency Recording Standard
 * (ATRS v3): tier 1 for the general public, tier 2 for specialists. {@link AtrsExport} maps each field to
 * its ATRS name. Category and phase are codes from {@link Category} and {@link Phase}; work types are the
 * demand module's work-type codes (such as {@code MENTAL_HEALTH}); the technology type is a horizon-scanning
 * code (such as {@code live-facial-recognition}).
 */
public record TechnologyRecord(
        String name, String description, String purpose, String contact, String website,
        Owner owner, Rationale rationale, DecisionMaking decisionMaking, Specification specification, Risks risks,
        String category, String phase, List<LegalBasis> legalBases, List<String> workTypes, String technologyType) {

    /** ATRS 2.1: who owns the tool and who supplies it. */
    public record Owner(String team, String seniorResponsibleOwner, List<Supplier> suppliers) {
    }

    /** An external supplier: ATRS 2.1 supplier details. */
    public record Supplier(String name, String companiesHouseNumber, String role, String procurementRoute,
            String dataAccessTerms) {
    }

    /** ATRS 2.2: why the tool is used. */
    public record Rationale(String benefit, String previousProcess, String alternativesConsidered) {
    }

    /** ATRS 2.3: how the tool's outputs feed decisions, and how people challenge them. */
    public record DecisionMaking(String outputUse, String humanDecisions, String training, String appeals) {
    }

    /** ATRS 2.4: the tool and its data. */
    public record Specification(String architecture, String models, String dataSources, String sensitiveAttributes,
            String dataSharing, String retention) {
    }

    /** ATRS 2.5: risks, their mitigations and the impact assessments done. */
    public record Risks(String risks, String mitigations, String impactAssessments) {
    }

    /** A law or power the force relies on, with a link to it. */
    public record LegalBasis(String title, String link) {
    }

    /** The record with every missing section present and empty, so that readers need not test for null. */
    public TechnologyRecord filled() {
        return new TechnologyRecord(name, description, purpose, contact, website,
                owner == null ? new Owner(null, null, List.of())
                        : new Owner(owner.team(), owner.seniorResponsibleOwner(),
                                owner.suppliers() == null ? List.of() : owner.suppliers()),
                rationale == null ? new Rationale(null, null, null) : rationale,
                decisionMaking == null ? new DecisionMaking(null, null, null, null) : decisionMaking,
                specification == null ? new Specification(null, null, null, null, null, null) : specification,
                risks == null ? new Risks(null, null, null) : risks,
                category, phase, legalBases == null ? List.of() : legalBases,
                workTypes == null ? List.of() : workTypes, technologyType);
    }
}
