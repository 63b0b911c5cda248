package uk.beacon.demand.web;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The months a demand profile covers, both included. */
record ProfilePeriod(YearMonth from, YearMonth to) {

    static final int DEFAULT_MONTHS = 12;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    /**
     * Up to the last 12 months that have data: the 12 months that end with the latest month with
     * data, from the first of them that has any (so that a force with six months of data sees just
     * those six). A force with no data yet gets the current calendar year.
     */
    static ProfilePeriod defaultFor(Collection<YearMonth> monthsWithData, YearMonth thisMonth) {
        Optional<YearMonth> latest = monthsWithData.stream().max(Comparator.naturalOrder());
        if (latest.isEmpty()) {
            return new ProfilePeriod(YearMonth.of(thisMonth.getYear(), 1), YearMonth.of(thisMonth.getYear(), 12));
        }
        YearMonth earliestAllowed = latest.get().minusMonths(DEFAULT_MONTHS - 1);
        YearMonth from = monthsWithData.stream().filter(month -> !month.isBefore(earliestAllowed))
                .min(Comparator.naturalOrder()).orElseThrow();
        return new ProfilePeriod(from, latest.get());
    }

    static String label(YearMonth month) {
        return month.format(MONTH);
    }

    public String label() {
        return from.equals(to) ? label(from) : label(from) + " to " + label(to);
    }

    /**
     * The period form as the person filled it in: what they typed, the period it means (the
     * default for a field left empty) and an error per field, keyed by the field's id.
     */
    record Form(String from, String to, ProfilePeriod period, Map<String, String> errors) {

        /** @param fallback the default period, needed only when a field is left empty */
        static Form read(String from, String to, ProfilePeriod fallback) {
            return read("from", "to", "", from, to, fallback);
        }

        /**
         * The same for a period whose fields have other ids, such as the period to compare with.
         *
         * @param whose words after "start month" and "end month" in an error, such as " to compare with"
         */
        static Form read(String fromField, String toField, String whose, String from, String to,
                ProfilePeriod fallback) {
            Map<String, String> errors = new LinkedHashMap<>();
            YearMonth start = blank(from) ? fallback.from() : parse(from, fromField, "start month" + whose, errors);
            YearMonth end = blank(to) ? fallback.to() : parse(to, toField, "end month" + whose, errors);
            if (errors.isEmpty() && end.isBefore(start)) {
                errors.put(toField, "The end month" + whose + " must be the same as or after the start month");
            }
            ProfilePeriod period = errors.isEmpty() ? new ProfilePeriod(start, end) : null;
            return new Form(blank(from) ? fallback.from().toString() : from.strip(),
                    blank(to) ? fallback.to().toString() : to.strip(), period, errors);
        }

        private static YearMonth parse(String value, String field, String name, Map<String, String> errors) {
            try {
                return YearMonth.parse(value.strip());
            } catch (DateTimeParseException e) {
                errors.put(field, "Enter the " + name + " as a year and month, for example 2021-01");
                return null;
            }
        }

        private static boolean blank(String value) {
            return value == null || value.isBlank();
        }
    }
}
