package uk.beacon.governance.web;

import java.util.Map;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import uk.beacon.demand.WorkTypes;

/** What every governance page may show: the names of the demand module's work types, by code. */
@ControllerAdvice(basePackageClasses = GovernanceModel.class)
class GovernanceModel {

    @ModelAttribute("workTypeLabels")
    Map<String, String> workTypeLabels() {
        return WorkTypes.labels();
    }
}
