package uk.beacon.portfolio;

import uk.beacon.platform.InvalidRequestException;

/** A portfolio-optimisation request that cannot be solved as asked; {@link #field()} names the field at fault. */
public class OptimisationRequestException extends InvalidRequestException {

    private final String field;

    public OptimisationRequestException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
