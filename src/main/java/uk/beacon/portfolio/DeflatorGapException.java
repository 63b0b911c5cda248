package uk.beacon.portfolio;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A nominal initiative has a year its owning force's deflator series does not cover, so it cannot be appraised
 * until the series covers it or the figures are given in real prices (409).
 */
public class DeflatorGapException extends ErrorResponseException {

    public DeflatorGapException(String message) {
        super(HttpStatus.CONFLICT, ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, message), null);
    }

    @Override
    public String getMessage() {
        return getBody().getDetail();
    }
}
