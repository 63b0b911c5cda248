package uk.beacon.portfolio.domain.initiatives;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A GDP deflator series a force loads in place of Beacon's 2% assumption, normally HM Treasury's "GDP deflators at
 * market prices, and money GDP": its source and the index of each year. The rules are on the series itself: a
 * source, at least two years, each year once and none missing between the first and the last, every index above 0.
 * Whether the series covers an initiative's years is {@link InitiativeRules}' question.
 *
 * @param index the years in the order given (any order; the years must be contiguous once sorted)
 */
public record DeflatorSeries(String source, List<Entry> index) {

    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2200;
    public static final int SOURCE_LENGTH = 500;
    /** Digits kept after the decimal point (the database column's scale). */
    public static final int DECIMALS = 12;
    public static final BigDecimal MAX_INDEX = new BigDecimal("1000000");

    /** One year's index value. */
    public record Entry(Integer year, BigDecimal value) {
    }

    /**
     * Something wrong with the series: about {@code entry} (its position in {@link #index}) and its {@code field}
     * ({@code year} or {@code value}), or, with {@code entry} -1, about the field {@code source} or {@code index}
     * as a whole. The message says what is wrong without saying where.
     */
    public record Problem(int entry, String field, String message) {

        /** The field as the API names it: {@code source}, {@code index}, {@code index[3].value}, ... */
        public String path() {
            return entry < 0 ? field : "index[" + entry + "]." + field;
        }
    }

    /** Everything wrong with the series, sources first then by entry; empty when it keeps every rule. */
    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        if (source == null || source.isBlank()) {
            problems.add(new Problem(-1, "source", "Enter the source of the series, such as HM Treasury's release "
                    + "and its month"));
        } else if (source.strip().length() > SOURCE_LENGTH) {
            problems.add(new Problem(-1, "source", "The source must be at most " + SOURCE_LENGTH + " characters"));
        }
        if (index == null || index.size() < 2) {
            problems.add(new Problem(-1, "index", "Enter the index of at least two years"));
            return problems;
        }
        if (index.size() > LAST_YEAR - FIRST_YEAR + 1) {
            problems.add(new Problem(-1, "index", "A series has at most " + (LAST_YEAR - FIRST_YEAR + 1) + " years"));
            return problems;
        }
        Map<Integer, Integer> seen = new HashMap<>();
        for (int i = 0; i < index.size(); i++) {
            Entry entry = index.get(i);
            if (entry == null) {
                problems.add(new Problem(i, "year", "Give the year and its index"));
                continue;
            }
            Integer year = entry.year();
            String of = year == null ? "" : " for " + year;
            if (year == null) {
                problems.add(new Problem(i, "year", "Enter the year, such as 2024"));
            } else if (year < FIRST_YEAR || year > LAST_YEAR) {
                problems.add(new Problem(i, "year", "The year " + year + " is not from " + FIRST_YEAR + " to "
                        + LAST_YEAR));
            } else if (seen.putIfAbsent(year, i) != null) {
                problems.add(new Problem(i, "year", "The year " + year + " appears twice"));
            }
            BigDecimal value = entry.value();
            if (value == null) {
                problems.add(new Problem(i, "value", "Enter the index" + of));
            } else if (value.signum() <= 0) {
                problems.add(new Problem(i, "value", "The index" + of + " must be more than 0"));
            } else if (value.compareTo(MAX_INDEX) >= 0) {
                problems.add(new Problem(i, "value", "The index" + of + " must be less than 1,000,000"));
            } else if (value.stripTrailingZeros().scale() > DECIMALS) {
                problems.add(new Problem(i, "value", "The index" + of + " has more than " + DECIMALS
                        + " decimal places"));
            }
        }
        // Gaps, named at the first year after each one.
        TreeMap<Integer, Integer> years = new TreeMap<>(seen);
        Integer previous = null;
        for (Map.Entry<Integer, Integer> year : years.entrySet()) {
            if (previous != null && year.getKey() != previous + 1) {
                problems.add(new Problem(year.getValue(), "year", "There is no year between " + previous + " and "
                        + year.getKey() + ": give every year from the first to the last"));
            }
            previous = year.getKey();
        }
        problems.sort(java.util.Comparator.comparingInt(Problem::entry));
        return problems;
    }

    /** The problems keyed by the field as the API names it (the first problem of each field). */
    public Map<String, String> errors() {
        Map<String, String> errors = new LinkedHashMap<>();
        for (Problem problem : problems()) {
            errors.putIfAbsent(problem.path(), problem.message());
        }
        return errors;
    }

    /** The series as a deflator; it must keep the rules. */
    public GdpDeflator deflator() {
        if (!problems().isEmpty()) {
            throw new IllegalStateException("The series breaks the rules: " + problems().get(0).message());
        }
        Map<Integer, BigDecimal> table = new HashMap<>();
        index.forEach(entry -> table.put(entry.year(), entry.value()));
        return new GdpDeflator(source.strip(), table);
    }
}
