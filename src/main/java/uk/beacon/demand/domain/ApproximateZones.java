package uk.beacon.demand.domain;

import java.util.List;
import java.util.Optional;

/**
 * The time zone of a point, from a few boxes of latitude and longitude: the United Kingdom, and the
 * four time zones of the contiguous United States split at rounded longitudes. It is approximate by
 * design: good enough to suggest the zone of an export from its coordinates, for a person to check,
 * and wrong near borders (Northern Ireland's border with Ireland, and the states that a US zone
 * boundary crosses).
 */
final class ApproximateZones {

    private record Box(double south, double north, double west, double east, String zone) {

        boolean holds(double latitude, double longitude) {
            return latitude >= south && latitude <= north && longitude >= west && longitude < east;
        }
    }

    private static final List<Box> BOXES = List.of(
            // Great Britain and Northern Ireland, with Shetland and the Scilly Isles.
            new Box(49.8, 60.9, -8.7, 1.8, "Europe/London"),
            // The contiguous United States, by zone from west to east.
            new Box(24.5, 49.4, -125.0, -114.5, "America/Los_Angeles"),
            new Box(24.5, 49.4, -114.5, -102.0, "America/Denver"),
            new Box(24.5, 49.4, -102.0, -86.5, "America/Chicago"),
            new Box(24.5, 49.4, -86.5, -66.9, "America/New_York"));

    private ApproximateZones() {
    }

    /** The zone whose box holds the point, if one does. */
    static Optional<String> at(double latitude, double longitude) {
        return BOXES.stream().filter(box -> box.holds(latitude, longitude)).map(Box::zone).findFirst();
    }
}
