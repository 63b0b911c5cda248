package uk.beacon.portfolio.domain.regimes;

import java.util.List;

/**
 * What became of one budget year's money under one regime, in whole pence. The year's envelope is its budget and
 * the money brought forward from the year before; every penny of it is spent on work that year, lapses, is carried
 * forward into the next year, or is unallocated:
 * {@code envelope = spent + lapsed + carriedForward + unallocated}, exactly.
 *
 * <p>Money left at the end of a year is first set against the cost of the portfolio's planned work not yet done
 * (still to do, or cut that year for lack of time): under in-year funding that much lapses; in the multi-year
 * envelope it is carried forward (out of the last year too, for the work still to do). Anything more is
 * unallocated: no planned work is left that could use it.
 *
 * @param year the budget year from 0, or {@link #WHOLE_PERIOD} for the whole period
 */
public record YearAccount(int year, long budget, long broughtForward, long spent, long lapsed, long carriedForward,
        long unallocated) {

    /** The year of the account that covers the whole period. */
    public static final int WHOLE_PERIOD = -1;

    /** The money the year had: its budget and what was brought forward. */
    public long envelope() {
        return budget + broughtForward;
    }

    /**
     * The whole period as one account: the years' budgets, spending, lapses and unallocated money added up, with
     * what was brought into the first year and what was carried out of the last (money carried from one year to the
     * next is not counted twice). It adds up because each year does.
     */
    public static YearAccount wholePeriod(List<YearAccount> years) {
        long budget = 0;
        long spent = 0;
        long lapsed = 0;
        long unallocated = 0;
        for (YearAccount year : years) {
            budget += year.budget;
            spent += year.spent;
            lapsed += year.lapsed;
            unallocated += year.unallocated;
        }
        long broughtIn = years.isEmpty() ? 0 : years.get(0).broughtForward;
        long carriedOut = years.isEmpty() ? 0 : years.get(years.size() - 1).carriedForward;
        return new YearAccount(WHOLE_PERIOD, budget, broughtIn, spent, lapsed, carriedOut, unallocated);
    }
}
