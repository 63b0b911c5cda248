package uk.beacon.platform;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.modulith.NamedInterface;

/**
 * The request cannot be carried out as asked: the one refusal for bad input, API and pages alike. It names each
 * field at fault (such as {@code index[2].value}) with a message for the person who asked; the API answers 400 with
 * {@code errors} by field, a page shows its error summary. A refusal that is about no one field has no errors.
 */
@NamedInterface("refusals")
public class InvalidRequestException extends RuntimeException {

    private static final Pattern QUOTED_FIELD = Pattern.compile("'([A-Za-z][\\w.\\[\\]]*)'(:\\s*)?(.+)", Pattern.DOTALL);

    private final Map<String, String> errors;

    /**
     * A refusal in words. A message that starts by quoting a field, as in {@code "'name': Enter a name"} or
     * {@code "'q' must be 200 characters or fewer"}, refuses that field; any other is about the request as a whole.
     */
    public InvalidRequestException(String message) {
        super(message);
        Matcher quoted = QUOTED_FIELD.matcher(message == null ? "" : message);
        this.errors = quoted.matches()
                ? Map.of(quoted.group(1), quoted.group(2) != null ? quoted.group(3) : message)
                : Map.of();
    }

    /** A refusal of one field. */
    public InvalidRequestException(String field, String message) {
        super(message);
        this.errors = Map.of(field, message);
    }

    /** A refusal of one or more fields, in the order they should be listed. */
    public InvalidRequestException(Map<String, String> errors) {
        super(describe(errors));
        this.errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
    }

    /** The fields at fault with their messages, in order; empty when the refusal is about no one field. */
    public Map<String, String> errors() {
        return errors;
    }

    /** The first field at fault, or {@code null} when the refusal is about no one field. */
    public String field() {
        return errors.isEmpty() ? null : errors.keySet().iterator().next();
    }

    private static String describe(Map<String, String> errors) {
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("A refusal by field names at least one field");
        }
        Map.Entry<String, String> first = errors.entrySet().iterator().next();
        return "'" + first.getKey() + "': " + first.getValue()
                + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : "");
    }
}
