package uk.beacon.platform.logging;

import ch.qos.logback.classic.spi.IThrowableProxy;
import org.springframework.boot.logging.logback.ExtendedWhitespaceThrowableProxyConverter;

/**
 * Spring Boot's exception conversion ({@code %wEx}: a blank line before the stack trace, with packaging data)
 * with the exceptions' messages escaped.
 */
public class EscapedThrowableConverter extends ExtendedWhitespaceThrowableProxyConverter {

    @Override
    protected String throwableProxyToString(IThrowableProxy proxy) {
        return super.throwableProxyToString(EscapedThrowable.of(proxy));
    }
}
