package uk.beacon.platform.web;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * What the pages and API accept, and where Beacon is ({@code beacon.web.*}).
 *
 * @param maxBodySize the largest request body accepted anywhere but a {@link uk.beacon.platform.LargeUpload}
 *     handler, whose limit is {@code spring.servlet.multipart.max-request-size}
 * @param baseUrl Beacon's public address ({@code BEACON_BASE_URL}, such as {@code https://beacon.example.gov.uk}),
 *     for the few links that must be absolute; never taken from a request's Host or forwarded headers. Without
 *     it, links and redirects are relative to wherever Beacon was reached.
 */
@ConfigurationProperties("beacon.web")
record WebSettings(@DefaultValue("1MB") DataSize maxBodySize, URI baseUrl) {

    WebSettings {
        if (baseUrl != null && baseUrl.toString().isBlank()) {
            baseUrl = null;
        }
        if (baseUrl != null && !isSiteAddress(baseUrl)) {
            throw new IllegalArgumentException("beacon.web.base-url (BEACON_BASE_URL) must be an http or https "
                    + "address such as https://beacon.example.gov.uk, not " + baseUrl);
        }
        if (baseUrl != null && baseUrl.toString().endsWith("/")) {
            String text = baseUrl.toString();
            baseUrl = URI.create(text.substring(0, text.length() - 1));
        }
    }

    private static boolean isSiteAddress(URI url) {
        boolean web = "https".equalsIgnoreCase(url.getScheme()) || "http".equalsIgnoreCase(url.getScheme());
        return web && url.getHost() != null && url.getQuery() == null && url.getFragment() == null
                && url.getUserInfo() == null;
    }

    /** The absolute address of a path on Beacon, from the base URL; the path itself without one. */
    String link(String path) {
        return baseUrl == null ? path : baseUrl + path;
    }
}
