package uk.beacon.demand.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * How much harm one crime of each data.police.uk category stands for, so that demand can be
 * profiled by harm as well as by count. Weights are days of custody per offence; only their ratios
 * matter. Where each number comes from is in {@code demand/README.md}.
 */
public final class HarmWeights {

    static final List<String> HEADER = List.of("police_uk_category", "weight", "basis");
    static final String DEFAULT_FILE = "harm-weights.csv";

    /** Describes the index behind the shipped table; the README gives the full provenance. */
    public static final String DEFAULT_SOURCE = "Cambridge Crime Harm Index (Sherman, Neyroud & Neyroud 2016, "
            + "Policing 10(3)), 2026 update: days of custody at the Sentencing Council starting point per offence, "
            + "median per Home Office offence subgroup, count-weighted to data.police.uk categories with police "
            + "recorded crime for the year ending March 2025";

    /** One row: the category as data.police.uk spells it, its weight and what the weight rests on. */
    public record Entry(String policeUkCategory, double weight, String basis) {
    }

    private final Map<String, Entry> byCategory;
    private final String source;

    private HarmWeights(Map<String, Entry> byCategory, String source) {
        this.byCategory = byCategory;
        this.source = source;
    }

    /** The table Beacon ships ({@code demand/harm-weights.csv}); read once, then shared. */
    public static HarmWeights defaults() {
        return Defaults.WEIGHTS;
    }

    // Holder class: the shipped file is read on first use and never again.
    private static final class Defaults {
        static final HarmWeights WEIGHTS = load();

        private static HarmWeights load() {
            try (InputStream in = HarmWeights.class.getResourceAsStream("/demand/" + DEFAULT_FILE)) {
                if (in == null) {
                    throw new IllegalStateException("demand/" + DEFAULT_FILE + " is missing from the classpath");
                }
                return read(DEFAULT_FILE, new InputStreamReader(in, StandardCharsets.UTF_8), DEFAULT_SOURCE);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read " + DEFAULT_FILE, e);
            }
        }
    }

    /**
     * Reads a weights table with the header {@code police_uk_category,weight,basis}.
     *
     * @param source what index the weights come from, returned by {@link #source()}
     * @throws ReferenceTableException naming the file, line and field of the first malformed line
     */
    public static HarmWeights read(String fileName, Reader reader, String source) {
        Objects.requireNonNull(source, "source");
        Map<String, Entry> byCategory = new LinkedHashMap<>();
        Map<String, Integer> firstLine = new LinkedHashMap<>();
        for (ReferenceCsvLines.Line line : ReferenceCsvLines.read(fileName, reader, HEADER)) {
            int number = line.number();
            String category = line.cells().get(0).trim();
            if (category.isEmpty()) {
                throw new ReferenceTableException(fileName, number, "police_uk_category", "is empty");
            }
            double weight = weight(fileName, number, line.cells().get(1));
            String basis = line.cells().get(2).trim();
            if (basis.isEmpty()) {
                // A weight nobody can trace back is worse than no weight.
                throw new ReferenceTableException(fileName, number, "basis", "is empty");
            }
            String key = RawTypeNames.normalise(category);
            Integer earlier = firstLine.putIfAbsent(key, number);
            if (earlier != null) {
                throw new ReferenceTableException(fileName, number, "police_uk_category",
                        "'" + category + "' already has a weight on line " + earlier);
            }
            byCategory.put(key, new Entry(category, weight, basis));
        }
        return new HarmWeights(Collections.unmodifiableMap(byCategory), source);
    }

    private static double weight(String fileName, int line, String cell) {
        String text = cell.trim();
        BigDecimal weight;
        try {
            // BigDecimal, unlike Double.parseDouble, refuses "NaN", "Infinity" and "1d".
            weight = new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new ReferenceTableException(fileName, line, "weight", "'" + text + "' is not a number");
        }
        if (weight.signum() < 0) {
            throw new ReferenceTableException(fileName, line, "weight", "'" + text + "' is negative");
        }
        return weight.doubleValue();
    }

    /** The weight of one crime of the category, matched like raw types; empty for an unknown one. */
    public OptionalDouble weight(String policeUkCategory) {
        Entry entry = byCategory.get(RawTypeNames.normalise(policeUkCategory));
        return entry == null ? OptionalDouble.empty() : OptionalDouble.of(entry.weight());
    }

    /** Every row, in file order. */
    public List<Entry> entries() {
        return List.copyOf(byCategory.values());
    }

    /** What index the weights come from. */
    public String source() {
        return source;
    }
}
