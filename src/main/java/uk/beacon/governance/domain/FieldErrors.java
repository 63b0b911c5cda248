package uk.beacon.governance.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Errors keyed by the id of the form field at fault ({@code risks[0].severityAfter}), in the order of the form,
 * the first error for a field kept. The same keys serve as JSON paths for the API's 400 answers.
 */
public final class FieldErrors {

    /** Longest free text (a description, a justification) in characters. */
    public static final int LONG_TEXT = 10_000;
    /** Longest short text (a name, an owner, a file name) in characters. */
    public static final int SHORT_TEXT = 200;

    private final Map<String, String> errors = new LinkedHashMap<>();

    public void add(String field, String message) {
        errors.putIfAbsent(field, message);
    }

    public Map<String, String> map() {
        return Collections.unmodifiableMap(errors);
    }

    public static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** Reports the text when it is longer than {@code limit} characters. */
    public void length(String field, String text, int limit, String name) {
        if (text != null && text.codePointCount(0, text.length()) > limit) {
            add(field, name + " must be " + "%,d".formatted(limit) + " characters or fewer");
        }
    }

    /** Reports the text when it is missing. */
    public void required(String field, String text, String message) {
        if (blank(text)) {
            add(field, message);
        }
    }

    /**
     * A copy of a list that tolerates a missing list and missing items: the JSON {@code null} and {@code [null]}
     * both read as blank content, so that validation names the field rather than failing on a null.
     */
    public static <T> List<T> copy(List<T> list, Supplier<T> blank) {
        List<T> copy = new ArrayList<>();
        if (list != null) {
            for (T item : list) {
                copy.add(item == null ? blank.get() : item);
            }
        }
        return Collections.unmodifiableList(copy);
    }
}
