package uk.beacon.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.autoconfigure.error.DefaultErrorViewResolver;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * A form sent without its valid CSRF token (most often one left open after its session ended, or a sign-in page
 * opened before a restart) is refused as expired, not as forbidden: the page says so and leads back to the form.
 * {@link PageRefusals} marks such a refusal; the error page for it is chosen here, and every other error page by
 * its status as Spring Boot does.
 */
@Component
class FormExpiry implements ErrorViewResolver {

    static final String MESSAGE = "This form has expired. Go back to the page, reload it and send the form again.";
    private static final String EXPIRED = FormExpiry.class.getName() + ".expired";

    /** Spring Boot's own (error/403.html and the like), which a resolver of Beacon's own would otherwise replace. */
    private final DefaultErrorViewResolver byStatus;

    FormExpiry(ApplicationContext context, ObjectProvider<WebProperties> web) {
        this.byStatus = new DefaultErrorViewResolver(context, web.getIfAvailable(WebProperties::new).getResources());
    }

    /** Marks the request as refused for its CSRF token, with the page to go back to. */
    static void mark(HttpServletRequest request) {
        request.setAttribute(EXPIRED, backTo(request));
    }

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        Object back = request.getAttribute(EXPIRED);
        if (status != HttpStatus.FORBIDDEN || !(back instanceof String path)) {
            return byStatus.resolveErrorView(request, status, model);
        }
        return new ModelAndView("error/form-expired", Map.of("back", path), status);
    }

    /**
     * The page the form was on: the path of the Referer (never its host, so the link stays on Beacon), else the
     * address the form was sent to.
     */
    static String backTo(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        if (referer != null) {
            try {
                URI from = URI.create(referer);
                String path = from.getRawPath();
                if (path != null && path.startsWith("/") && !path.startsWith("//")) {
                    return from.getRawQuery() == null ? path : path + "?" + from.getRawQuery();
                }
            } catch (IllegalArgumentException notAnAddress) {
                // Fall back to where the form was sent.
            }
        }
        String sentTo = request.getRequestURI().substring(request.getContextPath().length());
        return sentTo.isEmpty() ? "/" : sentTo;
    }
}
