package uk.beacon.portfolio.domain.regimes;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The year accounts of many runs added up exactly, and their mean shared out to whole pence so that each year still
 * adds up. A run's figure is at most the sum of the budgets (30 years of £1 trillion, 3 × 10^15 pence), so a
 * thousand runs fit in a {@code long}; the sums move to {@link BigInteger} every thousand runs.
 */
final class YearAccountSums {

    private static final int FIGURES = 6;
    private static final int FLUSH_EVERY = 1_000;

    private final int years;
    private final long[] partial;
    private final BigInteger[] sums;
    private int pending;
    private int runs;

    YearAccountSums(int years) {
        this.years = years;
        this.partial = new long[years * FIGURES];
        this.sums = new BigInteger[years * FIGURES];
        Arrays.fill(sums, BigInteger.ZERO);
    }

    void add(List<YearAccount> run) {
        for (int y = 0; y < years; y++) {
            YearAccount year = run.get(y);
            int at = y * FIGURES;
            partial[at] += year.budget();
            partial[at + 1] += year.broughtForward();
            partial[at + 2] += year.spent();
            partial[at + 3] += year.lapsed();
            partial[at + 4] += year.carriedForward();
            partial[at + 5] += year.unallocated();
        }
        runs++;
        if (++pending == FLUSH_EVERY) {
            flush();
        }
    }

    private void flush() {
        for (int k = 0; k < partial.length; k++) {
            sums[k] = sums[k].add(BigInteger.valueOf(partial[k]));
            partial[k] = 0;
        }
        pending = 0;
    }

    /**
     * The mean year accounts, in whole pence. Year by year: the budget is its mean (the same in every run), what is
     * brought forward is what the mean of the year before carried forward, and the mean spent, lapsed, carried
     * forward and unallocated are shared out to that envelope by largest remainder, so that each is within a penny
     * of its mean and together they make the envelope exactly.
     */
    List<YearAccount> mean() {
        flush();
        List<YearAccount> means = new ArrayList<>();
        long broughtForward = 0;
        for (int y = 0; y < years; y++) {
            int at = y * FIGURES;
            long budget = shareOut(new BigInteger[] {sums[at]}, runs, rounded(sums[at]))[0];
            long[] parts = shareOut(Arrays.copyOfRange(sums, at + 2, at + 6), runs, budget + broughtForward);
            means.add(new YearAccount(y, budget, broughtForward, parts[0], parts[1], parts[2], parts[3]));
            broughtForward = parts[2];
        }
        return means;
    }

    private long rounded(BigInteger sum) {
        BigInteger[] quotient = sum.divideAndRemainder(BigInteger.valueOf(runs));
        return quotient[0].longValueExact() + (quotient[1].shiftLeft(1).compareTo(BigInteger.valueOf(runs)) >= 0
                ? 1 : 0);
    }

    /**
     * Shares {@code total} pence among parts whose means are {@code sums[i] / runs}: each takes its mean rounded
     * down, and the pence left go one each to the parts with the largest remainders (the first on a tie); if the
     * rounded-down means are more than the total, the parts with the smallest remainders give one back.
     */
    static long[] shareOut(BigInteger[] sums, long runs, long total) {
        int n = sums.length;
        long[] parts = new long[n];
        long[] remainders = new long[n];
        long left = total;
        for (int i = 0; i < n; i++) {
            BigInteger[] quotient = sums[i].divideAndRemainder(BigInteger.valueOf(runs));
            parts[i] = quotient[0].longValueExact();
            remainders[i] = quotient[1].longValueExact();
            left -= parts[i];
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Long.compare(remainders[b], remainders[a]));
        for (int k = 0; left > 0; k = (k + 1) % n) {
            parts[order[k]]++;
            left--;
        }
        for (int k = n - 1; left < 0; k = k == 0 ? n - 1 : k - 1) {
            if (parts[order[k]] > 0) {
                parts[order[k]]--;
                left++;
            }
        }
        return parts;
    }
}
