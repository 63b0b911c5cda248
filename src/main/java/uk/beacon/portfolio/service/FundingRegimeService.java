package uk.beacon.portfolio.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Service;
import tools.jackson.databind.ObjectMapper;
import uk.beacon.platform.ForbiddenException;
import uk.beacon.platform.InvalidRequestException;
import uk.beacon.platform.Job;
import uk.beacon.platform.JobService;
import uk.beacon.platform.SignedInUser;
import uk.beacon.portfolio.domain.regimes.ConfirmationMonths;
import uk.beacon.portfolio.domain.regimes.Demonstration;
import uk.beacon.portfolio.domain.regimes.FundingRegimeSimulation;
import uk.beacon.portfolio.domain.regimes.RegimeInitiative;
import uk.beacon.portfolio.domain.regimes.RegimeRules;
import uk.beacon.portfolio.domain.regimes.YearAccount;

/**
 * Compares in-year funding with a multi-year envelope of the same total for a portfolio, over many runs, as a job of
 * the organisation of whoever starts it. Nothing is stored but the job.
 */
@Service
public class FundingRegimeService {

    public static final String JOB_KIND = "portfolio.funding-regimes";
    public static final int DEFAULT_RUNS = 10_000;
    public static final long DEFAULT_SEED = 42;
    static final int MOST_RUNS = 100_000;
    static final int MOST_YEARS = 30;
    static final int MOST_APPRAISAL_YEARS = 60;
    static final int MOST_INITIATIVES = 500;
    static final int MOST_MONTHS = 360;
    static final int LONGEST_ID = 100;
    static final double LARGEST_AMOUNT = 1e12;
    /**
     * Most initiative-months simulated in one job (runs × initiatives × budget months): about a minute on one core
     * (the benchmark does 10,000 × 50 × 60 = 3 × 10^7 in 0.1 to 0.8 s).
     */
    static final double MOST_WORK = 5e9;

    private final JobService jobs;
    private final ObjectMapper json;

    FundingRegimeService(JobService jobs, ObjectMapper json) {
        this.jobs = jobs;
        this.json = json;
    }

    /** A checked comparison, ready to run. */
    public record Plan(List<RegimeInitiative> initiatives, double[] budgets, RegimeRules rules,
            ConfirmationMonths confirmation, int runs, long seed) {
    }

    /**
     * Checks the request and starts the job, for any signed-in member.
     *
     * @throws InvalidRequestException naming the field at fault
     */
    public Job start(SignedInUser viewer, FundingRegimeRequest request) {
        if (viewer == null) {
            throw new ForbiddenException("Sign in to compare funding regimes");
        }
        Plan plan = plan(request);
        return jobs.start(JOB_KIND, viewer, context -> {
            context.progress(1, String.format(Locale.ROOT, "Simulating %,d runs of %d initiatives", plan.runs(),
                    plan.initiatives().size()));
            FundingRegimeResult result = run(plan, runs -> {
                context.progress(1 + (int) (98L * runs / plan.runs()),
                        String.format(Locale.ROOT, "Simulated %,d of %,d runs", runs, plan.runs()));
                return !context.isCancellationRequested();
            });
            context.stopIfCancelled();
            return result;
        });
    }

    /** The job's result, or null while it runs (or if it is not a funding-regimes job). */
    public FundingRegimeResult result(Job job) {
        if (!JOB_KIND.equals(job.kind()) || job.result() == null) {
            return null;
        }
        return json.readValue(job.result(), FundingRegimeResult.class);
    }

    /** Runs a checked comparison; null when progress asked to stop. */
    public static FundingRegimeResult run(Plan plan, FundingRegimeSimulation.Progress progress) {
        FundingRegimeSimulation.Comparison comparison = new FundingRegimeSimulation(plan.initiatives(),
                plan.budgets(), plan.rules()).compare(plan.confirmation(), plan.runs(), plan.seed(), progress);
        if (comparison == null) {
            return null;
        }
        return new FundingRegimeResult(plan.runs(), plan.seed(), plan.rules().shortfall().apiName(),
                plan.rules().appraisalYears(), Arrays.stream(plan.budgets()).boxed().toList(),
                Arrays.stream(plan.confirmation().probabilities()).boxed().toList(),
                new FundingRegimeResult.Rules(RegimeRules.common(), plan.rules().inYear(), RegimeRules.envelope()),
                regime(comparison.inYear(), comparison.inYearYears()),
                regime(comparison.envelope(), comparison.envelopeYears()),
                new FundingRegimeResult.Difference(figure(comparison.npsvLost()), figure(comparison.benefitsLost()),
                        figure(comparison.presentValueBenefitsLost()), figure(comparison.moneyLapsed())));
    }

    private static FundingRegimeResult.Regime regime(FundingRegimeSimulation.Summary summary,
            List<YearAccount> years) {
        return new FundingRegimeResult.Regime(figure(summary.benefits()), figure(summary.presentValueBenefits()),
                figure(summary.npsv()), figure(summary.spent()), figure(summary.lapsed()),
                figure(summary.unallocated()), figure(summary.descoped()), figure(summary.delayed()),
                figure(summary.unfinished()), years.stream().map(FundingRegimeService::account).toList(),
                account(YearAccount.wholePeriod(years)));
    }

    private static FundingRegimeResult.Account account(YearAccount account) {
        return new FundingRegimeResult.Account(account.year() == YearAccount.WHOLE_PERIOD ? null : account.year(),
                pounds(account.budget()), pounds(account.broughtForward()), pounds(account.envelope()),
                pounds(account.spent()), pounds(account.lapsed()), pounds(account.carriedForward()),
                pounds(account.unallocated()));
    }

    private static BigDecimal pounds(long pence) {
        return BigDecimal.valueOf(pence, 2);
    }

    private static FundingRegimeResult.Figure figure(FundingRegimeSimulation.Spread spread) {
        return new FundingRegimeResult.Figure(round(spread.mean()), round(spread.p5()), round(spread.p95()));
    }

    /** To the penny (counts to a hundredth), so the JSON carries no floating-point noise. */
    private static double round(double value) {
        double rounded = Math.round(value * 100) / 100.0;
        return rounded == 0 ? 0.0 : rounded;
    }

    /** The demonstration: its portfolio and budgets, with the default rules, distribution, runs and seed. */
    public static FundingRegimeRequest demonstration() {
        List<FundingRegimeRequest.Initiative> initiatives = new ArrayList<>();
        for (RegimeInitiative initiative : Demonstration.initiatives()) {
            initiatives.add(new FundingRegimeRequest.Initiative(initiative.id(), initiative.startYear(),
                    initiative.startMonth(), initiative.durationMonths(), costsByWorkYear(initiative), null,
                    Arrays.stream(initiative.benefitsByYear()).boxed().toList()));
        }
        return new FundingRegimeRequest(Arrays.stream(Demonstration.budgets()).boxed().toList(), DEFAULT_RUNS,
                DEFAULT_SEED, Demonstration.APPRAISAL_YEARS, "descope",
                new FundingRegimeRequest.Confirmation("triangular", 1, 4, 9, null), initiatives);
    }

    private static List<Double> costsByWorkYear(RegimeInitiative initiative) {
        double[] monthly = initiative.monthlyCosts();
        List<Double> years = new ArrayList<>();
        for (int from = 0; from < monthly.length; from += 12) {
            double sum = 0;
            for (int k = from; k < Math.min(monthly.length, from + 12); k++) {
                sum += monthly[k];
            }
            years.add((double) Math.round(sum * 100) / 100);
        }
        return years;
    }

    /** The comparison a request asks for, checked field by field. */
    public static Plan plan(FundingRegimeRequest request) {
        if (request == null) {
            throw new InvalidRequestException("budgetByYear", "Send budgetByYear and initiatives");
        }
        List<Double> asked = request.budgetByYear();
        if (asked == null || asked.isEmpty() || asked.size() > MOST_YEARS) {
            throw new InvalidRequestException("budgetByYear",
                    "budgetByYear must have a budget for each year, 1 to " + MOST_YEARS + " years");
        }
        double[] budgets = amounts(asked, "budgetByYear");
        int years = budgets.length;
        int runs = request.runs() == null ? DEFAULT_RUNS : request.runs();
        if (runs < 1 || runs > MOST_RUNS) {
            throw new InvalidRequestException("runs", String.format(Locale.ROOT,
                    "runs must be a whole number from 1 to %,d", MOST_RUNS));
        }
        long seed = request.seed() == null ? DEFAULT_SEED : request.seed();
        int appraisalYears = request.appraisalYears() == null ? Math.max(10, years) : request.appraisalYears();
        if (appraisalYears < years || appraisalYears > MOST_APPRAISAL_YEARS) {
            throw new InvalidRequestException("appraisalYears", "appraisalYears must be from " + years
                    + " (the years of budgetByYear) to " + MOST_APPRAISAL_YEARS);
        }
        RegimeRules.Shortfall shortfall = RegimeRules.Shortfall.DESCOPE;
        if (request.shortfallRule() != null && !request.shortfallRule().isBlank()) {
            shortfall = RegimeRules.Shortfall.fromApiName(request.shortfallRule());
            if (shortfall == null) {
                throw new InvalidRequestException("shortfallRule",
                        "shortfallRule must be descope or delay, not '" + request.shortfallRule() + "'");
            }
        }
        ConfirmationMonths confirmation = confirmation(request.confirmation());
        List<FundingRegimeRequest.Initiative> initiatives = request.initiatives();
        if (initiatives == null || initiatives.isEmpty() || initiatives.size() > MOST_INITIATIVES) {
            throw new InvalidRequestException("initiatives",
                    "initiatives must have 1 to " + MOST_INITIATIVES + " initiatives");
        }
        Set<String> ids = new HashSet<>();
        List<RegimeInitiative> portfolio = new ArrayList<>();
        for (int i = 0; i < initiatives.size(); i++) {
            portfolio.add(initiative(initiatives.get(i), "initiatives[" + i + "]", years, ids));
        }
        if ((double) runs * portfolio.size() * years * 12 > MOST_WORK) {
            throw new InvalidRequestException("runs", String.format(Locale.ROOT, "runs × initiatives × "
                    + "budget months must be at most %,.0f: ask for fewer runs", MOST_WORK));
        }
        return new Plan(portfolio, budgets, new RegimeRules(shortfall, appraisalYears), confirmation, runs, seed);
    }

    private static ConfirmationMonths confirmation(FundingRegimeRequest.Confirmation asked) {
        if (asked == null) {
            return ConfirmationMonths.BEACON_DEFAULT;
        }
        String kind = asked.distribution() == null ? "triangular" : asked.distribution().strip().toLowerCase(Locale.ROOT);
        if (kind.equals("triangular")) {
            int min = month(asked.min(), "confirmation.min");
            int mode = month(asked.mode(), "confirmation.mode");
            int max = month(asked.max(), "confirmation.max");
            if (mode < min) {
                throw new InvalidRequestException("confirmation.mode",
                        "confirmation.mode must be from confirmation.min to confirmation.max");
            }
            if (max < mode) {
                throw new InvalidRequestException("confirmation.max",
                        "confirmation.max must be confirmation.mode or later");
            }
            return ConfirmationMonths.triangular(min, mode, max);
        }
        if (kind.equals("discrete")) {
            List<Double> weights = asked.weights();
            if (weights == null || weights.size() != 12) {
                throw new InvalidRequestException("confirmation.weights",
                        "confirmation.weights must have a weight for each of the 12 months");
            }
            double[] values = amounts(weights, "confirmation.weights");
            if (Arrays.stream(values).sum() <= 0) {
                throw new InvalidRequestException("confirmation.weights",
                        "confirmation.weights must give at least one month a weight above 0");
            }
            return ConfirmationMonths.discrete(values);
        }
        throw new InvalidRequestException("confirmation.distribution",
                "confirmation.distribution must be triangular or discrete, not '" + asked.distribution() + "'");
    }

    private static int month(Integer month, String field) {
        if (month == null || month < 1 || month > 12) {
            throw new InvalidRequestException(field, field + " must be a month from 1 (April) to 12 (March)");
        }
        return month;
    }

    private static RegimeInitiative initiative(FundingRegimeRequest.Initiative asked, String where, int years,
            Set<String> ids) {
        if (asked == null) {
            throw new InvalidRequestException(where, where + " is empty");
        }
        String id = asked.id() == null ? "" : asked.id().strip();
        if (id.isEmpty() || id.length() > LONGEST_ID) {
            throw new InvalidRequestException(where + ".id",
                    where + ".id must be given, up to " + LONGEST_ID + " characters");
        }
        if (!ids.add(id)) {
            throw new InvalidRequestException(where + ".id", where + ".id '" + id + "' is used twice");
        }
        Integer startYear = asked.startYear();
        if (startYear == null || startYear < 0 || startYear >= years) {
            throw new InvalidRequestException(where + ".startYear",
                    where + ".startYear must be a year of budgetByYear, from 0 to " + (years - 1));
        }
        int startMonth = asked.startMonth() == null ? 1 : asked.startMonth();
        if (startMonth < 1 || startMonth > 12) {
            throw new InvalidRequestException(where + ".startMonth",
                    where + ".startMonth must be a month from 1 (April) to 12 (March)");
        }
        Integer duration = asked.durationMonths();
        if (duration == null && asked.costsByMonth() != null) {
            duration = asked.costsByMonth().size();
        }
        if (duration == null || duration < 1 || duration > MOST_MONTHS) {
            throw new InvalidRequestException(where + ".durationMonths",
                    where + ".durationMonths must be from 1 to " + MOST_MONTHS);
        }
        double[] benefits = asked.benefitsByYear() == null ? new double[0]
                : amounts(asked.benefitsByYear(), where + ".benefitsByYear");
        if (benefits.length > MOST_APPRAISAL_YEARS) {
            throw new InvalidRequestException(where + ".benefitsByYear",
                    where + ".benefitsByYear can have at most " + MOST_APPRAISAL_YEARS + " years");
        }
        if (asked.costsByMonth() != null && asked.costsByYear() != null) {
            throw new InvalidRequestException(where + ".costsByMonth",
                    where + " must give costsByYear or costsByMonth, not both");
        }
        if (asked.costsByMonth() != null) {
            if (asked.costsByMonth().size() != duration) {
                throw new InvalidRequestException(where + ".costsByMonth",
                        where + ".costsByMonth must have one cost for each of its " + duration + " months");
            }
            return new RegimeInitiative(id, startYear, startMonth, amounts(asked.costsByMonth(),
                    where + ".costsByMonth"), benefits);
        }
        if (asked.costsByYear() == null) {
            throw new InvalidRequestException(where + ".costsByYear",
                    where + " must give costsByYear (or costsByMonth)");
        }
        int workYears = (duration + 11) / 12;
        if (asked.costsByYear().size() > workYears) {
            throw new InvalidRequestException(where + ".costsByYear", where + ".costsByYear has "
                    + asked.costsByYear().size() + " years, more than the " + workYears + " its " + duration
                    + " months of work span");
        }
        return RegimeInitiative.yearly(id, startYear, startMonth, duration,
                amounts(asked.costsByYear(), where + ".costsByYear"), benefits);
    }

    private static double[] amounts(List<Double> asked, String field) {
        double[] amounts = new double[asked.size()];
        for (int t = 0; t < amounts.length; t++) {
            Double amount = asked.get(t);
            if (amount == null || !Double.isFinite(amount) || amount < 0 || amount > LARGEST_AMOUNT) {
                throw new InvalidRequestException(field + "[" + t + "]",
                        field + "[" + t + "] must be a number of 0 or more, no larger than a trillion");
            }
            amounts[t] = amount;
        }
        return amounts;
    }
}
