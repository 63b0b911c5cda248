package uk.beacon.governance.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import uk.beacon.demand.WorkTypes;

/** What every governance page may show: the names of the demand module's work types, by code. */
@ControllerAdvice(basePackageClasses = GovernanceModel.class)
class GovernanceModel {

    private static final Map<String, String> WORK_TYPE_LABELS = new LinkedHashMap<>();

    static {
        WorkTypes.all().forEach(type -> WORK_TYPE_LABELS.put(type.code(), type.label()));
    }

    @ModelAttribute("workTypeLabels")
    Map<String, String> workTypeLabels() {
        return WORK_TYPE_LABELS;
    }
}
