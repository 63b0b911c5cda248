package uk.beacon.demand.synthetic;

import static uk.beacon.demand.synthetic.ArrivalPattern.BUSINESS_HOURS;
import static uk.beacon.demand.synthetic.ArrivalPattern.GENERAL;
import static uk.beacon.demand.synthetic.ArrivalPattern.NIGHT_TIME_ECONOMY;
import static uk.beacon.demand.synthetic.ArrivalPattern.ROAD;
import static uk.beacon.demand.synthetic.IncidentCategory.ADMINISTRATION;
import static uk.beacon.demand.synthetic.IncidentCategory.ANTI_SOCIAL_BEHAVIOUR;
import static uk.beacon.demand.synthetic.IncidentCategory.CRIME;
import static uk.beacon.demand.synthetic.IncidentCategory.PROACTIVE;
import static uk.beacon.demand.synthetic.IncidentCategory.PUBLIC_SAFETY_AND_WELFARE;
import static uk.beacon.demand.synthetic.IncidentCategory.TRANSPORT;

import java.util.List;

/**
 * The generator's default mix of raw CAD call types. Group totals follow published shares (crime
 * 18%, anti-social behaviour 12%, public safety and welfare 37%, transport 14%, administration 16%,
 * officer-initiated 3%: Cambridgeshire Constabulary's 2015 incidents); the split inside each group,
 * the priorities, times and outcomes are our assumptions. {@code demand/synthetic-README.md} gives
 * the sources.
 */
final class CallTypes {

    private static final List<String> CRIME_ATTENDED = List.of("Crime recorded", "Crime recorded, suspect identified",
            "Arrest made", "Crime recorded, no suspect identified", "Advice given, no crime");
    private static final List<String> CRIME_REMOTE = List.of("Crime recorded by telephone",
            "Crime recorded by telephone", "Referred to investigation team", "Advice given by telephone");
    private static final List<String> ASB_ATTENDED = List.of("Words of advice given", "No trace on arrival",
            "Referred to local authority", "Dispersal of those involved");
    private static final List<String> WELFARE_ATTENDED = List.of("Person found safe and well",
            "Handed over to ambulance service", "Referred to partner agency", "Concern resolved on scene");
    private static final List<String> REMOTE = List.of("Resolved by telephone", "Advice given by telephone",
            "Referred to partner agency", "No police action required");
    private static final List<String> ROAD_ATTENDED = List.of("Road cleared", "Damage only, details exchanged",
            "Traffic offence report issued", "Handed over to highways authority");
    private static final List<String> DISORDER_ATTENDED = List.of("Words of advice given", "Arrest made",
            "No trace on arrival", "Parties separated");
    private static final List<String> ADMIN_ATTENDED = List.of("Information recorded", "Property recorded",
            "Task completed");
    private static final List<String> ADMIN_REMOTE = List.of("Information recorded", "Message passed",
            "No police action required");

    /** Every default call type, in the order of the project's list of raw types. */
    static final List<CallType> DEFAULT = List.of(
            crime("Assault", 3.5, NIGHT_TIME_ECONOMY, 0.35, 6, 3, 1, 90),
            crime("Domestic abuse", 3.0, GENERAL, 0.35, 6, 3, 1, 120),
            crime("Robbery", 0.4, NIGHT_TIME_ECONOMY, 0.50, 6, 3, 1, 120),
            crime("Sexual offence", 0.6, GENERAL, 0.25, 6, 3, 1, 180),
            crime("Weapons", 0.5, NIGHT_TIME_ECONOMY, 0.60, 6, 3, 1, 90),
            crime("Burglary dwelling", 1.0, GENERAL, 0.20, 5, 4, 1, 90),
            crime("Burglary business", 0.4, BUSINESS_HOURS, 0.15, 4, 4, 2, 75),
            crime("Theft", 2.5, GENERAL, 0.05, 2, 4, 4, 45),
            crime("Shoplifting", 1.5, BUSINESS_HOURS, 0.08, 3, 4, 3, 75),
            crime("Vehicle crime", 1.2, GENERAL, 0.05, 2, 4, 4, 40),
            new CallType("Fraud", CRIME, 0.8, BUSINESS_HOURS, 0.01, new double[] { 1, 3, 6 }, 45, 45, 0,
                    CRIME_ATTENDED, CRIME_REMOTE),
            crime("Criminal damage", 1.5, NIGHT_TIME_ECONOMY, 0.08, 2, 4, 4, 40),
            new CallType("Drugs", CRIME, 0.5, NIGHT_TIME_ECONOMY, 0.05, new double[] { 3, 4, 3 }, 60, 20, 0.3,
                    CRIME_ATTENDED, CRIME_REMOTE),
            crime("Other crime", 0.6, GENERAL, 0.05, 2, 4, 4, 50),

            new CallType("Anti-social behaviour", ANTI_SOCIAL_BEHAVIOUR, 9.5, NIGHT_TIME_ECONOMY, 0.03,
                    new double[] { 3, 4, 3 }, 30, 20, 0, ASB_ATTENDED, REMOTE),
            new CallType("Noise nuisance", ANTI_SOCIAL_BEHAVIOUR, 2.5, NIGHT_TIME_ECONOMY, 0.01,
                    new double[] { 2, 4, 4 }, 20, 15, 0, ASB_ATTENDED, REMOTE),

            welfare("Concern for welfare", 9.5, GENERAL, 0.15, 6, 3, 1, 60),
            welfare("Sudden death", 0.6, GENERAL, 0.30, 8, 2, 0, 240),
            welfare("Collapse or illness", 2.4, GENERAL, 0.30, 7, 2, 1, 60),
            welfare("Mental health", 4.0, GENERAL, 0.15, 6, 3, 1, 150),
            welfare("Suicidal person", 2.5, GENERAL, 0.50, 8, 2, 0, 120),
            welfare("Missing person", 1.6, GENERAL, 0.10, 6, 3, 1, 180),
            welfare("Absconder", 0.4, GENERAL, 0.05, 5, 4, 1, 90),

            new CallType("Road traffic collision", TRANSPORT, 4.0, ROAD, 0.25, new double[] { 5, 3, 2 }, 75, 20,
                    0, ROAD_ATTENDED, REMOTE),
            new CallType("Traffic offence", TRANSPORT, 4.0, ROAD, 0.05, new double[] { 2, 3, 5 }, 30, 15, 0.5,
                    ROAD_ATTENDED, REMOTE),
            new CallType("Highway disruption", TRANSPORT, 6.0, ROAD, 0.10, new double[] { 5, 3, 2 }, 35, 10, 0,
                    ROAD_ATTENDED, REMOTE),

            new CallType("Disturbance", PUBLIC_SAFETY_AND_WELFARE, 6.5, NIGHT_TIME_ECONOMY, 0.20,
                    new double[] { 5, 3, 2 }, 40, 15, 0, DISORDER_ATTENDED, REMOTE),
            new CallType("Public order", PUBLIC_SAFETY_AND_WELFARE, 1.0, NIGHT_TIME_ECONOMY, 0.25,
                    new double[] { 5, 4, 1 }, 60, 20, 0, DISORDER_ATTENDED, REMOTE),
            new CallType("Licensing", ADMINISTRATION, 0.5, BUSINESS_HOURS, 0, new double[] { 1, 5, 4 }, 45, 20, 0,
                    ADMIN_ATTENDED, ADMIN_REMOTE),
            new CallType("Stop and search", PROACTIVE, 1.0, NIGHT_TIME_ECONOMY, 0, new double[] { 2, 8, 0 }, 25,
                    15, 1.0, List.of("Nothing found", "Item found, arrest made", "Item found, community resolution"),
                    ADMIN_REMOTE),
            new CallType("Warrant", ADMINISTRATION, 1.0, BUSINESS_HOURS, 0, new double[] { 1, 7, 2 }, 90, 20, 0,
                    List.of("Warrant executed, arrest made", "Not found at address"), ADMIN_REMOTE),
            new CallType("Patrol request", PROACTIVE, 2.0, GENERAL, 0, new double[] { 1, 7, 2 }, 20, 10, 0,
                    List.of("Patrol completed", "Patrol completed, nothing to report"), ADMIN_REMOTE),
            new CallType("Lost or found property", ADMINISTRATION, 2.5, BUSINESS_HOURS, 0,
                    new double[] { 0, 3, 7 }, 15, 10, 0, ADMIN_ATTENDED, ADMIN_REMOTE),
            new CallType("Alarm", PUBLIC_SAFETY_AND_WELFARE, 2.0, GENERAL, 0.15, new double[] { 6, 2, 2 }, 20, 10, 0,
                    List.of("False alarm", "Premises checked and secure", "Crime recorded"), ADMIN_REMOTE),
            new CallType("Abandoned call", PUBLIC_SAFETY_AND_WELFARE, 6.5, GENERAL, 0.05, new double[] { 3, 2, 5 },
                    15, 5, 0, List.of("No trace on arrival", "Caller found, no police action required"),
                    List.of("Called back, no police action required", "No reply on call back")),
            new CallType("Admin", ADMINISTRATION, 8.0, BUSINESS_HOURS, 0, new double[] { 0, 2, 8 }, 20, 15, 0,
                    ADMIN_ATTENDED, ADMIN_REMOTE),
            new CallType("Message to pass", ADMINISTRATION, 4.0, BUSINESS_HOURS, 0, new double[] { 0, 2, 8 }, 15, 10,
                    0, ADMIN_ATTENDED, ADMIN_REMOTE));

    private CallTypes() {
    }

    private static CallType crime(String rawType, double share, ArrivalPattern pattern, double emergency, double p2,
            double p3, double p4, double onSceneMedian) {
        return new CallType(rawType, CRIME, share, pattern, emergency, new double[] { p2, p3, p4 }, onSceneMedian,
                30, 0, CRIME_ATTENDED, CRIME_REMOTE);
    }

    private static CallType welfare(String rawType, double share, ArrivalPattern pattern, double emergency, double p2,
            double p3, double p4, double onSceneMedian) {
        return new CallType(rawType, PUBLIC_SAFETY_AND_WELFARE, share, pattern, emergency,
                new double[] { p2, p3, p4 }, onSceneMedian, 20, 0, WELFARE_ATTENDED, REMOTE);
    }
}
