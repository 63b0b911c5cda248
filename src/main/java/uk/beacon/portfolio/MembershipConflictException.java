package uk.beacon.portfolio;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A membership decision its present state does not allow, such as accepting after declining (409). */
public class MembershipConflictException extends ErrorResponseException {

    public MembershipConflictException(String message) {
        super(HttpStatus.CONFLICT, ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, message), null);
    }

    @Override
    public String getMessage() {
        return getBody().getDetail();
    }
}
