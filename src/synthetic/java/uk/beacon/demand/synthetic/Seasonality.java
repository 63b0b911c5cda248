package uk.beacon.demand.synthetic;

/**
 * How much busier an hour is in each month of the year than the yearly average: summer peaks, a
 * winter low. Shaped after Bedfordshire Police's 2023 figures (a summer month about a quarter above
 * the monthly average of 999 calls); the month-by-month values are our assumption.
 */
final class Seasonality {

    private static final double[] BY_MONTH = {
            0.90, 0.91, 0.95, 0.99, 1.05, 1.10, 1.16, 1.12, 1.03, 1.00, 0.94, 0.92 };

    private Seasonality() {
    }

    /** The factor for a month, 1 = January. */
    static double factor(int monthOfYear) {
        return BY_MONTH[monthOfYear - 1];
    }
}
