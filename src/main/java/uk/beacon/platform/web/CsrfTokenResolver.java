package uk.beacon.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Supplier;
import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.util.WebUtils;

/**
 * Spring Security's CSRF tokens (masked per response against BREACH), except where a multipart request's token is
 * looked for: in its header ({@code X-CSRF-TOKEN}) or its address ({@code ?_csrf=}), never in its body, since
 * asking the servlet container for a form field of a multipart body reads the whole body, however large, before
 * the token is checked. Pages put the token in the address of each multipart form.
 */
final class CsrfTokenResolver implements CsrfTokenRequestHandler {

    private final XorCsrfTokenRequestAttributeHandler tokens = new XorCsrfTokenRequestAttributeHandler();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> csrfToken) {
        tokens.handle(request, response, csrfToken);
    }

    @Override
    public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken csrfToken) {
        return tokens.resolveCsrfTokenValue(isUnreadMultipart(request) ? new AddressOnly(request) : request, csrfToken);
    }

    private static boolean isUnreadMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        // A body already parsed (MultipartHttpServletRequest) costs nothing more to read.
        return type != null && type.toLowerCase(Locale.ROOT).startsWith(MediaType.MULTIPART_FORM_DATA_VALUE)
                && WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class) == null;
    }

    /** The request, with parameters taken from its address alone. */
    private static final class AddressOnly extends HttpServletRequestWrapper {

        AddressOnly(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getParameter(String name) {
            String query = getQueryString();
            if (query == null) {
                return null;
            }
            for (String pair : query.split("&")) {
                int equals = pair.indexOf('=');
                String key = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
                if (key.equals(name)) {
                    return equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
                }
            }
            return null;
        }
    }
}
