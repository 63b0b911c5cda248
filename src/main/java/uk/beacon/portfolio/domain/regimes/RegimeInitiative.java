package uk.beacon.portfolio.domain.regimes;

import java.util.Arrays;

/**
 * One initiative of a portfolio as the funding-regime simulation sees it: when its work is planned to start
 * (year from 0 and month 1-12 of that financial year), what each month of its work costs (index 0 is its first
 * month of work, so the length is its duration in months) and its benefits in each year of operation after the
 * work is done (index 0 is the first twelve months after go-live), in pounds at base-year prices.
 */
public record RegimeInitiative(String id, int startYear, int startMonth, double[] monthlyCosts,
        double[] benefitsByYear) {

    public RegimeInitiative {
        if (startYear < 0 || startMonth < 1 || startMonth > 12 || monthlyCosts.length == 0) {
            throw new IllegalArgumentException("An initiative starts in year 0 or later, month 1 to 12, and has work");
        }
        monthlyCosts = monthlyCosts.clone();
        benefitsByYear = benefitsByYear.clone();
    }

    /**
     * An initiative whose costs are given by year of its work: the cost of work-year {@code k} is spread evenly over
     * its months ({@code 12k} to {@code 12k + 11}, the last perhaps shorter).
     */
    public static RegimeInitiative yearly(String id, int startYear, int startMonth, int durationMonths,
            double[] costsByWorkYear, double[] benefitsByYear) {
        if (durationMonths < 1) {
            throw new IllegalArgumentException("An initiative lasts at least a month");
        }
        if (costsByWorkYear.length > (durationMonths + 11) / 12) {
            throw new IllegalArgumentException("More years of costs than the initiative's work spans");
        }
        double[] monthly = new double[durationMonths];
        for (int month = 0; month < durationMonths; month++) {
            int year = month / 12;
            int monthsInYear = Math.min(12, durationMonths - 12 * year);
            monthly[month] = year < costsByWorkYear.length ? costsByWorkYear[year] / monthsInYear : 0;
        }
        return new RegimeInitiative(id, startYear, startMonth, monthly, benefitsByYear);
    }

    public int durationMonths() {
        return monthlyCosts.length;
    }

    /** The planned first month of work, counted from month 0 (month 1 of year 0). */
    public int plannedStart() {
        return startYear * 12 + startMonth - 1;
    }

    /** The planned last month of work, counted as {@link #plannedStart()}. */
    public int plannedEnd() {
        return plannedStart() + durationMonths() - 1;
    }

    /** Whether the planned work runs from one year into the next. */
    public boolean spansYearEnd() {
        return plannedStart() / 12 != plannedEnd() / 12;
    }

    public double totalCost() {
        return Arrays.stream(monthlyCosts).sum();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RegimeInitiative that && id.equals(that.id) && startYear == that.startYear
                && startMonth == that.startMonth && Arrays.equals(monthlyCosts, that.monthlyCosts)
                && Arrays.equals(benefitsByYear, that.benefitsByYear);
    }

    @Override
    public int hashCode() {
        return id.hashCode() * 31 + Arrays.hashCode(monthlyCosts);
    }

    @Override
    public String toString() {
        return "RegimeInitiative[" + id + ", starts " + startYear + "/" + startMonth + ", " + durationMonths()
                + " months]";
    }
}
