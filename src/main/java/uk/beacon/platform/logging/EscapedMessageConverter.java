package uk.beacon.platform.logging;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import uk.beacon.platform.domain.LogText;

/** The log message ({@code %m}, {@code %msg}, {@code %message}) with its control characters escaped. */
public class EscapedMessageConverter extends MessageConverter {

    @Override
    public String convert(ILoggingEvent event) {
        return LogText.escape(super.convert(event));
    }
}
