package uk.beacon.governance.service;

import java.util.Map;
import uk.beacon.platform.InvalidRequestException;

/** A technology record that breaks the rules; {@link #problems()} names each field at fault (400). */
public class RecordInvalidException extends InvalidRequestException {

    private final Map<String, String> problems;

    public RecordInvalidException(Map<String, String> problems) {
        super(describe(problems));
        this.problems = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(problems));
    }

    public Map<String, String> problems() {
        return problems;
    }

    private static String describe(Map<String, String> problems) {
        Map.Entry<String, String> first = problems.entrySet().iterator().next();
        return "'" + first.getKey() + "': " + first.getValue()
                + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : "");
    }
}
