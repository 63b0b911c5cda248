package uk.beacon.capacity.domain.staffing;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Abstraction (shrinkage): the shares of rostered time that people are not available for the work,
 * which turn the number needed on duty into the number to roster: {@code rostered = on duty / (1 − total)}.
 * Each is a share of contracted working time, 0 or more; together they come to less than 90% ({@link #RULE}).
 */
public record Shrinkage(double leave, double training, double sickness, double court, double other) {

    /**
     * Starting figures, each a share of 260 working days a year (see {@code capacity/README.md}):
     * <ul>
     *   <li>leave 12.7%: annual leave of 22 to 30 days by length of service under the Police
     *       Regulations 2003 (Annex O), taken as 25, plus 8 public holidays: 33 / 260;</li>
     *   <li>sickness 4.0%: 10.4 days per officer a year, the national average the Home Office gave
     *       Parliament (written answer, 20 July 2004): 10.4 / 260;</li>
     *   <li>training 3.8% (10 days a year), court 1.0% and other 2.0% (restrictions, events, mutual
     *       aid): Beacon's assumptions, for a force to replace with its own HR figures.</li>
     * </ul>
     */
    public static Shrinkage defaults() {
        return new Shrinkage(0.127, 0.038, 0.040, 0.010, 0.020);
    }

    public double total() {
        return leave + training + sickness + court + other;
    }

    /** People to roster for {@code onDuty} on duty. */
    public double rostered(double onDuty) {
        return onDuty / (1 - total());
    }

    /** The parts by name, in the order of the record: the page's fields and the API's keys. */
    public static final List<String> PARTS = List.of("leave", "training", "sickness", "court", "other");

    /** The parts together must come to less than this share of rostered time. */
    public static final double MOST_TOTAL = 0.9;

    /** The rule every shrinkage keeps, in words for the page and the API (and {@link #problems}). */
    public static final String RULE = "Each is a percentage of rostered time, 0 or more, and together they must "
            + "come to less than 90%, or nobody would be left on duty.";

    /** The parts in the order of {@link #PARTS}. */
    public double[] parts() {
        return new double[] {leave, training, sickness, court, other};
    }

    /**
     * What breaks {@link #RULE}: a message by part name for each part that is not 0 or more, else, under the key
     * {@code "total"}, one when the parts together come to 90% or more. Empty when the rule is kept.
     */
    public Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        double[] parts = parts();
        for (int i = 0; i < parts.length; i++) {
            if (!(parts[i] >= 0) || Double.isInfinite(parts[i])) {
                String name = PARTS.get(i);
                problems.put(name, "Abstraction for " + name + " must be a percentage, 0 or more");
            }
        }
        if (problems.isEmpty() && exactTotal().compareTo(BigDecimal.valueOf(MOST_TOTAL)) >= 0) {
            problems.put("total", "Abstraction adds up to 90% or more: leave, training, sickness, court and other "
                    + "together must come to less than 90%, or nobody would be left on duty");
        }
        return problems;
    }

    /**
     * The parts added up as the decimals they are written as (0.3 + 0.3 + 0.3 is 0.9, where doubles give
     * 0.8999…), so that the rule refuses what it says it refuses.
     */
    private BigDecimal exactTotal() {
        BigDecimal sum = BigDecimal.ZERO;
        for (double part : parts()) {
            sum = sum.add(BigDecimal.valueOf(part));
        }
        return sum;
    }

    /** Throws {@link IllegalArgumentException} with the first of the {@link #problems}. */
    public void check() {
        Map<String, String> problems = problems();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(problems.values().iterator().next());
        }
    }
}
