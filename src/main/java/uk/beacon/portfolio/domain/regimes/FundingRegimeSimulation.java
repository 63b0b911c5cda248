package uk.beacon.portfolio.domain.regimes;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import uk.beacon.portfolio.domain.appraisal.DiscountSchedule;

/**
 * Simulates one portfolio, month by month, under in-year funding and under a multi-year envelope of the same yearly
 * amounts, and compares them over many runs. The rules are in {@link RegimeRules}. Deterministic for a seed: run
 * {@code r} draws its confirmation months from its own stream, derived from the seed and {@code r}.
 *
 * <p>Money is counted in whole pence, so that each year's account ({@link YearAccount}) adds up exactly: budgets
 * are rounded to the penny, and an initiative's monthly costs are its running total rounded to the penny, month by
 * month, so that the months of a year of its work keep that year's total.
 */
public final class FundingRegimeSimulation {

    /** The two regimes. */
    public enum Regime {
        IN_YEAR, ENVELOPE
    }

    /**
     * What one run of one regime gave. Money in pounds; benefits undiscounted and present values; {@code years}, one
     * account for each budget year, in pence.
     */
    public record RunOutcome(double benefits, double presentValueBenefits, double presentValueCosts, double npsv,
            double spent, double lapsed, double unallocated, int descoped, int delayed, int unfinished,
            double[] spendByYear, List<YearAccount> years) {
    }

    /** The mean and the 5th and 95th percentiles of a figure over the runs. */
    public record Spread(double mean, double p5, double p95) {

        static Spread of(double[] values) {
            double[] sorted = values.clone();
            Arrays.sort(sorted);
            double sum = 0;
            for (double value : values) {
                sum += value;
            }
            return new Spread(sum / values.length, percentile(sorted, 0.05), percentile(sorted, 0.95));
        }

        /** Linear interpolation between the closest ranks (the usual "type 7" definition). */
        static double percentile(double[] sorted, double p) {
            double rank = p * (sorted.length - 1);
            int below = (int) Math.floor(rank);
            int above = Math.min(sorted.length - 1, below + 1);
            return sorted[below] + (rank - below) * (sorted[above] - sorted[below]);
        }
    }

    /** One regime's figures over the runs. */
    public record Summary(Spread benefits, Spread presentValueBenefits, Spread npsv, Spread spent, Spread lapsed,
            Spread unallocated, Spread descoped, Spread delayed, Spread unfinished) {
    }

    /**
     * Both regimes over the runs, and what in-year funding loses against the envelope, run by run: NPSV lost and
     * benefits lost are envelope minus in-year. {@code inYearYears} are in-year funding's year accounts, the mean
     * over the runs in whole pence (see {@link YearAccountSums#mean()}); {@code envelopeYears} the envelope's, the
     * same in every run.
     */
    public record Comparison(int runs, long seed, Summary inYear, Summary envelope, Spread npsvLost,
            Spread benefitsLost, Spread presentValueBenefitsLost, Spread moneyLapsed, RunOutcome envelopeRun,
            double[] confirmationMonthFrequency, List<YearAccount> inYearYears, List<YearAccount> envelopeYears) {
    }

    /** Told of the runs done; answers false to stop. */
    public interface Progress {
        boolean ranSoFar(int runs);
    }

    private final List<RegimeInitiative> initiatives;
    private final double[] budgets;
    private final long[] budgetPence;
    private final long[][] costPence;
    /** {@code costFrom[i][k]}: the cost in pence of initiative {@code i}'s months of work from {@code k} on. */
    private final long[][] costFrom;
    private final RegimeRules rules;
    private final double[] factors;

    public FundingRegimeSimulation(List<RegimeInitiative> initiatives, double[] budgets, RegimeRules rules) {
        if (budgets.length == 0 || rules.appraisalYears() < budgets.length) {
            throw new IllegalArgumentException("At least one budget year, and an appraisal at least as long");
        }
        this.initiatives = List.copyOf(initiatives);
        this.budgets = budgets.clone();
        this.budgetPence = Arrays.stream(budgets).mapToLong(FundingRegimeSimulation::pence).toArray();
        this.costPence = new long[this.initiatives.size()][];
        this.costFrom = new long[this.initiatives.size()][];
        for (int i = 0; i < costPence.length; i++) {
            costPence[i] = monthlyPence(this.initiatives.get(i).monthlyCosts());
            costFrom[i] = new long[costPence[i].length + 1];
            for (int k = costPence[i].length - 1; k >= 0; k--) {
                costFrom[i][k] = costFrom[i][k + 1] + costPence[i][k];
            }
        }
        this.rules = rules;
        this.factors = IntStream.range(0, rules.appraisalYears())
                .mapToDouble(DiscountSchedule.GREEN_BOOK::factorAsDouble).toArray();
    }

    /** Pounds to whole pence, half up. */
    static long pence(double pounds) {
        return new BigDecimal(pounds).movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    /** Monthly costs in pence: each month's running total rounded to the penny, less the month before's. */
    static long[] monthlyPence(double[] monthly) {
        long[] pence = new long[monthly.length];
        BigDecimal running = BigDecimal.ZERO;
        long before = 0;
        for (int k = 0; k < monthly.length; k++) {
            running = running.add(new BigDecimal(monthly[k]));
            long upTo = running.movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValueExact();
            pence[k] = upTo - before;
            before = upTo;
        }
        return pence;
    }

    /**
     * Runs the comparison: {@code runs} draws of the confirmation months for in-year funding, each against the
     * envelope (which draws nothing, so it is the same every run).
     *
     * @return null when progress asked to stop
     */
    public Comparison compare(ConfirmationMonths confirmation, int runs, long seed, Progress progress) {
        RunOutcome envelope = run(Regime.ENVELOPE, null);
        int years = budgets.length;
        double[][] inYear = new double[9][runs];
        YearAccountSums inYearYears = new YearAccountSums(years);
        double[][] lost = new double[3][runs];
        double[] monthCounts = new double[12];
        int[] months = new int[years];
        for (int r = 0; r < runs; r++) {
            SplittableRandom random = new SplittableRandom(mix(seed, r));
            for (int y = 0; y < years; y++) {
                months[y] = confirmation.draw(random);
                monthCounts[months[y] - 1]++;
            }
            RunOutcome outcome = run(Regime.IN_YEAR, months);
            record(inYear, r, outcome);
            inYearYears.add(outcome.years());
            lost[0][r] = envelope.npsv() - outcome.npsv();
            lost[1][r] = envelope.benefits() - outcome.benefits();
            lost[2][r] = envelope.presentValueBenefits() - outcome.presentValueBenefits();
            if (progress != null && (r + 1) % 500 == 0 && !progress.ranSoFar(r + 1)) {
                return null;
            }
        }
        double[][] envelopeFigures = new double[9][1];
        record(envelopeFigures, 0, envelope);
        for (int m = 0; m < 12; m++) {
            monthCounts[m] /= (double) runs * years;
        }
        return new Comparison(runs, seed, summary(inYear), summary(envelopeFigures), Spread.of(lost[0]),
                Spread.of(lost[1]), Spread.of(lost[2]), Spread.of(inYear[4]), envelope, monthCounts,
                inYearYears.mean(), envelope.years());
    }

    private static void record(double[][] figures, int r, RunOutcome outcome) {
        figures[0][r] = outcome.benefits();
        figures[1][r] = outcome.presentValueBenefits();
        figures[2][r] = outcome.npsv();
        figures[3][r] = outcome.spent();
        figures[4][r] = outcome.lapsed();
        figures[5][r] = outcome.unallocated();
        figures[6][r] = outcome.descoped();
        figures[7][r] = outcome.delayed();
        figures[8][r] = outcome.unfinished();
    }

    private static Summary summary(double[][] figures) {
        return new Summary(Spread.of(figures[0]), Spread.of(figures[1]), Spread.of(figures[2]), Spread.of(figures[3]),
                Spread.of(figures[4]), Spread.of(figures[5]), Spread.of(figures[6]), Spread.of(figures[7]),
                Spread.of(figures[8]));
    }

    /** A well-mixed seed for run {@code r} (SplitMix64's finaliser), so that neighbouring runs are unrelated. */
    static long mix(long seed, long r) {
        long z = seed + (r + 1) * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /**
     * One run of one regime. {@code confirmationMonths} (1 to 12, one per budget year) is used only for in-year
     * funding; the envelope's money is there from month 1.
     */
    public RunOutcome run(Regime regime, int[] confirmationMonths) {
        int n = initiatives.size();
        int years = budgets.length;
        int horizonMonths = rules.appraisalYears() * 12;
        int[] done = new int[n];
        int[] scope = new int[n];
        int[] shift = new int[n];
        int[] last = new int[n];
        boolean[] descoped = new boolean[n];
        boolean[] ruleDelayed = new boolean[n];
        for (int i = 0; i < n; i++) {
            scope[i] = initiatives.get(i).durationMonths();
            last[i] = -1;
        }
        double[] spendByYear = new double[rules.appraisalYears()];
        List<YearAccount> accounts = new ArrayList<>(years);
        long pot = 0;
        long lapsed = 0;
        long unallocated = 0;
        boolean inYear = regime == Regime.IN_YEAR;
        for (int y = 0; y < years; y++) {
            int confirmed = inYear ? confirmationMonths[y] : 1;
            long broughtForward = pot;
            long spent = 0;
            long cut = 0;
            for (int m = 1; m <= 12; m++) {
                if (m < confirmed) {
                    continue;
                }
                int month = y * 12 + m - 1;
                if (m == confirmed) {
                    pot += budgetPence[y];
                    if (inYear) {
                        cut = applyShortfallRule(y, confirmed, done, scope, shift, descoped, ruleDelayed);
                    }
                }
                for (int i = 0; i < n; i++) {
                    if (done[i] >= scope[i]) {
                        continue;
                    }
                    RegimeInitiative initiative = initiatives.get(i);
                    if (done[i] == 0 && initiative.plannedStart() + 12 * shift[i] > month) {
                        continue;
                    }
                    long cost = costPence[i][done[i]];
                    if (cost <= pot) {
                        pot -= cost;
                        spent += cost;
                        done[i]++;
                        last[i] = month;
                    }
                }
            }
            // What is left is set against the planned work not done: still to do, or cut this year.
            long wanted = cut;
            for (int i = 0; i < n; i++) {
                wanted += costFrom[i][done[i]] - costFrom[i][Math.max(done[i], scope[i])];
            }
            long needed = Math.min(pot, wanted);
            long unused = pot - needed;
            unallocated += unused;
            spendByYear[y] = spent / 100.0;
            if (inYear) {
                lapsed += needed;
                accounts.add(new YearAccount(y, budgetPence[y], 0, spent, needed, 0, unused));
                pot = 0;
            } else {
                accounts.add(new YearAccount(y, budgetPence[y], broughtForward, spent, 0, needed, unused));
                pot = needed;
            }
        }
        double[] benefitsByYear = new double[rules.appraisalYears()];
        int descopedCount = 0;
        int delayedCount = 0;
        int unfinishedCount = 0;
        for (int i = 0; i < n; i++) {
            RegimeInitiative initiative = initiatives.get(i);
            descopedCount += descoped[i] ? 1 : 0;
            boolean finished = done[i] >= scope[i];
            unfinishedCount += finished ? 0 : 1;
            delayedCount += ruleDelayed[i] || !finished || last[i] > initiative.plannedEnd() ? 1 : 0;
            if (done[i] == 0) {
                continue;
            }
            double share = (double) done[i] / initiative.durationMonths();
            int goLive = last[i] + 1;
            double[] benefits = initiative.benefitsByYear();
            for (int k = 0; k < benefits.length; k++) {
                double perMonth = benefits[k] * share / 12;
                int from = goLive + 12 * k;
                int to = Math.min(horizonMonths, from + 12);
                if (from >= horizonMonths) {
                    break;
                }
                // The months from..to-1 fall in at most two years.
                int firstYear = from / 12;
                int boundary = Math.min(to, (firstYear + 1) * 12);
                benefitsByYear[firstYear] += perMonth * (boundary - from);
                if (to > boundary) {
                    benefitsByYear[firstYear + 1] += perMonth * (to - boundary);
                }
            }
        }
        double benefits = 0;
        double pvBenefits = 0;
        double pvCosts = 0;
        long spentPence = 0;
        for (YearAccount account : accounts) {
            spentPence += account.spent();
        }
        for (int t = 0; t < benefitsByYear.length; t++) {
            benefits += benefitsByYear[t];
            pvBenefits += benefitsByYear[t] * factors[t];
            pvCosts += spendByYear[t] * factors[t];
        }
        return new RunOutcome(benefits, pvBenefits, pvCosts, pvBenefits - pvCosts, spentPence / 100.0, lapsed / 100.0,
                unallocated / 100.0, descopedCount, delayedCount, unfinishedCount, spendByYear,
                List.copyOf(accounts));
    }

    /**
     * When year {@code y}'s budget is confirmed in month {@code confirmed}: every initiative planned to finish by the
     * end of this year whose remaining work does not fit the months left (from confirmation, or from its start if
     * later) is descoped or delayed, as the rules say.
     *
     * @return the cost in pence of the work cut
     */
    private long applyShortfallRule(int y, int confirmed, int[] done, int[] scope, int[] shift, boolean[] descoped,
            boolean[] delayed) {
        long cut = 0;
        for (int i = 0; i < initiatives.size(); i++) {
            if (done[i] >= scope[i]) {
                continue;
            }
            RegimeInitiative initiative = initiatives.get(i);
            int plannedEndYear = initiative.plannedEnd() / 12 + shift[i];
            int start = initiative.plannedStart() + 12 * shift[i];
            if (plannedEndYear > y || (done[i] == 0 && start / 12 > y)) {
                continue;
            }
            int firstMonth = done[i] == 0 ? Math.max(confirmed, start - 12 * y + 1) : confirmed;
            int window = 12 - firstMonth + 1;
            int remaining = scope[i] - done[i];
            if (remaining <= window) {
                continue;
            }
            if (rules.shortfall() == RegimeRules.Shortfall.DESCOPE) {
                cut += costFrom[i][done[i] + window] - costFrom[i][scope[i]];
                scope[i] = done[i] + window;
                descoped[i] = true;
            } else {
                shift[i]++;
                delayed[i] = true;
            }
        }
        return cut;
    }
}
