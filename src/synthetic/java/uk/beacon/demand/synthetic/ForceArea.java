package uk.beacon.demand.synthetic;

/**
 * What the generator knows about a force: its shipped reference figures (any may be null where
 * unpublished) and the rectangle its incidents are placed in.
 */
record ForceArea(String id, String name, String region, Double officers, Long population, Double areaKm2,
        BoundingBox boundingBox) {

    boolean isWelsh() {
        return "Wales".equals(region);
    }
}
