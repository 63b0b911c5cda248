package uk.beacon.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts a Permissions-Policy on every response, before anything else can answer (a refused body, a static file, an
 * error page): the powerful browser features Beacon does not use are off for its pages and anything they frame.
 * Only features that browsers recognise are named, as an unknown one is reported as an error in the console
 * ({@code interest-cohort}, for one, is no longer recognised; {@code browsing-topics} took its place).
 */
final class PermissionsPolicyFilter extends OncePerRequestFilter {

    static final String POLICY = "accelerometer=(), autoplay=(), browsing-topics=(), camera=(), "
            + "display-capture=(), encrypted-media=(), geolocation=(), gyroscope=(), hid=(), magnetometer=(), "
            + "microphone=(), midi=(), payment=(), picture-in-picture=(), publickey-credentials-get=(), "
            + "screen-wake-lock=(), serial=(), usb=(), xr-spatial-tracking=()";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Permissions-Policy", POLICY);
        chain.doFilter(request, response);
    }
}
