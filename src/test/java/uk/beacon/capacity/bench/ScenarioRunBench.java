package uk.beacon.capacity.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import uk.beacon.capacity.domain.scenarios.ResponseSimulation;
import uk.beacon.capacity.domain.scenarios.Role;
import uk.beacon.capacity.domain.scenarios.RoleMatrix;
import uk.beacon.capacity.domain.scenarios.ScenarioChange;
import uk.beacon.capacity.domain.scenarios.WorkChanges;
import uk.beacon.capacity.domain.shifts.ShiftDesign;
import uk.beacon.capacity.domain.shifts.ShiftDesigner;
import uk.beacon.capacity.domain.shifts.ShiftRules;
import uk.beacon.capacity.domain.simulation.Simulation;
import uk.beacon.capacity.domain.simulation.SimulationModel;
import uk.beacon.capacity.domain.simulation.SimulationResult;
import uk.beacon.capacity.domain.staffing.ServiceStandard;
import uk.beacon.capacity.domain.staffing.Shrinkage;
import uk.beacon.capacity.domain.staffing.StaffingCalculator;
import uk.beacon.capacity.domain.staffing.StaffingRequirement;
import uk.beacon.capacity.domain.staffing.Workload;

/**
 * One scenario run's work, stage by stage, as {@code ScenarioService} does it in its job (without Spring
 * or the database), run by {@code bench/capacity-scenarios.sh}: apply the changes (30% of concern for
 * safety to a partner agency), the staffing requirement, a shift plan and a simulation, each for the
 * baseline and the scenario. The workload is synthetic: 11 work types × 4 priorities with a daily
 * shape, about {@code perHour} incidents an hour in all (illustrative, not a force's data).
 */
public final class ScenarioRunBench {

    private ScenarioRunBench() {
    }

    public static void main(String[] args) {
        double perHour = args.length > 0 ? Double.parseDouble(args[0]) : 40;
        int limitSeconds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int workers = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        int weeks = args.length > 3 ? Integer.parseInt(args[3]) : 2;
        int replications = args.length > 4 ? Integer.parseInt(args[4]) : 3;
        Workload workload = workload(perHour);
        List<ServiceStandard> standards = ServiceStandard.defaults();
        ShiftDesigner.loadNativeLibraries();
        ShiftDesigner designer = new ShiftDesigner();
        ShiftDesigner.Limits limits = new ShiftDesigner.Limits(Duration.ofSeconds(limitSeconds), workers);

        long start = System.nanoTime();
        long t = System.nanoTime();
        WorkChanges.Applied baseline = WorkChanges.baseline(workload);
        WorkChanges.Applied changed = WorkChanges.apply(workload,
                List.of(ScenarioChange.move("CONCERN_FOR_SAFETY", null, 30, Role.PARTNER_AGENCY)),
                RoleMatrix.defaults());
        double applyMs = ms(t);
        String[] names = {"baseline", "scenario"};
        WorkChanges.Applied[] sides = {baseline, changed};
        System.out.printf(Locale.UK, "Workload: %,.0f incidents a week, %d items; changes applied in %.2f ms%n",
                workload.items().stream().mapToDouble(Workload.WorkItem::incidentsPerWeek).sum(),
                workload.items().size(), applyMs);
        for (int i = 0; i < 2; i++) {
            t = System.nanoTime();
            StaffingRequirement requirement = StaffingCalculator.requirement(sides[i].workload(), standards);
            double staffingMs = ms(t);
            int[] onDuty = requirement.response().onDuty();
            double[] need = new double[onDuty.length];
            for (int hour = 0; hour < need.length; hour++) {
                need[hour] = onDuty[hour];
            }
            t = System.nanoTime();
            ShiftDesign plan = designer.design(ShiftRules.of(need, List.of(8, 10, 12), null, 1, 0), limits,
                    (paid, bound, seconds) -> true);
            double planMs = ms(t);
            t = System.nanoTime();
            SimulationModel model = ResponseSimulation.model(sides[i].workload(), standards, onDuty, weeks, 24);
            SimulationResult result = Simulation.run(model, 1, replications, Simulation.Listener.NONE);
            double simMs = ms(t);
            System.out.printf(Locale.UK, "%-8s staffing %7.1f ms: %,d response officer hours on duty a week "
                    + "(peak %d)%n", names[i], staffingMs, requirement.response().onDutyHours(),
                    requirement.response().peakOnDuty());
            System.out.printf(Locale.UK, "%-8s shift plan %7.0f ms: %,d paid hours, optimal %s%n", names[i], planMs,
                    plan.paidHours(), plan.optimal());
            System.out.printf(Locale.UK, "%-8s simulation %6.0f ms: %,d incidents (%d weeks × %d), %.1f%% within "
                    + "target, %s p90 wait %.1f min%n", names[i], simMs, result.incidents(), weeks, replications,
                    100 * result.shareWithinTarget(), result.byPriority().get(0).name(),
                    result.byPriority().get(0).p90WaitMinutes());
        }
        System.out.printf(Locale.UK, "whole run (both sides, after loading OR-Tools): %.2f s%n", ms(start) / 1000);
    }

    private static double ms(long since) {
        return (System.nanoTime() - since) / 1e6;
    }

    /** 11 work types × priorities 1 to 4, shares and minutes set by a fixed seed; daily shape. */
    static Workload workload(double perHour) {
        String[] types = {"VIOLENT_CRIME", "ACQUISITIVE_CRIME", "OTHER_CRIME", "ANTI_SOCIAL_BEHAVIOUR",
                "CONCERN_FOR_SAFETY", "MENTAL_HEALTH", "MISSING_PERSONS", "ROAD_TRAFFIC", "PUBLIC_ORDER", "PROACTIVE",
                "ADMINISTRATIVE_OTHER"};
        double[] priorityShare = {0.15, 0.35, 0.3, 0.2};
        SplittableRandom random = new SplittableRandom(42);
        double[] typeWeight = new double[types.length];
        double total = 0;
        for (int i = 0; i < types.length; i++) {
            typeWeight[i] = random.nextDouble(0.5, 2);
            total += typeWeight[i];
        }
        List<Workload.WorkItem> items = new ArrayList<>();
        for (int i = 0; i < types.length; i++) {
            double minutes = Math.round(random.nextDouble(40, 150));
            for (int p = 0; p < 4; p++) {
                double[] hours = new double[Workload.HOURS];
                for (int hour = 0; hour < hours.length; hour++) {
                    double shape = 0.55 + 0.45 * Math.sin((hour % 24 - 11) * Math.PI / 12);
                    // The shape averages 0.55 over a day, so the incidents average perHour.
                    hours[hour] = perHour * typeWeight[i] / total * priorityShare[p] * shape / 0.55;
                }
                items.add(new Workload.WorkItem(types[i], p + 1, hours, minutes, p == 0 ? 2 : 1, p < 3));
            }
        }
        return new Workload("Synthetic benchmark workload", 1.3, 300, items, List.of(new Workload.Travel(null, 8)),
                Shrinkage.defaults());
    }
}
