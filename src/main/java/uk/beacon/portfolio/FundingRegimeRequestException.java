package uk.beacon.portfolio;

import uk.beacon.platform.InvalidRequestException;

/** A funding-regimes request that cannot be simulated as asked; {@link #field()} names the field at fault. */
public class FundingRegimeRequestException extends InvalidRequestException {

    private final String field;

    public FundingRegimeRequestException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
