package uk.beacon.portfolio.domain.regimes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The funding-regimes speed goal: 10,000 runs of a 50-initiative portfolio in under 10 seconds. Run by
 * {@code bench/portfolio-funding-regimes.sh}; arguments: runs, initiatives, seed, repetitions. Each repetition is a
 * whole comparison (the envelope once, then every in-year run, then the percentiles), timed from a cold start in the
 * first repetition.
 */
public final class FundingRegimeBenchmark {

    private FundingRegimeBenchmark() {
    }

    /**
     * A synthetic portfolio over 5 budget years (10 appraised): initiatives of 3 to 36 months starting in any month
     * of years 0 to 3, costing £20,000 to £150,000 a month and yielding £100,000 to £2 million a year for 5 years;
     * each year's budget covers the plan's spend that year.
     */
    static FundingRegimeSimulation simulation(int count, long seed, RegimeRules.Shortfall rule) {
        Random random = new Random(seed);
        List<RegimeInitiative> initiatives = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            double[] monthly = new double[3 + random.nextInt(34)];
            double cost = 20_000 + random.nextInt(131) * 1_000;
            java.util.Arrays.fill(monthly, cost);
            double[] benefits = new double[5];
            java.util.Arrays.fill(benefits, 100_000 + random.nextInt(1_901) * 1_000);
            initiatives.add(new RegimeInitiative("I" + i, random.nextInt(4), 1 + random.nextInt(12), monthly,
                    benefits));
        }
        double[] budgets = Demonstration.plannedSpendByYear(initiatives, 5);
        return new FundingRegimeSimulation(initiatives, budgets, new RegimeRules(rule, 10));
    }

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
        int repetitions = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        for (RegimeRules.Shortfall rule : RegimeRules.Shortfall.values()) {
            for (int r = 1; r <= repetitions; r++) {
                long start = System.nanoTime();
                FundingRegimeSimulation.Comparison comparison = simulation(count, seed, rule)
                        .compare(ConfirmationMonths.BEACON_DEFAULT, runs, seed, null);
                double seconds = (System.nanoTime() - start) / 1e9;
                System.out.printf(Locale.ROOT, "rule %s, repetition %d: %,d runs of %d initiatives in %.3f s "
                        + "(goal < 10 s: %s); NPSV lost mean £%,.0f (5th-95th £%,.0f to £%,.0f), lapsed mean £%,.0f, "
                        + "descoped %.1f, late %.1f%n", rule.apiName(), r, runs, count, seconds,
                        seconds < 10 ? "met" : "NOT met", comparison.npsvLost().mean(), comparison.npsvLost().p5(),
                        comparison.npsvLost().p95(), comparison.moneyLapsed().mean(),
                        comparison.inYear().descoped().mean(), comparison.inYear().delayed().mean());
            }
        }
    }
}
