package uk.beacon.governance.domain.horizon;

/** A catalogue entry breaks a rule; {@link #field()} names the field at fault. */
public class HorizonRuleException extends IllegalArgumentException {

    private final String field;

    public HorizonRuleException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
