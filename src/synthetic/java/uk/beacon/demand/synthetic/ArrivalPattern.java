package uk.beacon.demand.synthetic;

import java.time.DayOfWeek;

/**
 * When in the week calls of a kind arrive, in local (UK) time: a weight for each of the 168 hours
 * of the week, Monday 00:00 first, scaled so that the week averages 1. The shapes follow published
 * UK demand profiles (see {@code demand/synthetic-README.md}); the numbers are our assumption.
 */
enum ArrivalPattern {

    /** Most calls: a trough around 04:00-05:00, rising through the day to an 18:00-22:00 peak. */
    GENERAL(new double[] {
            0.78, 0.64, 0.52, 0.42, 0.34, 0.31, 0.38, 0.55, 0.74, 0.86, 0.94, 1.00,
            1.04, 1.06, 1.10, 1.16, 1.22, 1.30, 1.40, 1.44, 1.42, 1.36, 1.24, 1.02 },
            new double[] { 1.00, 0.98, 0.98, 1.00, 1.08, 1.08, 0.95 }, 2.0),

    /** Violence and disorder: the evening peak runs on into the small hours, most at weekends. */
    NIGHT_TIME_ECONOMY(new double[] {
            1.30, 1.15, 0.95, 0.70, 0.45, 0.30, 0.25, 0.30, 0.45, 0.55, 0.65, 0.75,
            0.85, 0.90, 0.95, 1.05, 1.15, 1.25, 1.35, 1.45, 1.55, 1.60, 1.60, 1.45 },
            new double[] { 0.90, 0.85, 0.88, 0.95, 1.15, 1.30, 1.05 }, 2.2),

    /** Shops, offices and the front counter: business hours, quieter at weekends. */
    BUSINESS_HOURS(new double[] {
            0.15, 0.10, 0.08, 0.07, 0.07, 0.10, 0.25, 0.60, 1.20, 1.70, 1.90, 1.90,
            1.80, 1.80, 1.80, 1.70, 1.60, 1.30, 0.90, 0.70, 0.55, 0.45, 0.35, 0.25 },
            new double[] { 1.10, 1.10, 1.10, 1.10, 1.05, 0.85, 0.60 }, 1.0),

    /** Roads: morning and evening rush hours. */
    ROAD(new double[] {
            0.30, 0.20, 0.15, 0.12, 0.12, 0.20, 0.50, 1.20, 1.50, 1.10, 0.95, 1.00,
            1.05, 1.05, 1.10, 1.35, 1.60, 1.70, 1.40, 1.00, 0.80, 0.65, 0.50, 0.40 },
            new double[] { 1.05, 1.05, 1.05, 1.05, 1.10, 0.90, 0.75 }, 1.5);

    static final int HOURS_IN_WEEK = 168;

    private final double[] hourOfWeekWeights;

    /**
     * @param hourOfDay          relative volume of each hour of the day, 00:00 first
     * @param dayOfWeek          relative volume of each day, Monday first
     * @param weekendSmallHours how much busier 00:00-03:59 is on Saturday and Sunday mornings than
     *                           on weekday mornings (the night out before)
     */
    ArrivalPattern(double[] hourOfDay, double[] dayOfWeek, double weekendSmallHours) {
        double[] weights = new double[HOURS_IN_WEEK];
        double sum = 0;
        for (int day = 0; day < 7; day++) {
            boolean morningAfterNightOut = day == DayOfWeek.SATURDAY.ordinal() || day == DayOfWeek.SUNDAY.ordinal();
            for (int hour = 0; hour < 24; hour++) {
                double weight = hourOfDay[hour] * dayOfWeek[day];
                if (morningAfterNightOut && hour < 4) {
                    weight *= weekendSmallHours;
                }
                weights[day * 24 + hour] = weight;
                sum += weight;
            }
        }
        double mean = sum / HOURS_IN_WEEK;
        for (int i = 0; i < HOURS_IN_WEEK; i++) {
            weights[i] /= mean;
        }
        this.hourOfWeekWeights = weights;
    }

    /** The weight of an hour of the week (0 = Monday 00:00 local), averaging 1 over the week. */
    double weight(int hourOfWeek) {
        return hourOfWeekWeights[hourOfWeek];
    }
}
