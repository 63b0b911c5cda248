package uk.beacon.capacity;

import uk.beacon.platform.InvalidRequestException;

/** A shift-plan request that cannot be designed as asked; {@link #field()} names the field at fault. */
public class ShiftPlanRequestException extends InvalidRequestException {

    private final String field;

    public ShiftPlanRequestException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
