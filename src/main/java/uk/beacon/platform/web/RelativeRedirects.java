package uk.beacon.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.security.web.RedirectStrategy;

/**
 * Spring Security's redirects (after sign-in, to the page first asked for) made relative: an absolute address,
 * such as the one Spring Security rebuilds from the first request's Host header, keeps only its path and query,
 * so a redirect never leaves Beacon for a host a request named.
 */
final class RelativeRedirects implements RedirectStrategy {

    @Override
    public void sendRedirect(HttpServletRequest request, HttpServletResponse response, String url) throws IOException {
        response.sendRedirect(response.encodeRedirectURL(relative(request, url)));
    }

    static String relative(HttpServletRequest request, String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException notAnAddress) {
            return request.getContextPath() + "/";
        }
        if (uri.isAbsolute() || uri.getRawAuthority() != null) {
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        }
        return url.startsWith("/") ? request.getContextPath() + url : url;
    }
}
