package uk.beacon.governance.service;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A client has reported more problems than the rate limit allows (429). */
public class TooManyReportsException extends ErrorResponseException {

    public TooManyReportsException(String message) {
        super(HttpStatus.TOO_MANY_REQUESTS, ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, message),
                null);
    }

    @Override
    public String getMessage() {
        return getBody().getDetail();
    }
}
