package uk.beacon.platform;

import org.springframework.modulith.NamedInterface;

/**
 * What was asked is well formed but the present state of the thing does not allow it, such as approving a draft or
 * accepting an invitation already declined: the one refusal for state conflicts, answered 409 on the API and pages.
 */
@NamedInterface("refusals")
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
