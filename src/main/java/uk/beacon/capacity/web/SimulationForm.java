package uk.beacon.capacity.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.beacon.capacity.service.SimulationRequest;
import uk.beacon.capacity.service.SimulationService;

/**
 * The simulation form's fields as typed. Lists of numbers may be separated by commas, spaces or new
 * lines; priorities are one a line: name, share, target minutes, travel minutes.
 */
record SimulationForm(String arrivalsPerHour, String meanServiceMinutes, String serviceDistribution,
        String serviceCv, String serviceSamplesMinutes, String servers, String weeks, String seed,
        String targetMinutes, String replications, String priorities) {

    /**
     * The form as first shown: the Erlang C check case of the shared data's README (A = 10 erlangs,
     * N = 14) set out as response, 6 incidents an hour of 100 minutes each on 14 units; the 15-minute
     * target of the Home Office national standard for attending emergencies in urban areas; four
     * weeks, seed 42 and the service's default replications, which are assumptions.
     */
    static SimulationForm initial() {
        return new SimulationForm("6", "100", "exponential", "", "", "14", "4", "42", "15",
                String.valueOf(SimulationService.DEFAULT_REPLICATIONS), "");
    }

    /** The request the form describes; a field that cannot be read gets its error and is left out. */
    SimulationRequest toRequest(Map<String, String> errors) {
        return new SimulationRequest(
                numbers("arrivalsPerHour", arrivalsPerHour, "Arrivals per hour", errors),
                number("meanServiceMinutes", meanServiceMinutes, "Mean time on task", errors),
                blankToNull(serviceDistribution),
                numbers("servers", servers, "Units on duty", errors),
                whole("weeks", weeks, "Weeks", errors),
                seedValue(errors),
                number("targetMinutes", targetMinutes, "Target", errors),
                whole("replications", replications, "Replications", errors),
                priorityLines(errors),
                "lognormal".equals(serviceDistribution) ? number("serviceCv", serviceCv, "Coefficient of variation",
                        errors) : null,
                "empirical".equals(serviceDistribution)
                        ? numbers("serviceSamplesMinutes", serviceSamplesMinutes, "Service time samples", errors)
                        : null,
                null, null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Double number(String field, String value, String label, Map<String, String> errors) {
        String text = blankToNull(value);
        if (text == null) {
            return null;
        }
        try {
            double number = Double.parseDouble(text.replace(",", ""));
            if (Double.isFinite(number)) {
                return number;
            }
        } catch (NumberFormatException e) {
            // Reported below.
        }
        errors.put(field, label + " must be a number, like 12 or 7.5");
        return null;
    }

    private static Integer whole(String field, String value, String label, Map<String, String> errors) {
        String text = blankToNull(value);
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text.replace(",", ""));
        } catch (NumberFormatException e) {
            errors.put(field, label + " must be a whole number, like 4");
            return null;
        }
    }

    private Long seedValue(Map<String, String> errors) {
        String text = blankToNull(seed);
        if (text == null) {
            return null;
        }
        try {
            return Long.valueOf(text);
        } catch (NumberFormatException e) {
            errors.put("seed", "Seed must be a whole number, like 42");
            return null;
        }
    }

    private static List<Double> numbers(String field, String value, String label, Map<String, String> errors) {
        String text = blankToNull(value);
        if (text == null) {
            return null;
        }
        List<Double> numbers = new ArrayList<>();
        for (String part : text.split("[,\\s]+")) {
            if (part.isEmpty()) {
                continue;
            }
            try {
                numbers.add(Double.parseDouble(part));
            } catch (NumberFormatException e) {
                errors.put(field, label + " must be numbers separated by commas or spaces; '" + shorten(part)
                        + "' is not a number");
                return null;
            }
        }
        return numbers;
    }

    private List<SimulationRequest.Priority> priorityLines(Map<String, String> errors) {
        String text = blankToNull(priorities);
        if (text == null) {
            return null;
        }
        List<SimulationRequest.Priority> parsed = new ArrayList<>();
        int lineNumber = 0;
        for (String line : text.split("\\R")) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split(",", -1);
            try {
                if (parts.length < 2 || parts.length > 4) {
                    throw new NumberFormatException();
                }
                parsed.add(new SimulationRequest.Priority(parts[0].strip(), Double.valueOf(parts[1].strip()),
                        parts.length > 2 && !parts[2].isBlank() ? Double.valueOf(parts[2].strip()) : null,
                        parts.length > 3 && !parts[3].isBlank() ? Double.valueOf(parts[3].strip()) : null));
            } catch (NumberFormatException e) {
                errors.put("priorities", "Priorities line " + lineNumber + " must be a name, a share, and "
                        + "optionally target minutes and travel minutes, separated by commas");
                return null;
            }
        }
        return parsed.isEmpty() ? null : parsed;
    }

    private static String shorten(String text) {
        return text.length() <= 20 ? text : text.substring(0, 19) + "…";
    }
}
