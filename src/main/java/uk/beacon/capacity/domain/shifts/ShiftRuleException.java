package uk.beacon.capacity.domain.shifts;

/** A shift design's rules cannot be met or make no sense; {@link #field()} names the rule at fault. */
public class ShiftRuleException extends RuntimeException {

    private final String field;

    public ShiftRuleException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The request field at fault, such as {@code requirement} or {@code startHours}. */
    public String field() {
        return field;
    }
}
