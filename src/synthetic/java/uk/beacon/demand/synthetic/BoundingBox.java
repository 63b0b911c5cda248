package uk.beacon.demand.synthetic;

/** A latitude-longitude rectangle (WGS84 decimal degrees) that synthetic incidents fall inside. */
public record BoundingBox(double minLatitude, double minLongitude, double maxLatitude, double maxLongitude) {

    /** England and Wales, for forces whose own extent the generator does not know. */
    public static final BoundingBox ENGLAND_AND_WALES = new BoundingBox(49.96, -5.72, 55.81, 1.76);

    public BoundingBox {
        if (!(minLatitude >= -90 && maxLatitude <= 90 && minLatitude < maxLatitude)) {
            throw new IllegalArgumentException("latitudes must rise from south to north within -90..90, not "
                    + minLatitude + ".." + maxLatitude);
        }
        if (!(minLongitude >= -180 && maxLongitude <= 180 && minLongitude < maxLongitude)) {
            throw new IllegalArgumentException("longitudes must rise from west to east within -180..180, not "
                    + minLongitude + ".." + maxLongitude);
        }
    }

    /** Reads {@code minLat,minLon,maxLat,maxLon}. */
    public static BoundingBox parse(String text) {
        String[] parts = text.split(",", -1);
        if (parts.length != 4) {
            throw new IllegalArgumentException("a bounding box is minLat,minLon,maxLat,maxLon, not '" + text + "'");
        }
        double[] values = new double[4];
        for (int i = 0; i < 4; i++) {
            try {
                values[i] = Double.parseDouble(parts[i].trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + parts[i].trim() + "' is not a number of degrees", e);
            }
        }
        return new BoundingBox(values[0], values[1], values[2], values[3]);
    }

    public boolean contains(double latitude, double longitude) {
        return latitude >= minLatitude && latitude <= maxLatitude && longitude >= minLongitude
                && longitude <= maxLongitude;
    }
}
