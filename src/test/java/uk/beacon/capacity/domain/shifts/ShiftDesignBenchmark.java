package uk.beacon.capacity.domain.shifts;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The shift design speed goal: a weekly design at hourly resolution, 8/10/12-hour shifts starting on any
 * hour, a response profile of 20 to 80 on duty, proven optimal in under 30 seconds. Run by
 * {@code bench/capacity-shifts.sh}; arguments: time limit in seconds, workers, minimum per shift,
 * briefing overlap hours.
 */
public final class ShiftDesignBenchmark {

    private ShiftDesignBenchmark() {
    }

    public static void main(String[] args) {
        int limit = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        int workers = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        int minimum = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        int overlap = args.length > 3 ? Integer.parseInt(args[3]) : 0;
        long loadStart = System.nanoTime();
        ShiftDesigner.loadNativeLibraries();
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
        ShiftRules rules = ShiftRules.of(ShiftRequirementProfiles.responseProfile(20, 80), List.of(8, 10, 12), null,
                minimum, overlap);
        ShiftDesign design = new ShiftDesigner().design(rules, new ShiftDesigner.Limits(Duration.ofSeconds(limit),
                workers), (paid, bound, seconds) -> {
                    System.out.printf(Locale.ROOT, "  %.2f s: plan of %d paid hours, lower bound %.0f%n", seconds,
                            paid, bound);
                    return true;
                });
        PatternMeasures measures = PatternMeasures.of(rules.requirement(), design.shifts());
        System.out.printf(Locale.ROOT, "Shift design: 168 hours, lengths 8/10/12, any start hour, requirement 20-80"
                + " (%d person-hours), minimum per shift %d, briefing overlap %d h, %d worker(s), limit %d s%n",
                java.util.Arrays.stream(rules.requirement()).sum(), minimum, overlap, workers, limit);
        System.out.printf(Locale.ROOT, "native libraries loaded in %.2f s%n", loadSeconds);
        System.out.printf(Locale.ROOT, "time %.2f s, optimal %s, gap %.4f, paid hours %d, lower bound %.0f, "
                + "shifts %d, hours over requirement %d%n", design.seconds(), design.optimal(), design.gap(),
                design.paidHours(), design.lowerBound(), design.shifts().size(), measures.hoursOver());
        System.out.println(design.optimal() && design.seconds() < 30 ? "GOAL MET: proven optimal in under 30 s"
                : "GOAL NOT MET: not proven optimal in under 30 s");
    }
}
