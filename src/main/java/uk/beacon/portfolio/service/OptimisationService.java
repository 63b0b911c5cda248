package uk.beacon.portfolio.service;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import uk.beacon.platform.ForbiddenException;
import uk.beacon.platform.InvalidRequestException;
import uk.beacon.platform.Job;
import uk.beacon.platform.JobFailure;
import uk.beacon.platform.JobService;
import uk.beacon.platform.SignedInUser;
import uk.beacon.portfolio.domain.optimisation.Initiative;
import uk.beacon.portfolio.domain.optimisation.Objective;
import uk.beacon.portfolio.domain.optimisation.PortfolioOptimiser;
import uk.beacon.portfolio.domain.optimisation.PortfolioProblem;
import uk.beacon.portfolio.domain.optimisation.PortfolioSolution;

/**
 * Chooses a portfolio as a job: which initiatives to fund, and when each starts, within yearly budgets; then the
 * value of more budget in each year. The job belongs to the organisation of whoever starts it.
 *
 * <p>Settings: {@code beacon.portfolio.optimisation.time-limit} (how long the first solve may search, default
 * 20s, the speed goal), {@code beacon.portfolio.optimisation.workers} (its threads, default 8, as for shift design:
 * CP-SAT's portfolio of strategies), {@code beacon.portfolio.optimisation.relative-gap} (stop once the portfolio is
 * proven within this fraction of the best, default 0: search for the proof until the time limit) and
 * {@code beacon.portfolio.optimisation.marginal-time-limit} (each re-solve for the marginal values, one per year,
 * default 5s).
 */
@Service
public class OptimisationService {

    static final int MOST_YEARS = 30;
    /** The most years of an initiative's arrays, from its start. */
    static final int MOST_YEARS_PER_INITIATIVE = 45;
    static final int MOST_INITIATIVES = 1_000;
    static final int LONGEST_ID = 100;
    /** A trillion pounds, hours or harm units: keeps every total well within the solver's whole numbers. */
    static final double LARGEST_AMOUNT = 1e12;


    private final JobService jobs;
    private final PortfolioOptimiser.Limits limits;
    private final PortfolioOptimiser.Limits marginalLimits;
    private final PortfolioOptimiser optimiser = new PortfolioOptimiser();

    OptimisationService(JobService jobs,
            @Value("${beacon.portfolio.optimisation.time-limit:20s}") Duration timeLimit,
            @Value("${beacon.portfolio.optimisation.workers:8}") int workers,
            @Value("${beacon.portfolio.optimisation.subsolvers:" + PortfolioOptimiser.DEFAULT_SUBSOLVERS + "}") List<String> subsolvers,
            @Value("${beacon.portfolio.optimisation.relative-gap:0}") double relativeGap,
            @Value("${beacon.portfolio.optimisation.marginal-time-limit:5s}") Duration marginalTimeLimit) {
        this.jobs = jobs;
        List<String> named = subsolvers.stream().map(String::strip).filter(name -> !name.isEmpty()).toList();
        this.limits = named.isEmpty() ? new PortfolioOptimiser.Limits(timeLimit, workers, relativeGap)
                : PortfolioOptimiser.Limits.withSubsolvers(timeLimit, relativeGap, named);
        this.marginalLimits = named.isEmpty() ? new PortfolioOptimiser.Limits(marginalTimeLimit, workers)
                : PortfolioOptimiser.Limits.withSubsolvers(marginalTimeLimit, 0, named);
        if (!named.isEmpty()) {
            PortfolioOptimiser.checkLimits(limits);
        }
    }

    /**
     * Checks the request and starts the job that chooses the portfolio, for any signed-in member.
     *
     * @throws InvalidRequestException naming the field at fault
     */
    public Job start(SignedInUser viewer, OptimisationRequest request) {
        if (viewer == null) {
            throw new ForbiddenException("Sign in to optimise a portfolio");
        }
        PortfolioProblem problem = problem(request);
        return jobs.start("portfolio.optimisation", viewer, context -> {
            context.progress(2, "Choosing the portfolio: up to " + limits.timeLimit().toSeconds() + " seconds");
            PortfolioSolution solution;
            try {
                solution = optimiser.optimise(problem, limits, new PortfolioOptimiser.Progress() {
                    private long lastAsked = System.nanoTime();

                    @Override
                    public boolean improved(double value, double bound, double seconds) {
                        int percent = 5 + (int) Math.min(45, 45 * seconds / limits.timeLimit().toSeconds());
                        context.progress(percent, String.format(Locale.ROOT,
                                "Best portfolio so far: %,.2f; none can beat %,.2f", value, bound));
                        return !context.isCancellationRequested();
                    }

                    /** Asks the job record at most once a second. */
                    @Override
                    public synchronized boolean stillWanted() {
                        long now = System.nanoTime();
                        if (now - lastAsked < 1_000_000_000L) {
                            return true;
                        }
                        lastAsked = now;
                        return !context.isCancellationRequested();
                    }
                });
            } catch (PortfolioOptimiser.NoPortfolioException e) {
                context.stopIfCancelled();
                throw new JobFailure(e.getMessage(), e);
            }
            context.stopIfCancelled();
            double step = PortfolioOptimiser.marginalStep(problem.budgetByYear());
            int years = problem.horizonYears();
            context.progress(50, String.format(Locale.ROOT,
                    "Valuing more budget: re-solving with £%,.0f more in each of %d years", step, years));
            PortfolioOptimiser.MarginalValues marginal;
            try {
                marginal = optimiser.marginalValues(problem, solution, step, marginalLimits, (year, value) -> {
                    context.progress(50 + 50 * (year + 1) / years, "Valued more budget in year " + year);
                    return !context.isCancellationRequested();
                });
            } catch (PortfolioOptimiser.NoPortfolioException e) {
                context.stopIfCancelled();
                throw new JobFailure(e.getMessage(), e);
            }
            context.stopIfCancelled();
            return result(problem, marginal.base(), marginal);
        });
    }

    static OptimisationResult result(PortfolioProblem problem, PortfolioSolution solution,
            PortfolioOptimiser.MarginalValues marginal) {
        int[] starts = solution.startYears();
        List<Initiative> initiatives = problem.initiatives();
        List<OptimisationResult.Selected> selected = new ArrayList<>();
        for (int i = 0; i < starts.length; i++) {
            if (starts[i] >= 0) {
                selected.add(new OptimisationResult.Selected(initiatives.get(i).id(), starts[i]));
            }
        }
        selected.sort(Comparator.comparingInt(OptimisationResult.Selected::startYear));
        return new OptimisationResult(problem.objective().apiName(), solution.objectiveValue(), solution.optimal(),
                solution.gap(), selected, solution.spendByYear(), problem.budgetByYear(), marginal.perPound(),
                marginal.step(), marginal.exact(), solution.seconds());
    }

    /** The problem a request asks to solve, checked field by field. */
    static PortfolioProblem problem(OptimisationRequest request) {
        if (request == null) {
            throw new InvalidRequestException("horizonYears", "Send horizonYears, budgetByYear and initiatives");
        }
        Integer horizon = request.horizonYears();
        if (horizon == null || horizon < 1 || horizon > MOST_YEARS) {
            throw new InvalidRequestException("horizonYears",
                    "horizonYears must be a whole number of years from 1 to " + MOST_YEARS);
        }
        if (request.budgetByYear() == null || request.budgetByYear().size() != horizon) {
            throw new InvalidRequestException("budgetByYear",
                    "budgetByYear must have one budget for each of the " + horizon + " years of horizonYears");
        }
        double[] budgets = amounts(request.budgetByYear(), "budgetByYear", false);
        Integer maxConcurrent = request.maxConcurrent();
        if (maxConcurrent != null && maxConcurrent < 1) {
            throw new InvalidRequestException("maxConcurrent",
                    "maxConcurrent must be at least 1, or left out for no limit");
        }
        Objective objective = Objective.NPSV;
        if (request.objective() != null && !request.objective().isBlank()) {
            objective = Objective.fromApiName(request.objective()).orElseThrow(() -> new InvalidRequestException(
                    "objective", "objective must be npsv, officerHours or harm, not '" + request.objective() + "'"));
        }
        List<OptimisationRequest.Initiative> asked = request.initiatives();
        if (asked == null) {
            throw new InvalidRequestException("initiatives", "Send the initiatives to choose from");
        }
        if (asked.size() > MOST_INITIATIVES) {
            throw new InvalidRequestException("initiatives",
                    "initiatives can have at most " + MOST_INITIATIVES + " initiatives");
        }
        Map<String, Integer> ids = new HashMap<>();
        for (int i = 0; i < asked.size(); i++) {
            String where = "initiatives[" + i + "]";
            OptimisationRequest.Initiative initiative = asked.get(i);
            if (initiative == null) {
                throw new InvalidRequestException(where, where + " is empty");
            }
            String id = initiative.id() == null ? "" : initiative.id().strip();
            if (id.isEmpty() || id.length() > LONGEST_ID) {
                throw new InvalidRequestException(where + ".id",
                        where + ".id must be given, up to " + LONGEST_ID + " characters");
            }
            Integer before = ids.putIfAbsent(id, i);
            if (before != null) {
                throw new InvalidRequestException(where + ".id",
                        where + ".id '" + id + "' is also the id of initiatives[" + before + "]");
            }
        }
        List<Initiative> initiatives = new ArrayList<>();
        boolean claimsObjective = objective == Objective.NPSV;
        for (int i = 0; i < asked.size(); i++) {
            Initiative initiative = initiative(asked.get(i), "initiatives[" + i + "]", horizon, ids);
            initiatives.add(initiative);
            claimsObjective |= objective == Objective.OFFICER_HOURS && initiative.officerHoursByYear().length > 0;
            claimsObjective |= objective == Objective.HARM && initiative.harmReductionByYear().length > 0;
        }
        if (!claimsObjective && !initiatives.isEmpty()) {
            throw new InvalidRequestException("objective", "objective is " + objective.apiName()
                    + ", but no initiative gives " + (objective == Objective.HARM ? "harmReductionByYear"
                    : "officerHoursByYear"));
        }
        return new PortfolioProblem(horizon, budgets, maxConcurrent == null ? 0 : maxConcurrent, objective,
                initiatives);
    }

    private static Initiative initiative(OptimisationRequest.Initiative asked, String where, int horizon,
            Map<String, Integer> ids) {
        String id = asked.id().strip();
        double[] costs = amounts(asked.costsByYear(), where + ".costsByYear", false);
        double[] benefits = amounts(asked.benefitsByYear(), where + ".benefitsByYear", true);
        double[] hours = amounts(asked.officerHoursByYear(), where + ".officerHoursByYear", true);
        double[] harm = amounts(asked.harmReductionByYear(), where + ".harmReductionByYear", true);
        if (costs.length > horizon) {
            throw new InvalidRequestException(where + ".costsByYear", where + ".costsByYear has "
                    + costs.length + " years of costs, more than the horizon of " + horizon + " years");
        }
        int earliest = asked.earliestStart() == null ? 0 : asked.earliestStart();
        int lastFit = horizon - Math.max(1, costs.length);
        if (earliest < 0 || earliest > lastFit) {
            throw new InvalidRequestException(where + ".earliestStart", where + ".earliestStart must be from 0 to "
                    + lastFit + ", so that its " + costs.length + " year(s) of costs fall within the "
                    + horizon + "-year horizon");
        }
        int latest = asked.latestStart() == null ? lastFit : asked.latestStart();
        if (latest < earliest || latest > horizon - 1) {
            throw new InvalidRequestException(where + ".latestStart", where + ".latestStart must be from "
                    + where + ".earliestStart (" + earliest + ") to " + (horizon - 1));
        }
        int duration = asked.durationYears() == null ? Math.max(1, costs.length) : asked.durationYears();
        if (duration < 1 || duration > MOST_YEARS_PER_INITIATIVE) {
            throw new InvalidRequestException(where + ".durationYears",
                    where + ".durationYears must be from 1 to " + MOST_YEARS_PER_INITIATIVE);
        }
        return new Initiative(id, costs, benefits, hours, harm, earliest, latest, duration,
                references(asked.dependsOn(), where + ".dependsOn", id, ids),
                references(asked.excludes(), where + ".excludes", id, ids));
    }

    private static List<String> references(List<String> asked, String field, String self, Map<String, Integer> ids) {
        if (asked == null) {
            return List.of();
        }
        List<String> references = new ArrayList<>();
        for (int k = 0; k < asked.size(); k++) {
            String where = field + "[" + k + "]";
            String id = asked.get(k) == null ? "" : asked.get(k).strip();
            if (!ids.containsKey(id)) {
                throw new InvalidRequestException(where, where + " is '" + asked.get(k)
                        + "', which is not the id of any initiative");
            }
            if (id.equals(self)) {
                throw new InvalidRequestException(where, where + " names the initiative itself");
            }
            if (!references.contains(id)) {
                references.add(id);
            }
        }
        return references;
    }

    private static double[] amounts(List<Double> asked, String field, boolean mayBeNegative) {
        if (asked == null) {
            return new double[0];
        }
        int most = field.equals("budgetByYear") ? MOST_YEARS : MOST_YEARS_PER_INITIATIVE;
        if (asked.size() > most) {
            throw new InvalidRequestException(field, field + " can have at most " + most + " years");
        }
        double[] amounts = new double[asked.size()];
        for (int t = 0; t < amounts.length; t++) {
            Double amount = asked.get(t);
            if (amount == null || !Double.isFinite(amount) || Math.abs(amount) > LARGEST_AMOUNT
                    || (!mayBeNegative && amount < 0)) {
                throw new InvalidRequestException(field + "[" + t + "]", field + "[" + t + "] must be a number"
                        + (mayBeNegative ? "" : " of 0 or more") + ", no larger than a trillion");
            }
            amounts[t] = amount;
        }
        return amounts;
    }
}
