package uk.beacon.demand.domain;

/**
 * The kinds of work a force does, the level at which planners reason about demand. Raw call,
 * incident and crime types map onto these through a force's taxonomy; a raw type the taxonomy does
 * not know is {@link #UNMAPPED}, counted and listed, never dropped.
 */
public enum WorkType {
    VIOLENT_CRIME("Violent and sexual crime"),
    ACQUISITIVE_CRIME("Acquisitive crime"),
    OTHER_CRIME("Other crime"),
    ANTI_SOCIAL_BEHAVIOUR("Anti-social behaviour"),
    CONCERN_FOR_SAFETY("Concern for safety and welfare"),
    MENTAL_HEALTH("Mental health"),
    MISSING_PERSONS("Missing persons"),
    ROAD_TRAFFIC("Road traffic"),
    PUBLIC_ORDER("Public order"),
    PROACTIVE("Proactive"),
    ADMINISTRATIVE_OTHER("Administrative and other"),
    UNMAPPED("Not yet mapped");

    private final String label;

    WorkType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
