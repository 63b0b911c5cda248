package uk.beacon.demand.synthetic;

/**
 * Picks an index with probability proportional to its weight, from one uniform draw, in constant
 * time whatever the number of weights (Walker's alias method, built as Vose describes): the generator
 * picks from thousands of areas for every row.
 */
final class WeightedSampler {

    private final double[] keepChance;
    private final int[] alias;

    WeightedSampler(double[] weights) {
        int n = weights.length;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            if (weights[i] < 0 || Double.isNaN(weights[i]) || Double.isInfinite(weights[i])) {
                throw new IllegalArgumentException("weight " + i + " is " + weights[i]);
            }
            sum += weights[i];
        }
        if (!(sum > 0)) {
            throw new IllegalArgumentException("the weights add up to " + sum);
        }
        keepChance = new double[n];
        alias = new int[n];
        double[] scaled = new double[n];
        int[] small = new int[n];
        int[] large = new int[n];
        int smallCount = 0;
        int largeCount = 0;
        for (int i = 0; i < n; i++) {
            scaled[i] = weights[i] * n / sum;
            if (scaled[i] < 1) {
                small[smallCount++] = i;
            } else {
                large[largeCount++] = i;
            }
        }
        // Each column holds one under-full entry topped up by an over-full one.
        while (smallCount > 0 && largeCount > 0) {
            int under = small[--smallCount];
            int over = large[--largeCount];
            keepChance[under] = scaled[under];
            alias[under] = over;
            scaled[over] = scaled[over] + scaled[under] - 1;
            if (scaled[over] < 1) {
                small[smallCount++] = over;
            } else {
                large[largeCount++] = over;
            }
        }
        // What remains is full up to rounding error.
        while (largeCount > 0) {
            int full = large[--largeCount];
            keepChance[full] = 1;
            alias[full] = full;
        }
        while (smallCount > 0) {
            int full = small[--smallCount];
            keepChance[full] = 1;
            alias[full] = full;
        }
    }

    /** The index for a uniform draw in [0, 1): its integer part picks a column, the rest a side. */
    int sample(double uniform) {
        double position = uniform * keepChance.length;
        int column = Math.min((int) position, keepChance.length - 1);
        return position - column < keepChance[column] ? column : alias[column];
    }

    int size() {
        return keepChance.length;
    }
}
