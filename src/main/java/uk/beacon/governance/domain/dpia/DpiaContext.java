package uk.beacon.governance.domain.dpia;

import uk.beacon.governance.domain.FieldErrors;

/**
 * The context of the processing, the first part of CNIL's PIA method: what the processing is and who is
 * responsible for it, the personal data it uses, how the data flows through its life, and the assets (hardware,
 * software, networks, people, paper) the data rests on.
 *
 * @param processingDescription what the processing is, its purposes and its stakes
 * @param controller the controller (for a force, normally the chief constable)
 * @param processors the processors acting for the controller, or "none"
 * @param responsibilities who is responsible for what, including joint controllers
 * @param dataCategories the categories of personal data, including special categories and criminal offence data
 * @param dataLifecycle how the data is collected, used, shared, kept and deleted
 * @param supportingAssets the assets the data rests on
 */
public record DpiaContext(String processingDescription, String controller, String processors,
        String responsibilities, String dataCategories, String dataLifecycle, String supportingAssets) {

    public static DpiaContext blank() {
        return new DpiaContext(null, null, null, null, null, null, null);
    }

    void validate(FieldErrors errors) {
        errors.length("context.processingDescription", processingDescription, FieldErrors.LONG_TEXT,
                "The description of the processing");
        errors.length("context.controller", controller, FieldErrors.SHORT_TEXT, "The controller");
        errors.length("context.processors", processors, FieldErrors.LONG_TEXT, "The processors");
        errors.length("context.responsibilities", responsibilities, FieldErrors.LONG_TEXT, "The responsibilities");
        errors.length("context.dataCategories", dataCategories, FieldErrors.LONG_TEXT, "The categories of data");
        errors.length("context.dataLifecycle", dataLifecycle, FieldErrors.LONG_TEXT, "The data lifecycle");
        errors.length("context.supportingAssets", supportingAssets, FieldErrors.LONG_TEXT, "The supporting assets");
    }

    void missing(FieldErrors errors) {
        errors.required("context.processingDescription", processingDescription,
                "Enter a description of the processing");
        errors.required("context.controller", controller, "Enter the controller");
        errors.required("context.processors", processors, "Enter the processors, or none");
        errors.required("context.responsibilities", responsibilities, "Enter who is responsible for what");
        errors.required("context.dataCategories", dataCategories, "Enter the categories of personal data");
        errors.required("context.dataLifecycle", dataLifecycle, "Enter the lifecycle of the data");
        errors.required("context.supportingAssets", supportingAssets, "Enter the supporting assets");
    }
}
