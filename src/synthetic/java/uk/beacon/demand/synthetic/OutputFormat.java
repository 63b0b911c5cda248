package uk.beacon.demand.synthetic;

import java.nio.file.Path;
import java.util.Locale;

/** The file formats the generator writes. */
public enum OutputFormat {
    /** Beacon's canonical incident CSV ({@link uk.beacon.demand.domain.CanonicalCsv}). */
    CSV,
    /** The same columns in Parquet, with typed timestamps and numbers. */
    PARQUET;

    /** Reads {@code csv} or {@code parquet}. */
    public static OutputFormat parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the format is csv or parquet, not '" + text + "'", e);
        }
    }

    /** Parquet for a {@code .parquet} file name, CSV otherwise. */
    public static OutputFormat forFileName(Path file) {
        Path name = file.getFileName();
        return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".parquet") ? PARQUET : CSV;
    }
}
