package uk.beacon.demand.synthetic;

import java.time.Instant;
import java.util.List;
import uk.beacon.demand.domain.ForceClock;

/**
 * Everything fixed before the first row is drawn: the volume, the period's hours and how busy each
 * is, the call-type mix by hour of the week, priorities, times and places. Its size depends on the
 * period and the force, never on the number of incidents.
 */
final class DemandModel {

    /**
     * Incidents a year per resident: Cambridgeshire Constabulary recorded 183,114 incidents in 2015
     * for a population of under a million (933,972 in mid-2024).
     */
    static final double INCIDENTS_PER_RESIDENT_PER_YEAR = 0.2;
    /** Highest chance of an emergency grading for any one call type. */
    static final double MAX_EMERGENCY_CHANCE = 0.95;
    static final int SECONDS_PER_HOUR = 3600;

    /**
     * Time from the call to the first officer's arrival, per priority (index 1-3). Emergencies: the
     * Met attended 86.9% of its I-graded incidents within 15 minutes in the year to September 2018;
     * priority: 81.9% of S-graded within 60 minutes (Mayor of London, answer 2018/2956). Scheduled:
     * 95% within a day; an assumption. The medians are assumptions.
     */
    static final LogNormal[] RESPONSE_MINUTES_BY_PRIORITY = {
            null,
            LogNormal.withShareWithin(9, 15, 0.869),
            LogNormal.withShareWithin(30, 60, 0.819),
            LogNormal.withShareWithin(300, 1440, 0.95) };
    /** The drive itself, which is all of a quick response and a small part of a slow one; an assumption. */
    static final LogNormal DRIVE_MINUTES = new LogNormal(8, 0.5);
    /** Spread of time on scene and time at a desk for a call type; an assumption. */
    static final double ON_SCENE_SIGMA = 0.8;
    static final double DESK_SIGMA = 0.7;
    /** Units attending, 1 first, per priority (index 1-3); an assumption. */
    static final double[][] UNITS_BY_PRIORITY = {
            null,
            { 0.45, 0.35, 0.12, 0.05, 0.03 },
            { 0.70, 0.23, 0.05, 0.02 },
            { 0.92, 0.07, 0.01 } };

    final SyntheticDemandParameters parameters;
    final ForceArea force;
    /** The force's clock, in which demand's daily, weekly and yearly rhythm runs and its months are counted. */
    final ForceClock clock;
    final long incidents;
    final long periodStartSecond;
    final int hours;
    /** Hour of the week (local time) of each hour of the period. */
    final short[] hourOfWeekBySlot;
    /** Relative expected volume of each hour of the period. */
    final double[] weightBySlot;
    final List<CallType> callTypes;
    final byte[][] rawTypeFields;
    final WeightedSampler[] callTypeByHourOfWeek;
    final WeightedSampler[] priorityByCallType;
    final LogNormal[] onSceneByCallType;
    final LogNormal[] deskByCallType;
    final byte[][][] attendedOutcomeFields;
    final byte[][][] remoteOutcomeFields;
    final WeightedSampler[] unitsByPriority;
    final SyntheticGeography geography;

    DemandModel(SyntheticDemandParameters parameters) {
        this(parameters, CallTypes.DEFAULT);
    }

    DemandModel(SyntheticDemandParameters parameters, List<CallType> callTypes) {
        this.parameters = parameters;
        this.callTypes = List.copyOf(callTypes);
        this.force = resolveForce(parameters);
        long residents = residents(parameters, force);
        this.incidents = parameters.incidents() != null ? parameters.incidents()
                : Math.round(INCIDENTS_PER_RESIDENT_PER_YEAR * residents * parameters.months() / 12.0);

        clock = ForceClock.of(force.id());
        // The period runs from midnight at the start of its first month to midnight at the end of its last,
        // on the force's clock.
        periodStartSecond = clock.startOf(parameters.firstMonth()).getEpochSecond();
        long periodEndSecond = clock.startOf(parameters.endMonthExclusive()).getEpochSecond();
        hours = Math.toIntExact((periodEndSecond - periodStartSecond) / SECONDS_PER_HOUR);

        int typeCount = callTypes.size();
        callTypeByHourOfWeek = new WeightedSampler[ArrivalPattern.HOURS_IN_WEEK];
        double[] volumeByHourOfWeek = new double[ArrivalPattern.HOURS_IN_WEEK];
        for (int hourOfWeek = 0; hourOfWeek < ArrivalPattern.HOURS_IN_WEEK; hourOfWeek++) {
            double[] weights = new double[typeCount];
            for (int t = 0; t < typeCount; t++) {
                CallType type = callTypes.get(t);
                weights[t] = type.sharePercent() * type.pattern().weight(hourOfWeek);
                volumeByHourOfWeek[hourOfWeek] += weights[t];
            }
            callTypeByHourOfWeek[hourOfWeek] = new WeightedSampler(weights);
        }

        hourOfWeekBySlot = new short[hours];
        weightBySlot = new double[hours];
        for (int slot = 0; slot < hours; slot++) {
            Instant start = Instant.ofEpochSecond(periodStartSecond + (long) slot * SECONDS_PER_HOUR);
            int hourOfWeek = clock.hourOfWeek(start);
            hourOfWeekBySlot[slot] = (short) hourOfWeek;
            weightBySlot[slot] = Seasonality.factor(clock.month(start).getMonthValue()) * volumeByHourOfWeek[hourOfWeek];
        }

        double[] emergencyChance = emergencyChances(callTypes, parameters.emergencyShare());
        priorityByCallType = new WeightedSampler[typeCount];
        onSceneByCallType = new LogNormal[typeCount];
        deskByCallType = new LogNormal[typeCount];
        rawTypeFields = new byte[typeCount][];
        attendedOutcomeFields = new byte[typeCount][][];
        remoteOutcomeFields = new byte[typeCount][][];
        for (int t = 0; t < typeCount; t++) {
            CallType type = callTypes.get(t);
            double[] split = type.priorityWeights();
            double splitSum = split[0] + split[1] + split[2];
            double rest = 1 - emergencyChance[t];
            priorityByCallType[t] = new WeightedSampler(new double[] { emergencyChance[t],
                    rest * split[0] / splitSum, rest * split[1] / splitSum, rest * split[2] / splitSum });
            onSceneByCallType[t] = new LogNormal(type.onSceneMedianMinutes(), ON_SCENE_SIGMA);
            deskByCallType[t] = new LogNormal(type.deskMedianMinutes(), DESK_SIGMA);
            rawTypeFields[t] = CsvRowBuffer.field(type.rawType());
            attendedOutcomeFields[t] = type.attendedOutcomes().stream().map(CsvRowBuffer::field).toArray(byte[][]::new);
            remoteOutcomeFields[t] = type.remoteOutcomes().stream().map(CsvRowBuffer::field).toArray(byte[][]::new);
        }
        unitsByPriority = new WeightedSampler[UNITS_BY_PRIORITY.length];
        for (int priority = 1; priority < UNITS_BY_PRIORITY.length; priority++) {
            unitsByPriority[priority] = new WeightedSampler(UNITS_BY_PRIORITY[priority]);
        }

        BoundingBox box = parameters.boundingBox() != null ? parameters.boundingBox() : force.boundingBox();
        geography = new SyntheticGeography(force.id(), force.isWelsh(), residents, box);
    }

    private static ForceArea resolveForce(SyntheticDemandParameters parameters) {
        return ForceAreas.find(parameters.forceId()).orElseGet(() -> {
            if (parameters.incidents() == null && parameters.population() == null && parameters.officers() == null) {
                throw new IllegalArgumentException("'" + parameters.forceId() + "' is not a force in "
                        + ForceAreas.REFERENCE_FILE + ": give its population, officers or an incident count");
            }
            return new ForceArea(parameters.forceId(), parameters.forceId(), "", null, null, null,
                    BoundingBox.ENGLAND_AND_WALES);
        });
    }

    // Residents size both the volume (unless an exact count is asked for) and the number of areas.
    private static long residents(SyntheticDemandParameters parameters, ForceArea force) {
        if (parameters.population() != null) {
            return parameters.population();
        }
        if (parameters.officers() != null) {
            return Math.round(parameters.officers() * ForceAreas.residentsPerOfficer());
        }
        if (force.population() != null) {
            return force.population();
        }
        if (force.officers() != null) {
            return Math.round(force.officers() * ForceAreas.residentsPerOfficer());
        }
        if (parameters.incidents() != null) {
            double years = parameters.months() / 12.0;
            return Math.max(1, Math.round(parameters.incidents() / years / INCIDENTS_PER_RESIDENT_PER_YEAR));
        }
        throw new IllegalArgumentException("no population or officer figures for '" + force.id() + "'");
    }

    /**
     * Each call type's chance of an emergency grading: its propensity times one factor, chosen so that
     * the emergency share over all incidents is the configured one.
     */
    static double[] emergencyChances(List<CallType> callTypes, double targetShare) {
        double totalShare = callTypes.stream().mapToDouble(CallType::sharePercent).sum();
        double reachable = shareAt(callTypes, Double.MAX_VALUE) / totalShare;
        if (targetShare > reachable + 1e-12) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "an emergency share of %.3f cannot be reached with these call types (at most %.3f)",
                    targetShare, reachable));
        }
        double low = 0;
        double high = 1;
        while (shareAt(callTypes, high) / totalShare < targetShare) {
            high *= 2;
        }
        for (int i = 0; i < 200; i++) {
            double middle = (low + high) / 2;
            if (shareAt(callTypes, middle) / totalShare < targetShare) {
                low = middle;
            } else {
                high = middle;
            }
        }
        double factor = (low + high) / 2;
        double[] chances = new double[callTypes.size()];
        for (int t = 0; t < chances.length; t++) {
            chances[t] = chance(callTypes.get(t), factor);
        }
        return chances;
    }

    private static double shareAt(List<CallType> callTypes, double factor) {
        double share = 0;
        for (CallType type : callTypes) {
            share += type.sharePercent() * chance(type, factor);
        }
        return share;
    }

    private static double chance(CallType type, double factor) {
        double raw = type.emergencyPropensity() * factor;
        return Double.isNaN(raw) ? 0 : Math.min(MAX_EMERGENCY_CHANCE, raw);
    }
}
