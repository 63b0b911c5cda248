package uk.beacon.governance.domain.horizon;

/**
 * Whether a framework applies to a technology type and, when it does, how well it covers it, with
 * a note saying why and the source the judgement rests on.
 */
public record Assessment(String typeCode, String frameworkCode, boolean applies, Coverage coverage, String note,
        String sourceTitle, String sourceLink) {

    /**
     * The assessment with its fields checked: a framework that applies has a coverage and one that
     * does not has none; a note is required; a source link needs a source title.
     */
    public static Assessment of(String typeCode, String frameworkCode, boolean applies, Coverage coverage, String note,
            String sourceTitle, String sourceLink) {
        if (applies && coverage == null) {
            throw new HorizonRuleException("coverage",
                    "'coverage' must be COVERED, PARTLY_COVERED or GAP when the framework applies");
        }
        if (!applies && coverage != null) {
            throw new HorizonRuleException("coverage", "'coverage' must be empty when the framework does not apply");
        }
        String title = HorizonText.optional("sourceTitle", sourceTitle, 300);
        String link = HorizonText.link("sourceLink", sourceLink);
        if (link != null && title == null) {
            throw new HorizonRuleException("sourceTitle", "'sourceTitle' must name the source the link goes to");
        }
        return new Assessment(HorizonText.code("type", typeCode), HorizonText.code("framework", frameworkCode), applies,
                coverage, HorizonText.required("note", note, 4000), title, link);
    }

    /** The cell's text: the coverage, or that the framework does not apply. */
    public String label() {
        return applies ? coverage.label() : "Does not apply";
    }

    /** A gap or partly covered: what the gaps view lists. */
    public boolean shortfall() {
        return applies && coverage != Coverage.COVERED;
    }
}
