package uk.beacon.demand.domain;

import java.util.Objects;

/**
 * What a raw type means to a planner: the kind of work, and whether it reports a crime (an offence
 * to be recorded and investigated) rather than an incident, a service call or proactive work.
 */
public record Classification(WorkType workType, boolean crime) {

    /** What a raw type the taxonomy does not know gets: counted and listed, never dropped. */
    public static final Classification UNMAPPED = new Classification(WorkType.UNMAPPED, false);

    public Classification {
        Objects.requireNonNull(workType, "workType");
    }
}
