package uk.beacon.governance.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.beacon.governance.domain.TechnologyRecord;

/**
 * The record editor's form: its fields as typed, to re-show them, and the record they make. Suppliers are
 * numbered fieldsets ({@code supplier-0-name}, ...), one more than the record has so that one can be added;
 * legal bases are lines of {@code title | link}; work types a list of codes separated by commas.
 */
final class TechnologyForm {

    /** The long text fields of ATRS tier 2, in the order the form shows them, with their labels. */
    static final Map<String, String> TIER_2 = new LinkedHashMap<>();

    static {
        TIER_2.put("benefit", "Benefit: what the tool achieves");
        TIER_2.put("previousProcess", "Previous process: how the work was done before");
        TIER_2.put("alternativesConsidered", "Alternatives considered");
        TIER_2.put("outputUse", "How the tool's outputs are used");
        TIER_2.put("humanDecisions", "Human decisions and review");
        TIER_2.put("training", "Training for the people who use it");
        TIER_2.put("appeals", "Appeals and challenge");
        TIER_2.put("architecture", "System architecture");
        TIER_2.put("models", "Models");
        TIER_2.put("dataSources", "Data sources");
        TIER_2.put("sensitiveAttributes", "Sensitive attributes");
        TIER_2.put("dataSharing", "Data sharing");
        TIER_2.put("retention", "Retention");
        TIER_2.put("risks", "Risks");
        TIER_2.put("mitigations", "Mitigations");
        TIER_2.put("impactAssessments", "Impact assessments");
    }

    static final List<String> SUPPLIER_PARTS = List.of("name", "companiesHouseNumber", "role", "procurementRoute",
            "dataAccessTerms");

    private final Map<String, String> values;
    private final int suppliers;

    private TechnologyForm(Map<String, String> values, int suppliers) {
        this.values = values;
        this.suppliers = suppliers;
    }

    /** Whether the form has the work type ticked, for its checkbox. */
    public boolean hasWorkType(String code) {
        return java.util.Arrays.asList(get("workTypes").split("[,\\s]+")).contains(code);
    }

    static TechnologyForm empty() {
        return new TechnologyForm(new LinkedHashMap<>(), 1);
    }

    static TechnologyForm of(TechnologyRecord given) {
        TechnologyRecord record = given.filled();
        Map<String, String> values = new LinkedHashMap<>();
        values.put("name", record.name());
        values.put("description", record.description());
        values.put("purpose", record.purpose());
        values.put("contact", record.contact());
        values.put("website", record.website());
        values.put("team", record.owner().team());
        values.put("seniorResponsibleOwner", record.owner().seniorResponsibleOwner());
        List<TechnologyRecord.Supplier> list = record.owner().suppliers();
        for (int i = 0; i < list.size(); i++) {
            TechnologyRecord.Supplier supplier = list.get(i);
            values.put("supplier-" + i + "-name", supplier.name());
            values.put("supplier-" + i + "-companiesHouseNumber", supplier.companiesHouseNumber());
            values.put("supplier-" + i + "-role", supplier.role());
            values.put("supplier-" + i + "-procurementRoute", supplier.procurementRoute());
            values.put("supplier-" + i + "-dataAccessTerms", supplier.dataAccessTerms());
        }
        values.put("benefit", record.rationale().benefit());
        values.put("previousProcess", record.rationale().previousProcess());
        values.put("alternativesConsidered", record.rationale().alternativesConsidered());
        values.put("outputUse", record.decisionMaking().outputUse());
        values.put("humanDecisions", record.decisionMaking().humanDecisions());
        values.put("training", record.decisionMaking().training());
        values.put("appeals", record.decisionMaking().appeals());
        values.put("architecture", record.specification().architecture());
        values.put("models", record.specification().models());
        values.put("dataSources", record.specification().dataSources());
        values.put("sensitiveAttributes", record.specification().sensitiveAttributes());
        values.put("dataSharing", record.specification().dataSharing());
        values.put("retention", record.specification().retention());
        values.put("risks", record.risks().risks());
        values.put("mitigations", record.risks().mitigations());
        values.put("impactAssessments", record.risks().impactAssessments());
        values.put("category", record.category());
        values.put("phase", record.phase());
        values.put("technologyType", record.technologyType());
        values.put("workTypes", String.join(",", record.workTypes()));
        StringBuilder bases = new StringBuilder();
        for (TechnologyRecord.LegalBasis basis : record.legalBases()) {
            bases.append(basis.title());
            if (basis.link() != null && !basis.link().isBlank()) {
                bases.append(" | ").append(basis.link());
            }
            bases.append('\n');
        }
        values.put("legalBases", bases.toString().strip());
        return new TechnologyForm(values, list.size() + 1);
    }

    /** The form as posted: only the fields it knows, at most {@code RecordCheck.MOST_SUPPLIERS + 1} suppliers. */
    /** The form as posted; the work types come as one checkbox value each, kept here as one list. */
    static TechnologyForm posted(org.springframework.util.MultiValueMap<String, String> form) {
        Map<String, String> values = new LinkedHashMap<>();
        form.forEach((key, given) -> {
            if (!key.startsWith("_") && given != null && !given.isEmpty()) {
                values.put(key, "workTypes".equals(key) ? String.join(",", given) : given.get(0));
            }
        });
        int suppliers = 0;
        while (suppliers <= uk.beacon.governance.domain.RecordCheck.MOST_SUPPLIERS
                && values.containsKey("supplier-" + suppliers + "-name")) {
            suppliers++;
        }
        return new TechnologyForm(values, Math.max(1, suppliers));
    }

    public String get(String field) {
        String value = values.get(field);
        return value == null ? "" : value;
    }

    public List<Integer> supplierIndexes() {
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < suppliers; i++) {
            indexes.add(i);
        }
        return indexes;
    }

    /** The record the form makes; blank supplier fieldsets and blank lines are left out. */
    TechnologyRecord record() {
        List<TechnologyRecord.Supplier> supplierList = new ArrayList<>();
        for (int i = 0; i < suppliers; i++) {
            String prefix = "supplier-" + i + "-";
            boolean blank = SUPPLIER_PARTS.stream().allMatch(part -> text(prefix + part) == null);
            if (!blank) {
                supplierList.add(new TechnologyRecord.Supplier(text(prefix + "name"),
                        upper(text(prefix + "companiesHouseNumber")), text(prefix + "role"),
                        text(prefix + "procurementRoute"), text(prefix + "dataAccessTerms")));
            }
        }
        List<TechnologyRecord.LegalBasis> bases = new ArrayList<>();
        for (String line : get("legalBases").split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            int bar = line.lastIndexOf('|');
            bases.add(bar < 0 ? new TechnologyRecord.LegalBasis(line.strip(), null)
                    : new TechnologyRecord.LegalBasis(line.substring(0, bar).strip(),
                            line.substring(bar + 1).strip().isEmpty() ? null : line.substring(bar + 1).strip()));
        }
        List<String> workTypes = new ArrayList<>();
        for (String code : get("workTypes").split("[,\\s]+")) {
            if (!code.isBlank()) {
                workTypes.add(code.strip().toUpperCase(Locale.ROOT));
            }
        }
        return new TechnologyRecord(text("name"), text("description"), text("purpose"), text("contact"),
                text("website"),
                new TechnologyRecord.Owner(text("team"), text("seniorResponsibleOwner"), supplierList),
                new TechnologyRecord.Rationale(text("benefit"), text("previousProcess"), text("alternativesConsidered")),
                new TechnologyRecord.DecisionMaking(text("outputUse"), text("humanDecisions"), text("training"),
                        text("appeals")),
                new TechnologyRecord.Specification(text("architecture"), text("models"), text("dataSources"),
                        text("sensitiveAttributes"), text("dataSharing"), text("retention")),
                new TechnologyRecord.Risks(text("risks"), text("mitigations"), text("impactAssessments")),
                text("category"), text("phase"), bases, workTypes,
                text("technologyType") == null ? null : text("technologyType").toLowerCase(Locale.ROOT));
    }

    /** The record check's problems keyed by the form's fields (legal bases are one field here). */
    static Map<String, String> errors(Map<String, String> problems) {
        Map<String, String> errors = new LinkedHashMap<>();
        problems.forEach((key, message) -> {
            String field = key.startsWith("legalBasis-") ? "legalBases"
                    : key.equals("suppliers") ? "supplier-0-name" : key;
            errors.putIfAbsent(field, message);
        });
        return errors;
    }

    private String text(String field) {
        String value = values.get(field);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String upper(String value) {
        return value == null ? null : value.toUpperCase(Locale.ROOT);
    }
}
