package uk.beacon.governance.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reading the text of a form into values, for the DPIA and ethics review forms: a blank field is a value not yet
 * given (null), and text that is not a value of its kind is an error for its field.
 */
final class DpiaFormValues {

    /** A choice of a radio group: what is sent and what is shown. */
    public record Option(String value, String label) {
    }

    static final List<Option> YES_NO = List.of(new Option("yes", "Yes"), new Option("no", "No"));

    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})[\\s/.-]+(\\d{1,2})[\\s/.-]+(\\d{4})");
    private static final Pattern YEAR_MONTH_DAY = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");

    private DpiaFormValues() {
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** The text as written, or null when blank. */
    static String text(String text) {
        return blank(text) ? null : text;
    }

    static Integer whole(String field, String text, String message, Map<String, String> errors) {
        if (blank(text)) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            errors.putIfAbsent(field, message);
            return null;
        }
    }

    static Boolean yesNo(String field, String text, String message, Map<String, String> errors) {
        if (blank(text)) {
            return null;
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "yes", "true" -> true;
            case "no", "false" -> false;
            default -> {
                errors.putIfAbsent(field, message);
                yield null;
            }
        };
    }

    static String yesNo(Boolean value) {
        return value == null ? "" : value ? "yes" : "no";
    }

    static <E extends Enum<E>> E choice(Class<E> type, String field, String text, String message,
            Map<String, String> errors) {
        if (blank(text)) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip());
        } catch (IllegalArgumentException e) {
            errors.putIfAbsent(field, message);
            return null;
        }
    }

    /** A date written day month year ({@code 31 3 2026}, {@code 31/03/2026}) or year first ({@code 2026-03-31}). */
    static LocalDate date(String field, String text, String what, Map<String, String> errors) {
        if (blank(text)) {
            return null;
        }
        String value = text.strip();
        try {
            Matcher dayFirst = DAY_MONTH_YEAR.matcher(value);
            if (dayFirst.matches()) {
                return LocalDate.of(Integer.parseInt(dayFirst.group(3)), Integer.parseInt(dayFirst.group(2)),
                        Integer.parseInt(dayFirst.group(1)));
            }
            Matcher yearFirst = YEAR_MONTH_DAY.matcher(value);
            if (yearFirst.matches()) {
                return LocalDate.of(Integer.parseInt(yearFirst.group(1)), Integer.parseInt(yearFirst.group(2)),
                        Integer.parseInt(yearFirst.group(3)));
            }
        } catch (DateTimeException e) {
            // Not a real date, such as 31 2 2026: reported below.
        }
        errors.putIfAbsent(field, what + " must be a real date, such as 31 3 2026");
        return null;
    }

    /** A date as the form shows it: {@code 31 3 2026}. */
    static String date(LocalDate date) {
        return date == null ? "" : date.getDayOfMonth() + " " + date.getMonthValue() + " " + date.getYear();
    }

    static String string(Object value) {
        return value == null ? "" : value.toString();
    }
}
