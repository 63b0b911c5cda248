package uk.beacon.governance.domain.horizon;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/** The rules every catalogue field follows: codes, required and optional text, and links. */
public final class HorizonText {

    private static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private HorizonText() {
    }

    /** A code: lower-case letters, digits and single hyphens, 2 to 60 characters, as it appears in a URL. */
    public static String code(String field, String value) {
        if (value == null || value.length() < 2 || value.length() > 60 || !CODE.matcher(value).matches()) {
            throw new HorizonRuleException(field, "'" + field
                    + "' must be 2 to 60 lower-case letters, digits and single hyphens, such as live-facial-recognition");
        }
        return value;
    }

    public static String required(String field, String value, int maxLength) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            throw new HorizonRuleException(field, "'" + field + "' must not be empty");
        }
        return limit(field, text, maxLength);
    }

    /** Optional text: blank becomes null. */
    public static String optional(String field, String value, int maxLength) {
        String text = value == null ? "" : value.strip();
        return text.isEmpty() ? null : limit(field, text, maxLength);
    }

    private static String limit(String field, String text, int maxLength) {
        if (text.length() > maxLength) {
            throw new HorizonRuleException(field, "'" + field + "' must be at most " + maxLength + " characters");
        }
        return text;
    }

    /** An absolute http or https link (so that a link can never run script); blank becomes null. */
    public static String link(String field, String value) {
        String text = optional(field, value, 500);
        if (text == null) {
            return null;
        }
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return text;
            }
        } catch (URISyntaxException e) {
            // falls through to the rule below
        }
        throw new HorizonRuleException(field, "'" + field + "' must be a full web address beginning https:// or http://");
    }
}
