package uk.beacon.demand.synthetic;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Made-up small areas for a force: LSOA-like codes with a fixed centre each, grouped into beats by
 * place, and a demand weight per area so that a few areas generate much of the work. The geography
 * depends on the force and its extent only, not on the seed, so runs with different seeds share it.
 *
 * <p>Codes look like ONS codes ({@code E01}/{@code W01} and six digits) but start with 9
 * ({@code E01900001}...), a range ONS has not used, so they never pass for a real neighbourhood.
 */
final class SyntheticGeography {

    /** England and Wales had 59,597,542 residents in 35,672 LSOAs at the 2021 Census (ONS). */
    static final double RESIDENTS_PER_LSOA = 59_597_542.0 / 35_672;
    /**
     * Spread of demand between areas (log-normal sigma): with 1.0 the busiest 1% of areas see about a
     * hundred times the demand of the quietest 1%, as Leeds' study of Bradford found.
     */
    static final double AREA_DEMAND_SIGMA = 1.0;
    /** About as many LSOAs as a ward has; an assumption. */
    static final int LSOAS_PER_BEAT = 6;
    static final int MIN_LSOAS = 5;
    static final int MAX_LSOAS = 40_000;

    private final BoundingBox box;
    private final byte[][] lsoaCodes;
    private final byte[][] beatCodes;
    private final double[] centreLatitudes;
    private final double[] centreLongitudes;
    private final WeightedSampler areaSampler;
    private final double latitudeSpread;
    private final double longitudeSpread;

    SyntheticGeography(String forceId, boolean welsh, long residents, BoundingBox box) {
        this.box = box;
        int areas = (int) Math.max(MIN_LSOAS, Math.min(MAX_LSOAS, Math.round(residents / RESIDENTS_PER_LSOA)));
        SplittableRandom random = new SplittableRandom(Randomness.streamSeed(forceId.hashCode(), areas));
        double latitudeRange = box.maxLatitude() - box.minLatitude();
        double longitudeRange = box.maxLongitude() - box.minLongitude();
        centreLatitudes = new double[areas];
        centreLongitudes = new double[areas];
        double[] weights = new double[areas];
        lsoaCodes = new byte[areas][];
        String prefix = welsh ? "W019" : "E019";
        for (int i = 0; i < areas; i++) {
            centreLatitudes[i] = box.minLatitude() + random.nextDouble() * latitudeRange;
            centreLongitudes[i] = box.minLongitude() + random.nextDouble() * longitudeRange;
            weights[i] = StrictMath.exp(AREA_DEMAND_SIGMA * Randomness.normal(random));
            lsoaCodes[i] = (prefix + String.format(Locale.ROOT, "%05d", i + 1)).getBytes(StandardCharsets.US_ASCII);
        }
        areaSampler = new WeightedSampler(weights);
        // Each incident lands within about one area's width of its area's centre.
        latitudeSpread = latitudeRange / Math.sqrt(areas);
        longitudeSpread = longitudeRange / Math.sqrt(areas);
        beatCodes = beatsByGrid(areas, latitudeRange, longitudeRange);
    }

    // Beats are the cells of a grid laid over the extent, so neighbouring areas share a beat.
    private byte[][] beatsByGrid(int areas, double latitudeRange, double longitudeRange) {
        int beats = (areas + LSOAS_PER_BEAT - 1) / LSOAS_PER_BEAT;
        int columns = (int) Math.ceil(Math.sqrt(beats));
        int rows = (beats + columns - 1) / columns;
        int[] cellOfArea = new int[areas];
        int[] numberOfCell = new int[rows * columns];
        for (int i = 0; i < areas; i++) {
            int row = Math.min(rows - 1, (int) ((centreLatitudes[i] - box.minLatitude()) / latitudeRange * rows));
            int column = Math.min(columns - 1,
                    (int) ((centreLongitudes[i] - box.minLongitude()) / longitudeRange * columns));
            cellOfArea[i] = row * columns + column;
            numberOfCell[cellOfArea[i]] = 1;
        }
        int next = 0;
        for (int cell = 0; cell < numberOfCell.length; cell++) {
            if (numberOfCell[cell] != 0) {
                numberOfCell[cell] = ++next;
            }
        }
        byte[][] codes = new byte[areas][];
        for (int i = 0; i < areas; i++) {
            codes[i] = String.format(Locale.ROOT, "B%03d", numberOfCell[cellOfArea[i]])
                    .getBytes(StandardCharsets.US_ASCII);
        }
        return codes;
    }

    int areaCount() {
        return lsoaCodes.length;
    }

    int pickArea(double uniform) {
        return areaSampler.sample(uniform);
    }

    byte[] lsoaCode(int area) {
        return lsoaCodes[area];
    }

    byte[] beatCode(int area) {
        return beatCodes[area];
    }

    double latitude(int area, double uniform) {
        double value = centreLatitudes[area] + (uniform - 0.5) * latitudeSpread;
        return Math.max(box.minLatitude(), Math.min(box.maxLatitude(), value));
    }

    double longitude(int area, double uniform) {
        double value = centreLongitudes[area] + (uniform - 0.5) * longitudeSpread;
        return Math.max(box.minLongitude(), Math.min(box.maxLongitude(), value));
    }
}
