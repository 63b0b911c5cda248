package uk.beacon.governance.service;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The record's state does not allow what was asked, such as approving a draft (409). */
public class ConflictException extends ErrorResponseException {

    public ConflictException(String message) {
        super(HttpStatus.CONFLICT, ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, message), null);
    }

    @Override
    public String getMessage() {
        return getBody().getDetail();
    }
}
