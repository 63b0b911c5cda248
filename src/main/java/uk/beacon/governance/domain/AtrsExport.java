package uk.beacon.governance.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Published records in the field names of the Algorithmic Transparency Recording Standard (ATRS v3), for
 * the register's CSV and JSON downloads. The JSON nests the fields in the standard's sections
 * ({@code tier_1}; {@code tier_2} with {@code owner_and_responsibility}, {@code description_and_rationale},
 * {@code decision_making_process}, {@code tool_specification} and
 * {@code risks_mitigations_and_impact_assessments}); the CSV has one column per field, named
 * {@code section.field}. Fields the standard does not have are Beacon's own, in a {@code beacon} section.
 * The mapping from Beacon's record to these names is {@link #FIELDS}, listed in
 * {@code src/main/resources/governance/README.md}.
 */
public final class AtrsExport {

    /** A published version of a record, with what the register says about it beside the record itself. */
    public record Published(String id, String organisationId, String organisationName, int version,
            Instant publishedAt, Instant withdrawnAt, TechnologyRecord record, boolean dpiaCompleted,
            boolean hasEthicsReview, Integer highestResidualRisk, String conditions) {
    }

    /** One exported field: its ATRS section and name, and how it is read from a published version. */
    public record Field(String section, String name, Function<Published, String> value) {

        public String column() {
            return section + "." + name;
        }
    }

    private static final String TIER_1 = "tier_1";
    private static final String OWNER = "owner_and_responsibility";
    private static final String RATIONALE = "description_and_rationale";
    private static final String DECISIONS = "decision_making_process";
    private static final String TOOL = "tool_specification";
    private static final String RISKS = "risks_mitigations_and_impact_assessments";
    private static final String BEACON = "beacon";

    public static final List<Field> FIELDS = List.of(
            new Field(TIER_1, "name", p -> r(p).name()),
            new Field(TIER_1, "description", p -> r(p).description()),
            new Field(TIER_1, "purpose", p -> r(p).purpose()),
            new Field(TIER_1, "organisation", Published::organisationName),
            new Field(TIER_1, "contact_email", p -> r(p).contact()),
            new Field(TIER_1, "website", p -> r(p).website()),
            new Field(TIER_1, "phase", p -> Phase.labelOf(r(p).phase())),
            new Field(OWNER, "organisation", Published::organisationName),
            new Field(OWNER, "team", p -> r(p).owner().team()),
            new Field(OWNER, "senior_responsible_owner", p -> r(p).owner().seniorResponsibleOwner()),
            new Field(OWNER, "external_supplier", p -> suppliers(p, TechnologyRecord.Supplier::name)),
            new Field(OWNER, "companies_house_number", p -> suppliers(p, TechnologyRecord.Supplier::companiesHouseNumber)),
            new Field(OWNER, "external_supplier_role", p -> suppliers(p, TechnologyRecord.Supplier::role)),
            new Field(OWNER, "procurement_procedure_type", p -> suppliers(p, TechnologyRecord.Supplier::procurementRoute)),
            new Field(OWNER, "data_access_terms", p -> suppliers(p, TechnologyRecord.Supplier::dataAccessTerms)),
            new Field(RATIONALE, "benefit", p -> r(p).rationale().benefit()),
            new Field(RATIONALE, "previous_process", p -> r(p).rationale().previousProcess()),
            new Field(RATIONALE, "alternatives_considered", p -> r(p).rationale().alternativesConsidered()),
            new Field(DECISIONS, "process_integration", p -> r(p).decisionMaking().outputUse()),
            new Field(DECISIONS, "human_decisions_and_review", p -> r(p).decisionMaking().humanDecisions()),
            new Field(DECISIONS, "required_training", p -> r(p).decisionMaking().training()),
            new Field(DECISIONS, "appeals_and_review", p -> r(p).decisionMaking().appeals()),
            new Field(TOOL, "phase", p -> Phase.labelOf(r(p).phase())),
            new Field(TOOL, "system_architecture", p -> r(p).specification().architecture()),
            new Field(TOOL, "models", p -> r(p).specification().models()),
            new Field(TOOL, "source_data", p -> r(p).specification().dataSources()),
            new Field(TOOL, "sensitive_attributes", p -> r(p).specification().sensitiveAttributes()),
            new Field(TOOL, "data_sharing_agreements", p -> r(p).specification().dataSharing()),
            new Field(TOOL, "data_access_and_storage", p -> r(p).specification().retention()),
            new Field(RISKS, "risks", p -> r(p).risks().risks()),
            new Field(RISKS, "mitigations", p -> r(p).risks().mitigations()),
            new Field(RISKS, "impact_assessments", p -> r(p).risks().impactAssessments()),
            new Field(BEACON, "id", Published::id),
            new Field(BEACON, "force", Published::organisationId),
            new Field(BEACON, "version", p -> String.valueOf(p.version())),
            new Field(BEACON, "published_at", p -> p.publishedAt() == null ? null : p.publishedAt().toString()),
            new Field(BEACON, "withdrawn_at", p -> p.withdrawnAt() == null ? null : p.withdrawnAt().toString()),
            new Field(BEACON, "category", p -> r(p).category()),
            new Field(BEACON, "technology_type", p -> r(p).technologyType()),
            new Field(BEACON, "work_types", p -> String.join("; ", r(p).workTypes())),
            new Field(BEACON, "legal_bases", p -> r(p).legalBases().stream()
                    .map(basis -> basis.link() == null || basis.link().isBlank() ? basis.title()
                            : basis.title() + " <" + basis.link() + ">")
                    .collect(Collectors.joining("; "))),
            new Field(BEACON, "dpia_completed", p -> String.valueOf(p.dpiaCompleted())),
            new Field(BEACON, "has_ethics_review", p -> String.valueOf(p.hasEthicsReview())),
            new Field(BEACON, "highest_residual_risk",
                    p -> p.highestResidualRisk() == null ? null : String.valueOf(p.highestResidualRisk())),
            new Field(BEACON, "approval_conditions", Published::conditions));

    private AtrsExport() {
    }

    /** The CSV's header row. */
    public static List<String> header() {
        return FIELDS.stream().map(Field::column).toList();
    }

    /** One CSV row, in the header's order; missing values are empty. */
    public static List<String> row(Published published) {
        List<String> row = new ArrayList<>();
        for (Field field : FIELDS) {
            String value = field.value().apply(published);
            row.add(value == null ? "" : value);
        }
        return row;
    }

    /** The version as nested JSON: sections of fields, with suppliers, legal bases and work types as lists. */
    public static Map<String, Object> json(Published published) {
        Map<String, Object> sections = new LinkedHashMap<>();
        Map<String, Object> tier2 = new LinkedHashMap<>();
        for (Field field : FIELDS) {
            Map<String, Object> section;
            if (field.section().equals(TIER_1) || field.section().equals(BEACON)) {
                section = section(sections, field.section());
            } else {
                section = section(tier2, field.section());
            }
            section.put(field.name(), field.value().apply(published));
        }
        TechnologyRecord record = r(published);
        Map<String, Object> owner = section(tier2, OWNER);
        List<Map<String, Object>> suppliers = new ArrayList<>();
        for (TechnologyRecord.Supplier supplier : record.owner().suppliers()) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("external_supplier", supplier.name());
            one.put("companies_house_number", supplier.companiesHouseNumber());
            one.put("external_supplier_role", supplier.role());
            one.put("procurement_procedure_type", supplier.procurementRoute());
            one.put("data_access_terms", supplier.dataAccessTerms());
            suppliers.add(one);
        }
        owner.put("external_suppliers", suppliers);
        Map<String, Object> beacon = section(sections, BEACON);
        beacon.put("work_types", record.workTypes());
        beacon.put("legal_bases", record.legalBases().stream().map(basis -> {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("title", basis.title());
            one.put("link", basis.link());
            return one;
        }).toList());
        beacon.put("version", published.version());
        beacon.put("dpia_completed", published.dpiaCompleted());
        beacon.put("has_ethics_review", published.hasEthicsReview());
        beacon.put("highest_residual_risk", published.highestResidualRisk());
        Map<String, Object> result = new LinkedHashMap<>();
        result.put(TIER_1, sections.get(TIER_1));
        result.put("tier_2", tier2);
        result.put(BEACON, beacon);
        return result;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> section(Map<String, Object> parent, String name) {
        return (Map<String, Object>) parent.computeIfAbsent(name, key -> new LinkedHashMap<String, Object>());
    }

    private static TechnologyRecord r(Published published) {
        return published.record().filled();
    }

    private static String suppliers(Published published, Function<TechnologyRecord.Supplier, String> part) {
        List<TechnologyRecord.Supplier> suppliers = r(published).owner().suppliers();
        if (suppliers.isEmpty()) {
            return null;
        }
        return suppliers.stream().map(supplier -> part.apply(supplier) == null ? "" : part.apply(supplier))
                .collect(Collectors.joining("; "));
    }
}
