package uk.beacon.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import uk.beacon.platform.AuditLog;
import uk.beacon.platform.SignedInUser;

/**
 * Records every change made through Beacon's pages and API: each successful request with a method
 * that changes something, by whom and for which organisation. Modules add finer entries of their own.
 */
@Component
class AuditingInterceptor implements HandlerInterceptor {

    private static final Set<String> CHANGING_METHODS = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final AuditLog audit;

    AuditingInterceptor(AuditLog audit) {
        this.audit = audit;
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception failure) {
        if (!CHANGING_METHODS.contains(request.getMethod()) || failure != null || response.getStatus() >= 400) {
            return;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
            audit.record(user, "request", request.getMethod() + " " + request.getRequestURI(),
                    "status " + response.getStatus());
        }
    }
}
