package uk.beacon.governance.web;

import java.util.List;
import org.springframework.ui.Model;
import uk.beacon.governance.service.HorizonService;
import uk.beacon.governance.domain.dpia.Dpia;
import uk.beacon.governance.domain.ethics.EthicsReview;
import uk.beacon.governance.domain.horizon.HorizonCatalogue;
import uk.beacon.governance.domain.horizon.TechnologyType;

/**
 * What a record's page (the force's and the public one) shows beside the record: the DPIA with its risk map, the
 * ethics review, and the legal frameworks that apply to the record's technology type with their coverage.
 */
final class ReviewViews {

    /** A technology type as the editor's select offers it. */
    record TypeOption(String code, String label) {
    }

    private ReviewViews() {
    }

    static void addTo(Model model, Dpia dpia, EthicsReview review, String typeCode, HorizonService horizon) {
        model.addAttribute("dpia", dpia);
        model.addAttribute("riskMap", dpia == null ? null : DpiaRiskMap.of(dpia));
        model.addAttribute("ethicsReview", review);
        HorizonCatalogue catalogue = horizon.catalogue();
        TechnologyType type = typeCode == null ? null : catalogue.type(typeCode).orElse(null);
        model.addAttribute("technologyType", type);
        model.addAttribute("frameworks", type == null ? List.of() : catalogue.frameworksFor(type.code()).stream()
                .map(applied -> new HorizonPages.Cell(type, applied.framework(), applied.assessment())).toList());
    }

    /** The catalogue's technology types, for the editor's select. */
    static List<TypeOption> typeOptions(HorizonService horizon) {
        return horizon.catalogue().types().stream().map(type -> new TypeOption(type.code(), type.name())).toList();
    }
}
