package uk.beacon.platform.logging;

import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import java.util.Arrays;
import uk.beacon.platform.domain.LogText;

/**
 * An exception as logback prints it, with its messages (and those of its causes and suppressed exceptions)
 * escaped: the lines of a stack trace are kept, but a message cannot add lines of its own.
 */
final class EscapedThrowable implements IThrowableProxy {

    private final IThrowableProxy proxy;

    private EscapedThrowable(IThrowableProxy proxy) {
        this.proxy = proxy;
    }

    static IThrowableProxy of(IThrowableProxy proxy) {
        return proxy == null || proxy instanceof EscapedThrowable ? proxy : new EscapedThrowable(proxy);
    }

    @Override
    public String getMessage() {
        return LogText.escape(proxy.getMessage());
    }

    @Override
    public String getOverridingMessage() {
        return LogText.escape(proxy.getOverridingMessage());
    }

    @Override
    public String getClassName() {
        return LogText.escape(proxy.getClassName());
    }

    @Override
    public StackTraceElementProxy[] getStackTraceElementProxyArray() {
        return proxy.getStackTraceElementProxyArray();
    }

    @Override
    public int getCommonFrames() {
        return proxy.getCommonFrames();
    }

    @Override
    public IThrowableProxy getCause() {
        return of(proxy.getCause());
    }

    @Override
    public IThrowableProxy[] getSuppressed() {
        IThrowableProxy[] suppressed = proxy.getSuppressed();
        return suppressed == null ? null : Arrays.stream(suppressed).map(EscapedThrowable::of)
                .toArray(IThrowableProxy[]::new);
    }

    @Override
    public boolean isCyclic() {
        return proxy.isCyclic();
    }
}
