package uk.beacon.capacity.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import uk.beacon.capacity.domain.queueing.ErlangC;
import uk.beacon.capacity.domain.staffing.ServiceStandard;
import uk.beacon.capacity.domain.staffing.Shrinkage;
import uk.beacon.capacity.domain.staffing.StaffingCalculator;
import uk.beacon.capacity.domain.staffing.StaffingRequirement;
import uk.beacon.capacity.domain.staffing.Workload;

/**
 * Erlang staffing for 168 hours × 20 work types, run by {@code bench/capacity-erlang.sh}. Prints the
 * first (cold) run and the median and worst of the warm runs for: (1) 3,360 separate fewest-agent
 * searches, one queue per work type and hour, with loads from 0.5 to 400 erlangs; (2) the whole
 * staffing requirement (call handling and response) for a workload of 20 work types × 4 priorities.
 */
public final class ErlangStaffingBench {

    private ErlangStaffingBench() {
    }

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        SplittableRandom random = new SplittableRandom(42);
        double[][] traffic = new double[20][168];
        for (double[] type : traffic) {
            double scale = random.nextDouble(0.5, 400);
            for (int hour = 0; hour < 168; hour++) {
                // A daily shape: quietest about 05:00, busiest about 17:00.
                type[hour] = scale * (0.55 + 0.45 * Math.sin((hour % 24 - 11) * Math.PI / 12));
            }
        }
        Workload workload = workload(random);

        long[] searches = new long[runs];
        long[] staffing = new long[runs];
        long checksum = 0;
        for (int run = 0; run < runs; run++) {
            long start = System.nanoTime();
            for (double[] type : traffic) {
                for (int hour = 0; hour < 168; hour++) {
                    checksum += ErlangC.fewestServers(type[hour], 300, 10, 0.9).servers();
                }
            }
            searches[run] = System.nanoTime() - start;
            start = System.nanoTime();
            StaffingRequirement requirement = StaffingCalculator.requirement(workload, ServiceStandard.defaults());
            staffing[run] = System.nanoTime() - start;
            checksum += requirement.response().onDutyHours() + requirement.callHandling().onDutyHours();
        }
        report("168 hours x 20 work types, fewest agents (3,360 Erlang C searches)", searches);
        report("staffing requirement, 20 work types x 4 priorities x 168 hours", staffing);
        StaffingRequirement last = StaffingCalculator.requirement(workload, ServiceStandard.defaults());
        System.out.printf("workload: %.0f incidents a week; call handlers on duty %,d hours a week (peak %d); "
                        + "response officers on duty %,d hours a week (peak %d)%n",
                workload.items().stream().mapToDouble(Workload.WorkItem::incidentsPerWeek).sum(),
                last.callHandling().onDutyHours(), last.callHandling().peakOnDuty(), last.response().onDutyHours(),
                last.response().peakOnDuty());
        System.out.println("goal: under 50 ms; checksum " + checksum);
    }

    /** A Metropolitan-sized week: about 35,000 incidents over 20 work types and 4 priorities. */
    private static Workload workload(SplittableRandom random) {
        List<Workload.WorkItem> items = new ArrayList<>();
        for (int type = 0; type < 20; type++) {
            for (int priority = 1; priority <= 4; priority++) {
                double perWeek = random.nextDouble(50, 800);
                double[] perHour = new double[168];
                for (int hour = 0; hour < 168; hour++) {
                    perHour[hour] = perWeek / 168 * (0.55 + 0.45 * Math.sin((hour % 24 - 11) * Math.PI / 12));
                }
                items.add(new Workload.WorkItem("TYPE_" + type, priority, perHour, random.nextDouble(30, 240),
                        random.nextDouble(1, 2.5), priority != 4));
            }
        }
        return new Workload("bench", 1.3, 300, items, List.of(new Workload.Travel(null, 8)), Shrinkage.defaults());
    }

    private static void report(String what, long[] nanos) {
        long first = nanos[0];
        long[] warm = Arrays.copyOfRange(nanos, Math.min(10, nanos.length - 1), nanos.length);
        Arrays.sort(warm);
        System.out.printf("%s: first run %.2f ms, warm median %.2f ms, warm worst %.2f ms (%d warm runs)%n", what,
                first / 1e6, warm[warm.length / 2] / 1e6, warm[warm.length - 1] / 1e6, warm.length);
    }
}
