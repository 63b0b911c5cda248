package uk.beacon.platform.web;

import java.util.List;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.RequestMatcher;
import uk.beacon.platform.PublicPaths;

/**
 * Who may open what. Two chains: the API ({@code /api/**}: HTTP Basic, problem JSON for 401 and 403)
 * and the pages (form sign-in, CSRF, GOV.UK error pages). Paths declared as {@link PublicPaths} are
 * open to anyone; everything else needs a signed-in user. Private data is further limited to the
 * user's own organisation by the services, not here.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** Scripts only from Beacon itself: no inline script, so injected markup cannot run code. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, List<PublicPaths> publicPaths, ProblemResponses problems,
            uk.beacon.platform.service.ApiTokenService apiTokens) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> {
                    requests.requestMatchers(patterns(publicPaths)).permitAll();
                    requests.requestMatchers("/api/v1/audit", "/api/v1/audit/**").hasRole("ADMINISTRATOR");
                    requests.anyRequest().authenticated();
                })
                .httpBasic(basic -> basic.realmName("Beacon").authenticationEntryPoint(problems::unauthorised))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems::unauthorised)
                        .accessDeniedHandler(problems::forbidden))
                // API clients use HTTP Basic and need no CSRF token; a browser page that calls the API
                // with its session cookie does, like any form.
                .csrf(csrf -> csrf.requireCsrfProtectionMatcher(usesSessionForUnsafeMethod())
                        .csrfTokenRequestHandler(new CsrfTokenResolver()))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .requestCache(cache -> cache.disable())
                .headers(SecurityConfiguration::headers);
        ApiTokenFilter.install(http, apiTokens, problems::unauthorised);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pageChain(HttpSecurity http, List<PublicPaths> publicPaths, PageRefusals refusals)
            throws Exception {
        http.authorizeHttpRequests(requests -> {
            requests.requestMatchers(patterns(publicPaths)).permitAll();
            requests.requestMatchers("/admin/**", "/actuator/**").hasRole("ADMINISTRATOR");
            requests.anyRequest().authenticated();
        })
                .formLogin(form -> form.loginPage("/sign-in").loginProcessingUrl("/sign-in")
                        .failureUrl("/sign-in?error").successHandler(backToWhatWasAskedFor()).permitAll())
                .logout(logout -> logout.logoutUrl("/sign-out").logoutSuccessUrl("/?signed-out"))
                .sessionManagement(session -> session.sessionFixation().changeSessionId())
                .csrf(csrf -> csrf.csrfTokenRequestHandler(new CsrfTokenResolver()))
                .exceptionHandling(errors -> errors.accessDeniedHandler(refusals)
                        .authenticationEntryPoint(signInHere()))
                .headers(SecurityConfiguration::headers);
        return http.build();
    }

    /** To the sign-in page, by a relative address: never to the host that the request named. */
    private static LoginUrlAuthenticationEntryPoint signInHere() {
        LoginUrlAuthenticationEntryPoint entryPoint = new LoginUrlAuthenticationEntryPoint("/sign-in");
        entryPoint.setFavorRelativeUris(true);
        return entryPoint;
    }

    /** After sign-in, to the page first asked for (or the home page), by a relative address. */
    private static SavedRequestAwareAuthenticationSuccessHandler backToWhatWasAskedFor() {
        SavedRequestAwareAuthenticationSuccessHandler success = new SavedRequestAwareAuthenticationSuccessHandler();
        success.setDefaultTargetUrl("/");
        success.setRedirectStrategy(new RelativeRedirects());
        return success;
    }

    private static void headers(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                // Sent only over TLS, as browsers ignore it otherwise.
                .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000));
    }

    private static String[] patterns(List<PublicPaths> publicPaths) {
        return publicPaths.stream().flatMap(paths -> paths.patterns().stream()).distinct().toArray(String[]::new);
    }

    /**
     * An unsafe call that would be signed in by its session cookie. One with neither a session nor
     * credentials is not matched, so that it gets 401 (sign in) rather than 403 (no CSRF token).
     */
    private static RequestMatcher usesSessionForUnsafeMethod() {
        return request -> !SAFE_METHODS.contains(request.getMethod()) && request.getHeader("Authorization") == null
                && (request.getRequestedSessionId() != null || request.getSession(false) != null);
    }

}
