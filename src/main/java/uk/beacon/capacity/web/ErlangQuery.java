package uk.beacon.capacity.web;

import java.util.LinkedHashMap;
import java.util.Map;
import uk.beacon.capacity.domain.queueing.ErlangC;

/**
 * The Erlang C calculator's question, as text from a query string or form, checked field by field:
 * the API answers the first problem as a 400 naming the parameter; the page lists them all.
 */
record ErlangQuery(String callsPerInterval, String intervalSeconds, String handlingSeconds, String targetSeconds,
        String agents, String serviceLevelTarget) {

    /** Checked figures: either {@code agents} or {@code serviceLevelTarget} is set. */
    record Checked(double calls, double intervalSeconds, double handlingSeconds, double targetSeconds,
            Integer agents, Double serviceLevelTarget) {

        double traffic() {
            return ErlangC.traffic(calls, intervalSeconds, handlingSeconds);
        }
    }

    static final double MAX_TRAFFIC = 100_000;

    /** Field name to message, in the form's order; empty when all is well. */
    Map<String, String> errors() {
        Map<String, String> errors = new LinkedHashMap<>();
        Double calls = number(callsPerInterval);
        if (calls == null || calls < 0) {
            errors.put("callsPerInterval", "'callsPerInterval' must be a number of calls, 0 or more");
        }
        Double interval = number(intervalSeconds);
        if (interval == null || interval <= 0) {
            errors.put("intervalSeconds", "'intervalSeconds' must be a number of seconds greater than 0");
        }
        Double handling = number(handlingSeconds);
        if (handling == null || handling <= 0) {
            errors.put("handlingSeconds", "'handlingSeconds' must be a number of seconds greater than 0");
        }
        Double target = number(targetSeconds);
        if (target == null || target < 0) {
            errors.put("targetSeconds", "'targetSeconds' must be a number of seconds, 0 or more");
        }
        if (blank(agents) && blank(serviceLevelTarget)) {
            errors.put("serviceLevelTarget",
                    "Give 'agents' (how many answer calls) or 'serviceLevelTarget' (such as 0.8) to find the fewest");
        }
        if (!blank(agents)) {
            Double value = number(agents);
            if (value == null || value < 1 || value != Math.rint(value) || value > ErlangC.MAX_SERVERS) {
                errors.put("agents", "'agents' must be a whole number from 1 to " + ErlangC.MAX_SERVERS);
            }
        }
        if (!blank(serviceLevelTarget)) {
            Double value = number(serviceLevelTarget);
            if (value == null || value <= 0 || value >= 1) {
                errors.put("serviceLevelTarget",
                        "'serviceLevelTarget' must be a share greater than 0 and less than 1, such as 0.8");
            }
        }
        if (calls != null && interval != null && handling != null && interval > 0
                && calls * handling / interval > MAX_TRAFFIC) {
            errors.put("callsPerInterval", "'callsPerInterval' gives more than " + (int) MAX_TRAFFIC
                    + " erlangs of traffic, which is beyond this calculator");
        }
        return errors;
    }

    /** The checked figures; call only when {@link #errors()} is empty. */
    Checked checked() {
        return new Checked(number(callsPerInterval), number(intervalSeconds), number(handlingSeconds),
                number(targetSeconds), blank(agents) ? null : (int) Math.rint(number(agents)),
                blank(agents) ? number(serviceLevelTarget) : null);
    }

    boolean isEmpty() {
        return blank(callsPerInterval) && blank(intervalSeconds) && blank(handlingSeconds) && blank(targetSeconds)
                && blank(agents) && blank(serviceLevelTarget);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static Double number(String text) {
        if (blank(text)) {
            return null;
        }
        try {
            double value = Double.parseDouble(text.strip());
            return Double.isFinite(value) ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
