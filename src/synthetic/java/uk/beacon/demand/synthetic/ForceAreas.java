package uk.beacon.demand.synthetic;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The police forces of England and Wales from the shipped {@code reference/forces.csv} (Home Office
 * officers, ONS residents and area), with the extent of the two forces Beacon demonstrates with.
 */
final class ForceAreas {

    static final String REFERENCE_FILE = "/reference/forces.csv";

    /**
     * The City of London: the extent of the street-level crimes data.police.uk placed in the City's
     * own LSOAs, January to June 2021 (shared/data/police-uk/city-of-london), rounded outward.
     */
    static final BoundingBox CITY_OF_LONDON = new BoundingBox(51.5080, -0.1130, 51.5220, -0.0730);

    /** Greater London, rounded outward from its commonly quoted extent; an approximation. */
    static final BoundingBox GREATER_LONDON = new BoundingBox(51.28, -0.52, 51.70, 0.34);

    private static final Map<String, BoundingBox> KNOWN_EXTENTS = Map.of("city-of-london", CITY_OF_LONDON,
            "metropolitan", GREATER_LONDON);

    private static volatile Map<String, ForceArea> forces;

    private ForceAreas() {
    }

    static Optional<ForceArea> find(String forceId) {
        return Optional.ofNullable(all().get(forceId));
    }

    static Map<String, ForceArea> all() {
        Map<String, ForceArea> loaded = forces;
        if (loaded == null) {
            loaded = load();
            forces = loaded;
        }
        return loaded;
    }

    /**
     * Residents per police officer over the territorial forces: how the generator turns an officer
     * count into a population-sized volume when no population is given.
     */
    static double residentsPerOfficer() {
        double residents = 0;
        double officers = 0;
        for (ForceArea force : all().values()) {
            if (force.population() != null && force.officers() != null) {
                residents += force.population();
                officers += force.officers();
            }
        }
        return residents / officers;
    }

    private static Map<String, ForceArea> load() {
        try (InputStream in = ForceAreas.class.getResourceAsStream(REFERENCE_FILE)) {
            if (in == null) {
                throw new IllegalStateException(REFERENCE_FILE + " is not on the classpath");
            }
            Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
            Map<String, ForceArea> result = new LinkedHashMap<>();
            CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
            for (CSVRecord row : format.parse(reader)) {
                String id = row.get("force_id");
                result.put(id, new ForceArea(id, row.get("name"), row.get("region"), decimal(row.get("officers_fte")),
                        whole(row.get("population")), decimal(row.get("area_km2")),
                        KNOWN_EXTENTS.getOrDefault(id, BoundingBox.ENGLAND_AND_WALES)));
            }
            return Map.copyOf(result);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + REFERENCE_FILE, e);
        }
    }

    private static Double decimal(String text) {
        return text.isBlank() ? null : Double.valueOf(text);
    }

    private static Long whole(String text) {
        return text.isBlank() ? null : Long.valueOf(text);
    }
}
