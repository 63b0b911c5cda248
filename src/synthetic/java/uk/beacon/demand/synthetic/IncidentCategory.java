package uk.beacon.demand.synthetic;

/**
 * The groups in which forces report their incidents (the National Standard for Incident Recording's
 * crime, anti-social behaviour, public safety and welfare, transport, and administration, plus
 * officer-initiated work). The generator's type shares add up to published group shares.
 */
enum IncidentCategory {
    CRIME,
    ANTI_SOCIAL_BEHAVIOUR,
    PUBLIC_SAFETY_AND_WELFARE,
    TRANSPORT,
    ADMINISTRATION,
    PROACTIVE
}
