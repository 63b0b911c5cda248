package uk.beacon.demand.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Maps each raw type, as a source names it, onto a {@link WorkType} and a crime flag. Immutable: a
 * force's edit ({@link #withOverride}) gives a new taxonomy, so a profile computed with one
 * taxonomy can never change under its reader.
 *
 * <p>The same text can mean different things in different sources (a CAD "Robbery" is a call, a
 * police.uk "Robbery" a recorded crime), so entries are keyed by source as well as raw type. Raw
 * types match after {@link RawTypeNames#normalise normalising}.
 */
public final class WorkTypeTaxonomy {

    public static final String POLICE_UK_STREET = "police-uk-street";
    public static final String POLICE_UK_STOP_SEARCH = "police-uk-stop-search";
    public static final String CAD = "cad";
    public static final List<String> SOURCES = List.of(POLICE_UK_STREET, POLICE_UK_STOP_SEARCH, CAD);

    static final List<String> HEADER = List.of("source", "raw_type", "work_type", "crime");
    static final String DEFAULT_FILE = "work-types-default.csv";

    /** One row of the taxonomy, with the raw type spelt as it was entered. */
    public record Entry(String source, String rawType, Classification classification) {
    }

    private record Key(String source, String rawType) {

        static Key of(String source, String rawType) {
            return new Key(source.trim().toLowerCase(Locale.ROOT), RawTypeNames.normalise(rawType));
        }
    }

    private final Map<Key, Entry> entries;

    private WorkTypeTaxonomy(Map<Key, Entry> entries) {
        this.entries = entries;
    }

    /** The taxonomy Beacon ships ({@code demand/work-types-default.csv}); read once, then shared. */
    public static WorkTypeTaxonomy defaults() {
        return Defaults.TAXONOMY;
    }

    // Holder class: the shipped file is read on first use and never again.
    private static final class Defaults {
        static final WorkTypeTaxonomy TAXONOMY = load();

        private static WorkTypeTaxonomy load() {
            try (InputStream in = WorkTypeTaxonomy.class.getResourceAsStream("/demand/" + DEFAULT_FILE)) {
                if (in == null) {
                    throw new IllegalStateException("demand/" + DEFAULT_FILE + " is missing from the classpath");
                }
                return read(DEFAULT_FILE, new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read " + DEFAULT_FILE, e);
            }
        }
    }

    /**
     * Reads a taxonomy table with the header {@code source,raw_type,work_type,crime}.
     *
     * @throws ReferenceTableException naming the file, line and field of the first malformed line;
     *     no partial taxonomy is returned
     */
    public static WorkTypeTaxonomy read(String fileName, Reader reader) {
        Map<Key, Entry> entries = new LinkedHashMap<>();
        Map<Key, Integer> firstLine = new LinkedHashMap<>();
        for (ReferenceCsvLines.Line line : ReferenceCsvLines.read(fileName, reader, HEADER)) {
            List<String> cells = line.cells();
            int number = line.number();
            String source = cells.get(0).trim();
            if (!SOURCES.contains(source.toLowerCase(Locale.ROOT))) {
                throw new ReferenceTableException(fileName, number, "source",
                        "'" + source + "' is not a source (" + String.join(", ", SOURCES) + ")");
            }
            String rawType = cells.get(1).trim();
            if (rawType.isEmpty()) {
                throw new ReferenceTableException(fileName, number, "raw_type", "is empty");
            }
            WorkType workType = workType(fileName, number, cells.get(2));
            boolean crime = crime(fileName, number, cells.get(3));
            Key key = Key.of(source, rawType);
            Integer earlier = firstLine.putIfAbsent(key, number);
            if (earlier != null) {
                throw new ReferenceTableException(fileName, number, "raw_type",
                        "'" + rawType + "' for " + source + " is already mapped on line " + earlier);
            }
            entries.put(key, new Entry(key.source(), rawType, new Classification(workType, crime)));
        }
        return new WorkTypeTaxonomy(orderedCopy(entries));
    }

    private static WorkType workType(String fileName, int line, String cell) {
        String name = cell.trim().toUpperCase(Locale.ROOT);
        WorkType workType = Arrays.stream(WorkType.values())
                .filter(candidate -> candidate.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new ReferenceTableException(fileName, line, "work_type",
                        "'" + cell.trim() + "' is not a work type"));
        if (workType == WorkType.UNMAPPED) {
            // Unknown types are UNMAPPED already; a row saying so would hide that nobody mapped it.
            throw new ReferenceTableException(fileName, line, "work_type",
                    "UNMAPPED is for types the taxonomy does not know; leave the row out instead");
        }
        return workType;
    }

    private static boolean crime(String fileName, int line, String cell) {
        String value = cell.trim().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new ReferenceTableException(fileName, line, "crime",
                    "'" + cell.trim() + "' is not true or false");
        };
    }

    /**
     * What a raw type from a source means. Never null and never throws: an unknown source or type,
     * or a blank one, is {@link Classification#UNMAPPED}.
     */
    public Classification classify(String source, String rawType) {
        if (source == null || rawType == null) {
            return Classification.UNMAPPED;
        }
        Entry entry = entries.get(Key.of(source, rawType));
        return entry == null ? Classification.UNMAPPED : entry.classification();
    }

    /**
     * A copy of this taxonomy in which the raw type from the source has the given classification: a
     * force's correction or addition. This taxonomy is unchanged.
     *
     * @throws IllegalArgumentException for an unknown source, a blank raw type or an UNMAPPED
     *     classification
     */
    public WorkTypeTaxonomy withOverride(String source, String rawType, Classification classification) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(rawType, "rawType");
        Objects.requireNonNull(classification, "classification");
        if (!SOURCES.contains(source.trim().toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("'" + source + "' is not a source (" + String.join(", ", SOURCES) + ")");
        }
        if (rawType.isBlank()) {
            throw new IllegalArgumentException("the raw type is blank");
        }
        if (classification.workType() == WorkType.UNMAPPED) {
            throw new IllegalArgumentException("UNMAPPED is for types the taxonomy does not know");
        }
        Key key = Key.of(source, rawType);
        Map<Key, Entry> edited = new LinkedHashMap<>(entries);
        // An existing key keeps its place in entries(); a new one goes at the end.
        edited.put(key, new Entry(key.source(), rawType.trim(), classification));
        return new WorkTypeTaxonomy(orderedCopy(edited));
    }

    /** Every entry: file order, with overridden rows in place and added rows after them. */
    public List<Entry> entries() {
        return List.copyOf(entries.values());
    }

    private static Map<Key, Entry> orderedCopy(Map<Key, Entry> entries) {
        // Map.copyOf would lose the order that entries() promises; wrap a private copy instead.
        return Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }
}
