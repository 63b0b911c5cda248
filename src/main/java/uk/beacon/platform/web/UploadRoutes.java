package uk.beacon.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import uk.beacon.platform.LargeUpload;

/**
 * The routes of the {@link LargeUpload} handlers (method and path pattern), read from Spring MVC's own mappings
 * so that a filter ahead of Spring MVC and Spring Security can tell an upload from any other request.
 */
@Component
class UploadRoutes {

    private record Route(Set<String> methods, PathPattern pattern) {

        boolean matches(String method, PathContainer path) {
            return (methods.isEmpty() || methods.contains(method)) && pattern.matches(path);
        }
    }

    private final ObjectProvider<RequestMappingHandlerMapping> mappings;
    private volatile List<Route> routes;

    UploadRoutes(@Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> mappings) {
        this.mappings = mappings;
    }

    boolean isUpload(HttpServletRequest request) {
        String uri = request.getRequestURI().substring(request.getContextPath().length());
        PathContainer path = PathContainer.parsePath(uri);
        return routes().stream().anyMatch(route -> route.matches(request.getMethod(), path));
    }

    /** The upload routes' patterns, such as {@code /api/v1/forces/{force}/demand/imports}. */
    List<String> patterns() {
        return routes().stream().map(route -> route.pattern().getPatternString()).distinct().toList();
    }

    private List<Route> routes() {
        List<Route> found = routes;
        if (found == null) {
            found = mappings.getObject().getHandlerMethods().entrySet().stream()
                    .filter(entry -> entry.getValue().hasMethodAnnotation(LargeUpload.class))
                    .flatMap(entry -> {
                        Set<String> methods = entry.getKey().getMethodsCondition().getMethods().stream()
                                .map(RequestMethod::name).collect(Collectors.toSet());
                        return entry.getKey().getPathPatternsCondition().getPatterns().stream()
                                .map(pattern -> new Route(methods, requireForce(pattern, entry.getValue().toString())));
                    })
                    .toList();
            routes = found;
        }
        return found;
    }

    private static PathPattern requireForce(PathPattern pattern, String handler) {
        if (!pattern.getPatternString().contains("{force}")) {
            throw new IllegalStateException("The @LargeUpload handler " + handler + " has no {force} in its path "
                    + pattern.getPatternString());
        }
        return pattern;
    }
}
