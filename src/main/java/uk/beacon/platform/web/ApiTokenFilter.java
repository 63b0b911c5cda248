package uk.beacon.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.web.filter.OncePerRequestFilter;
import uk.beacon.platform.service.ApiTokenAuthentication;
import uk.beacon.platform.service.ApiTokenService;

/**
 * Signs an API request in with {@code Authorization: Bearer <token>} (a personal API token), for this request only:
 * nothing is kept in a session. A refused token is answered 401 at once, whatever the path, rather than passed on
 * as an anonymous request. Requests without a bearer token go on to HTTP Basic as before.
 */
final class ApiTokenFilter extends OncePerRequestFilter {

    private static final String SCHEME = "Bearer ";

    private final ApiTokenService tokens;
    private final AuthenticationEntryPoint refusal;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    private ApiTokenFilter(ApiTokenService tokens, AuthenticationEntryPoint refusal) {
        this.tokens = tokens;
        this.refusal = refusal;
    }

    /** Puts the filter in the API's chain, ahead of HTTP Basic. */
    static void install(HttpSecurity http, ApiTokenService tokens, AuthenticationEntryPoint refusal) {
        http.addFilterBefore(new ApiTokenFilter(tokens, refusal), BasicAuthenticationFilter.class);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            chain.doFilter(request, response);
            return;
        }
        Optional<ApiTokenAuthentication> signedIn = tokens.authenticate(header.substring(SCHEME.length()).strip(),
                request.getRemoteAddr());
        if (signedIn.isEmpty()) {
            contexts.clearContext();
            refusal.commence(request, response, new BadCredentialsException("The API token was refused"));
            return;
        }
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(signedIn.get());
        contexts.setContext(context);
        chain.doFilter(request, response);
    }
}
