package uk.beacon.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/** RFC 9457 problem JSON: built here for every API error, whether from a controller or a security filter. */
@Component
class ProblemResponses {

    private final ObjectMapper json;
    private final RefusalAudit refusals;

    ProblemResponses(ObjectMapper json, RefusalAudit refusals) {
        this.json = json;
        this.refusals = refusals;
    }

    /** Whether the request is for the API (problem JSON) rather than a page. */
    static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    static ProblemDetail problem(HttpStatus status, String detail, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setInstance(URI.create(request.getRequestURI()));
        return problem;
    }

    void unauthorised(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        // Wrong passwords and tokens are audited as failed sign-ins; a request with no credentials at all here.
        if (e instanceof InsufficientAuthenticationException) {
            refusals.record(request, HttpStatus.UNAUTHORIZED.value(), "not signed in");
        }
        response.setHeader("WWW-Authenticate", "Basic realm=\"Beacon\"");
        write(response, problem(HttpStatus.UNAUTHORIZED,
                "Sign in with HTTP Basic authentication using a Beacon account.", request));
    }

    void forbidden(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        refusals.record(request, HttpStatus.FORBIDDEN.value(), reason(e));
        write(response, problem(HttpStatus.FORBIDDEN,
                e instanceof CsrfException ? FormExpiry.MESSAGE : "Your account may not do this.", request));
    }

    /** Writes a problem for the status and detail, outside Spring MVC (in a filter). */
    void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
            throws IOException {
        write(response, problem(status, detail, request));
    }

    /** Why Spring Security refused, in the audit log's words. */
    static String reason(AccessDeniedException e) {
        return e instanceof CsrfException ? "no valid CSRF token (" + e.getClass().getSimpleName() + ")"
                : "the account's roles do not allow it";
    }

    private void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        var body = new java.util.LinkedHashMap<String, Object>();
        body.put("type", problem.getType() == null ? "about:blank" : problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        body.put("instance", problem.getInstance().toString());
        json.writeValue(response.getOutputStream(), body);
    }
}
