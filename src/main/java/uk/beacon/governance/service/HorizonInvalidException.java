package uk.beacon.governance.service;

import uk.beacon.platform.InvalidRequestException;

/** A change to the horizon catalogue breaks a rule; shown as 400 naming {@link #field()}. */
public class HorizonInvalidException extends InvalidRequestException {

    private final String field;

    public HorizonInvalidException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
