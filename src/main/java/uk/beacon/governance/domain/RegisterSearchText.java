package uk.beacon.governance.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The text the public register searches for a published version: everything the public sees of it, one part
 * a line, in lower case, so that a search for any word the page shows finds it.
 */
public final class RegisterSearchText {

    private RegisterSearchText() {
    }

    /** The search text of the record owned by the named force; blank parts are left out. */
    public static String of(String forceName, TechnologyRecord record) {
        TechnologyRecord r = record.filled();
        List<String> parts = new ArrayList<>(List.of(forceName, Category.labelOf(r.category()),
                Phase.labelOf(r.phase())));
        Stream.of(r.name(), r.description(), r.purpose(), r.contact(), r.website(), r.technologyType(),
                r.owner().team(), r.owner().seniorResponsibleOwner(), r.rationale().benefit(),
                r.rationale().previousProcess(), r.rationale().alternativesConsidered(),
                r.decisionMaking().outputUse(), r.decisionMaking().humanDecisions(), r.decisionMaking().training(),
                r.decisionMaking().appeals(), r.specification().architecture(), r.specification().models(),
                r.specification().dataSources(), r.specification().sensitiveAttributes(),
                r.specification().dataSharing(), r.specification().retention(), r.risks().risks(),
                r.risks().mitigations(), r.risks().impactAssessments()).forEach(parts::add);
        r.owner().suppliers().forEach(supplier -> parts.add(supplier.name()));
        r.legalBases().forEach(basis -> parts.add(basis.title()));
        parts.addAll(r.workTypes());
        return parts.stream().filter(part -> part != null && !part.isBlank())
                .collect(Collectors.joining("\n")).toLowerCase(Locale.ROOT);
    }
}
