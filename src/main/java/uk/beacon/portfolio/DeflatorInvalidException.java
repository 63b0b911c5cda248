package uk.beacon.portfolio;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import uk.beacon.platform.InvalidRequestException;

/** A deflator series that breaks the rules; {@link #errors()} names each field at fault, such as index[2].value (400). */
public class DeflatorInvalidException extends InvalidRequestException {

    private final Map<String, String> errors;

    public DeflatorInvalidException(Map<String, String> errors) {
        super(describe(errors));
        this.errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
    }

    public Map<String, String> errors() {
        return errors;
    }

    private static String describe(Map<String, String> errors) {
        Map.Entry<String, String> first = errors.entrySet().iterator().next();
        return "'" + first.getKey() + "': " + first.getValue()
                + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : "");
    }
}
