package uk.beacon.governance.domain.horizon;

/** A kind of technology that forces use or may use, such as live facial recognition. */
public record TechnologyType(String code, String name, String description) {

    /** The type with its fields checked and trimmed; throws {@link HorizonRuleException} naming the field. */
    public static TechnologyType of(String code, String name, String description) {
        return new TechnologyType(HorizonText.code("code", code), HorizonText.required("name", name, 200),
                HorizonText.required("description", description, 2000));
    }
}
