package uk.beacon.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import uk.beacon.platform.ConflictException;
import uk.beacon.platform.ForbiddenException;
import uk.beacon.platform.InvalidRequestException;
import uk.beacon.platform.NotFoundException;
import uk.beacon.platform.TooManyRequestsException;

/**
 * The one place where exceptions become responses: RFC 9457 problem JSON under {@code /api}, GOV.UK
 * error pages elsewhere. Nobody sees exception text from the code's depths or a stack trace; an
 * unexpected failure is logged with a reference that the 500 page and problem show.
 */
@ControllerAdvice
class ErrorHandling {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

    private final RefusalAudit refusals;

    ErrorHandling(RefusalAudit refusals) {
        this.refusals = refusals;
    }

    @ExceptionHandler(NotFoundException.class)
    Object notFound(NotFoundException e, HttpServletRequest request) {
        return respond(HttpStatus.NOT_FOUND, e.getMessage(), request);
    }

    @ExceptionHandler({ForbiddenException.class, AccessDeniedException.class})
    Object forbidden(RuntimeException e, HttpServletRequest request) {
        String detail = e instanceof ForbiddenException ? e.getMessage() : "Your account may not do this.";
        refusals.record(request, HttpStatus.FORBIDDEN.value(), detail);
        return respond(HttpStatus.FORBIDDEN, detail, request);
    }

    /** Bad input, API and pages alike: 400, with {@code errors} by field when fields are at fault. */
    @ExceptionHandler(InvalidRequestException.class)
    Object invalid(InvalidRequestException e, HttpServletRequest request) {
        return respond(HttpStatus.BAD_REQUEST, e.getMessage(), e.errors(), request);
    }

    /** The present state does not allow what was asked: 409. */
    @ExceptionHandler(ConflictException.class)
    Object conflict(ConflictException e, HttpServletRequest request) {
        return respond(HttpStatus.CONFLICT, e.getMessage(), request);
    }

    /** A rate limit: 429. */
    @ExceptionHandler(TooManyRequestsException.class)
    Object tooMany(TooManyRequestsException e, HttpServletRequest request) {
        return respond(HttpStatus.TOO_MANY_REQUESTS, e.getMessage(), request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    Object badArgument(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        return respond(HttpStatus.BAD_REQUEST, "The value of '" + e.getName() + "' is not valid.", request);
    }

    /** Spring MVC's own errors (no such page, wrong method, unreadable body) carry their status. */
    @ExceptionHandler(Exception.class)
    Object other(Exception e, HttpServletRequest request) {
        if (e instanceof ErrorResponse error && !error.getStatusCode().is5xxServerError()) {
            String detail = error.getBody().getDetail();
            return respond(HttpStatus.valueOf(error.getStatusCode().value()), detail == null ? "" : detail, request);
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        log.error("Unexpected failure (reference {}) handling {} {}", reference, request.getMethod(),
                request.getRequestURI(), e);
        return respond(HttpStatus.INTERNAL_SERVER_ERROR,
                "Something went wrong on our side. Quote reference " + reference + " if you contact us.", request);
    }

    private static Object respond(HttpStatus status, String detail, HttpServletRequest request) {
        return respond(status, detail, Map.of(), request);
    }

    private static Object respond(HttpStatus status, String detail, Map<String, String> errors,
            HttpServletRequest request) {
        if (ProblemResponses.isApi(request)) {
            ProblemDetail problem = ProblemResponses.problem(status, detail, request);
            if (!errors.isEmpty()) {
                problem.setProperty("errors", errors);
            }
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        ModelAndView page = new ModelAndView(template(status));
        page.setStatus(status);
        page.addObject("status", status.value());
        page.addObject("detail", status.is5xxServerError() ? null : detail);
        page.addObject("reference", status.is5xxServerError() ? detail : null);
        page.addObject("errors", errors);
        // Exception handlers' views miss the @ModelAttribute methods, so the layout's model is added here.
        page.addObject("currentUser", LayoutModel.currentUser());
        page.addObject("currentPath", LayoutModel.currentPath(request));
        return page;
    }

    private static String template(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "error/404";
            case FORBIDDEN -> "error/403";
            case INTERNAL_SERVER_ERROR -> "error/500";
            default -> "error/problem";
        };
    }
}
