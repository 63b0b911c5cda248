package uk.beacon.demand.web;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Locale;
import uk.beacon.demand.domain.TimePattern;

/**
 * The common ways of writing dates and times, as the mapping builder offers them: each with the
 * file's first time as that pattern reads it, so that a person chooses by the result and needs no
 * pattern letters.
 *
 * @param example the first value of the file's created-time column, or null when there is none
 */
record PatternChoices(String example, List<Choice> choices) {

    /** One pattern: its value in the form, its label, and how it reads the example (null without one). */
    record Choice(String value, String label, String reading) {
    }

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm:ss",
            Locale.UK);

    /** The choices, read against the first non-empty value of the column in the rows shown. */
    static PatternChoices of(List<String> header, List<List<String>> rows, String column) {
        int index = column == null ? -1 : header.indexOf(column);
        String example = index < 0 ? null : rows.stream().filter(row -> index < row.size())
                .map(row -> row.get(index).strip()).filter(value -> !value.isEmpty()).findFirst().orElse(null);
        List<Choice> choices = TimePattern.common().stream().map(pattern -> new Choice(pattern.pattern(),
                List.of(TimePattern.ISO, TimePattern.EXCEL).contains(pattern.pattern()) ? pattern.label()
                        : pattern.label() + " (" + pattern.pattern() + ")",
                example == null ? null : reading(pattern, example))).toList();
        return new PatternChoices(example, choices);
    }

    private static String reading(TimePattern pattern, String value) {
        Temporal time;
        try {
            time = pattern.read(value);
        } catch (DateTimeParseException e) {
            return "Does not read it";
        }
        if (time instanceof OffsetDateTime offset) {
            return "Reads it as " + SHOWN.format(offset) + ", "
                    + (offset.getOffset().equals(ZoneOffset.UTC) ? "UTC" : "UTC" + offset.getOffset().getId());
        }
        return "Reads it as " + SHOWN.format((LocalDateTime) time);
    }
}
