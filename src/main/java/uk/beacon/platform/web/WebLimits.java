package uk.beacon.platform.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * What the pages and API accept ({@code beacon.web.*}).
 *
 * @param maxBodySize the largest request body accepted anywhere but a {@link uk.beacon.platform.LargeUpload}
 *     handler, whose limit is {@code spring.servlet.multipart.max-request-size}
 */
@ConfigurationProperties("beacon.web")
record WebLimits(@DefaultValue("1MB") DataSize maxBodySize) {
}
