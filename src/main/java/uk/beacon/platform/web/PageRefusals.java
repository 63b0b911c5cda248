package uk.beacon.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;

/**
 * A page that Spring Security refuses (403): audited, then the GOV.UK error page; for a form without its valid
 * CSRF token, the page that says the form has expired ({@link FormExpiry}).
 */
@Component
class PageRefusals implements AccessDeniedHandler {

    private final RefusalAudit refusals;

    PageRefusals(RefusalAudit refusals) {
        this.refusals = refusals;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        refusals.record(request, HttpStatus.FORBIDDEN.value(), ProblemResponses.reason(e));
        if (e instanceof CsrfException) {
            FormExpiry.mark(request);
        }
        response.sendError(HttpStatus.FORBIDDEN.value());
    }
}
