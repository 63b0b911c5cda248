package uk.beacon.governance.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The rules a technology record must keep before it is stored: the name, description, category and phase
 * are required; every text is length-limited; links are http or https; codes have their shape. Problems
 * are keyed by the field they concern, as the record page's form names it (for example
 * {@code supplier-0-name}), with a message for people.
 */
public final class RecordCheck {

    public static final int NAME = 200;
    public static final int SHORT = 300;
    public static final int SUMMARY = 2_000;
    public static final int LONG = 5_000;
    public static final int LINK = 500;
    public static final int MOST_SUPPLIERS = 10;
    public static final int MOST_LEGAL_BASES = 20;
    public static final int MOST_WORK_TYPES = 20;

    private static final Pattern WORK_TYPE = Pattern.compile("[A-Z][A-Z_]{0,39}");
    private static final Pattern TECHNOLOGY_TYPE = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final Pattern COMPANIES_HOUSE = Pattern.compile("[A-Z0-9]{8}");

    private RecordCheck() {
    }

    public static Map<String, String> check(TechnologyRecord given) {
        TechnologyRecord record = given.filled();
        Map<String, String> problems = new LinkedHashMap<>();
        required(problems, "name", "the name", record.name(), NAME);
        required(problems, "description", "the plain-English description", record.description(), SUMMARY);
        text(problems, "purpose", "the purpose", record.purpose(), SUMMARY);
        text(problems, "contact", "the contact", record.contact(), SHORT);
        link(problems, "website", "the website", record.website());

        text(problems, "team", "the owning team", record.owner().team(), SHORT);
        text(problems, "seniorResponsibleOwner", "the senior responsible owner", record.owner().seniorResponsibleOwner(),
                SHORT);
        List<TechnologyRecord.Supplier> suppliers = record.owner().suppliers();
        if (suppliers.size() > MOST_SUPPLIERS) {
            problems.put("suppliers", "List at most " + MOST_SUPPLIERS + " suppliers");
        } else {
            for (int i = 0; i < suppliers.size(); i++) {
                TechnologyRecord.Supplier supplier = suppliers.get(i);
                String key = "supplier-" + i + "-";
                if (supplier == null) {
                    problems.put(key + "name", "Supplier " + (i + 1) + " is empty");
                    continue;
                }
                required(problems, key + "name", "the supplier's name", supplier.name(), NAME);
                if (present(supplier.companiesHouseNumber())
                        && !COMPANIES_HOUSE.matcher(supplier.companiesHouseNumber().strip()).matches()) {
                    problems.put(key + "companiesHouseNumber",
                            "Enter the Companies House number as 8 letters and digits, like 01234567 or SC123456");
                }
                text(problems, key + "role", "the supplier's role", supplier.role(), SUMMARY);
                text(problems, key + "procurementRoute", "the procurement route", supplier.procurementRoute(), SHORT);
                text(problems, key + "dataAccessTerms", "the data access terms", supplier.dataAccessTerms(), SUMMARY);
            }
        }

        text(problems, "benefit", "the benefit", record.rationale().benefit(), LONG);
        text(problems, "previousProcess", "the previous process", record.rationale().previousProcess(), LONG);
        text(problems, "alternativesConsidered", "the alternatives considered",
                record.rationale().alternativesConsidered(), LONG);
        text(problems, "outputUse", "how outputs are used", record.decisionMaking().outputUse(), LONG);
        text(problems, "humanDecisions", "the human decisions and review", record.decisionMaking().humanDecisions(),
                LONG);
        text(problems, "training", "the training", record.decisionMaking().training(), LONG);
        text(problems, "appeals", "the appeals", record.decisionMaking().appeals(), LONG);
        text(problems, "architecture", "the architecture", record.specification().architecture(), LONG);
        text(problems, "models", "the models", record.specification().models(), LONG);
        text(problems, "dataSources", "the data sources", record.specification().dataSources(), LONG);
        text(problems, "sensitiveAttributes", "the sensitive attributes",
                record.specification().sensitiveAttributes(), LONG);
        text(problems, "dataSharing", "the data sharing", record.specification().dataSharing(), LONG);
        text(problems, "retention", "the retention", record.specification().retention(), LONG);
        text(problems, "risks", "the risks", record.risks().risks(), LONG);
        text(problems, "mitigations", "the mitigations", record.risks().mitigations(), LONG);
        text(problems, "impactAssessments", "the impact assessments", record.risks().impactAssessments(), LONG);

        if (Category.of(record.category()).isEmpty()) {
            problems.put("category", "Choose the category");
        }
        if (Phase.of(record.phase()).isEmpty()) {
            problems.put("phase", "Choose the lifecycle phase");
        }
        List<TechnologyRecord.LegalBasis> bases = record.legalBases();
        if (bases.size() > MOST_LEGAL_BASES) {
            problems.put("legalBases", "List at most " + MOST_LEGAL_BASES + " legal bases");
        } else {
            for (int i = 0; i < bases.size(); i++) {
                TechnologyRecord.LegalBasis basis = bases.get(i);
                if (basis == null) {
                    problems.put("legalBasis-" + i + "-title", "Legal basis " + (i + 1) + " is empty");
                    continue;
                }
                required(problems, "legalBasis-" + i + "-title", "the title of legal basis " + (i + 1), basis.title(),
                        SHORT);
                link(problems, "legalBasis-" + i + "-link", "the link of legal basis " + (i + 1), basis.link());
            }
        }
        List<String> workTypes = record.workTypes();
        if (workTypes.size() > MOST_WORK_TYPES) {
            problems.put("workTypes", "List at most " + MOST_WORK_TYPES + " work types");
        } else if (workTypes.stream().anyMatch(code -> code == null || !WORK_TYPE.matcher(code).matches())) {
            problems.put("workTypes", "Enter work types as codes in capitals, such as MENTAL_HEALTH");
        }
        if (present(record.technologyType()) && !TECHNOLOGY_TYPE.matcher(record.technologyType()).matches()) {
            problems.put("technologyType",
                    "Enter the technology type as a code in small letters and hyphens, such as live-facial-recognition");
        }
        return problems;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static void required(Map<String, String> problems, String key, String what, String value, int most) {
        if (!present(value)) {
            problems.put(key, "Enter " + what);
        } else {
            text(problems, key, what, value, most);
        }
    }

    private static void text(Map<String, String> problems, String key, String what, String value, int most) {
        if (value != null && value.length() > most) {
            problems.put(key, capitalise(what) + " must be " + most + " characters or fewer");
        }
    }

    private static void link(Map<String, String> problems, String key, String what, String value) {
        if (!present(value)) {
            return;
        }
        if (value.length() > LINK) {
            problems.put(key, capitalise(what) + " must be " + LINK + " characters or fewer");
            return;
        }
        try {
            URI uri = new URI(value.strip());
            if (!("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    || uri.getHost() == null) {
                problems.put(key, capitalise(what) + " must be a web address starting https://");
            }
        } catch (URISyntaxException e) {
            problems.put(key, capitalise(what) + " must be a web address starting https://");
        }
    }

    private static String capitalise(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
