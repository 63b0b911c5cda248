package uk.beacon.capacity.domain.shifts;

import java.util.Random;

/** Requirements for tests and the benchmark: a synthetic police response profile, random ones and edge cases. */
final class ShiftRequirementProfiles {

    private ShiftRequirementProfiles() {
    }

    /**
     * A synthetic response profile between {@code least} and {@code most} on duty: lowest around 05:00-06:00,
     * rising through the day to an evening peak around 22:00, higher on Friday and Saturday nights. The shape
     * is illustrative only (the common shape of calls for service by hour, low before dawn and highest in the
     * evening and at weekends), not any force's data.
     */
    static double[] responseProfile(int least, int most) {
        double[] requirement = new double[WeekHours.HOURS];
        for (int hour = 0; hour < WeekHours.HOURS; hour++) {
            int day = hour / 24;
            int hourOfDay = hour % 24;
            // One cosine wave a day, lowest at 05:30, highest at 17:30, then a late-evening shoulder.
            double daily = 0.5 - 0.5 * Math.cos(2 * Math.PI * (hourOfDay - 5.5) / 24.0);
            double evening = hourOfDay >= 18 ? 0.15 : hourOfDay <= 2 ? 0.1 : 0;
            // Friday and Saturday evenings, and the small hours of Saturday and Sunday, are busier.
            boolean weekendNight = (day == 4 || day == 5) && hourOfDay >= 18 || (day == 5 || day == 6) && hourOfDay <= 3;
            double shape = Math.min(1, daily * 0.8 + evening + (weekendNight ? 0.2 : 0));
            requirement[hour] = Math.round(least + (most - least) * shape);
        }
        return requirement;
    }

    static double[] random(long seed, int most) {
        Random random = new Random(seed);
        double[] requirement = new double[WeekHours.HOURS];
        for (int hour = 0; hour < WeekHours.HOURS; hour++) {
            requirement[hour] = random.nextInt(most + 1);
        }
        return requirement;
    }

    static double[] constant(double value) {
        double[] requirement = new double[WeekHours.HOURS];
        java.util.Arrays.fill(requirement, value);
        return requirement;
    }
}
