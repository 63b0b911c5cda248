package uk.beacon.capacity.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import uk.beacon.capacity.service.SimulationRequest;
import uk.beacon.platform.InvalidRequestException;

/**
 * Reads a simulation request from JSON by hand, so that a value of the wrong type is refused with
 * the field named (as a 400), and a field Beacon does not know is refused rather than ignored.
 */
final class SimulationJson {

    private static final Set<String> FIELDS = Set.of("arrivalsPerHour", "meanServiceMinutes", "serviceDistribution",
            "servers", "weeks", "seed", "targetMinutes", "replications", "priorities", "serviceCv",
            "serviceSamplesMinutes", "warmUpHours", "arrivalMinutes");
    private static final Set<String> PRIORITY_FIELDS = Set.of("name", "share", "targetMinutes", "travelMinutes");

    private SimulationJson() {
    }

    static SimulationRequest read(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new InvalidRequestException("The request body must be a JSON object");
        }
        for (String name : body.propertyNames()) {
            if (!FIELDS.contains(name)) {
                throw new InvalidRequestException("'" + name + "' is not a field of a simulation; the fields are "
                        + String.join(", ", FIELDS.stream().sorted().toList()));
            }
        }
        return new SimulationRequest(numberOrList(body, "arrivalsPerHour"), number(body, "meanServiceMinutes"),
                string(body, "serviceDistribution"), numberOrList(body, "servers"), whole(body, "weeks"),
                seed(body), number(body, "targetMinutes"), whole(body, "replications"), priorities(body),
                number(body, "serviceCv"), list(body, "serviceSamplesMinutes"), number(body, "warmUpHours"),
                list(body, "arrivalMinutes"));
    }

    private static JsonNode field(JsonNode body, String name) {
        JsonNode node = body.get(name);
        return node == null || node.isNull() ? null : node;
    }

    private static Double number(JsonNode body, String name) {
        JsonNode node = field(body, name);
        if (node == null) {
            return null;
        }
        if (!node.isNumber()) {
            throw new InvalidRequestException("'" + name + "' must be a number");
        }
        return node.doubleValue();
    }

    private static Integer whole(JsonNode body, String name) {
        JsonNode node = field(body, name);
        if (node == null) {
            return null;
        }
        if (!node.isNumber() || node.doubleValue() != Math.rint(node.doubleValue())
                || Math.abs(node.doubleValue()) > Integer.MAX_VALUE) {
            throw new InvalidRequestException("'" + name + "' must be a whole number");
        }
        return (int) node.doubleValue();
    }

    private static Long seed(JsonNode body) {
        JsonNode node = field(body, "seed");
        if (node == null) {
            return null;
        }
        if (!node.isInt() && !node.isLong()) {
            throw new InvalidRequestException("'seed' must be a whole number that fits in 64 bits");
        }
        return node.longValue();
    }

    private static String string(JsonNode body, String name) {
        JsonNode node = field(body, name);
        if (node == null) {
            return null;
        }
        if (!node.isString()) {
            throw new InvalidRequestException("'" + name + "' must be a string");
        }
        return node.stringValue();
    }

    private static List<Double> list(JsonNode body, String name) {
        JsonNode node = field(body, name);
        if (node == null) {
            return null;
        }
        if (!node.isArray()) {
            throw new InvalidRequestException("'" + name + "' must be a list of numbers");
        }
        List<Double> values = new ArrayList<>(node.size());
        for (JsonNode value : node) {
            if (!value.isNumber()) {
                throw new InvalidRequestException("'" + name + "' must be a list of numbers");
            }
            values.add(value.doubleValue());
        }
        return values;
    }

    private static List<Double> numberOrList(JsonNode body, String name) {
        JsonNode node = field(body, name);
        if (node == null) {
            return null;
        }
        if (node.isNumber()) {
            return List.of(node.doubleValue());
        }
        if (!node.isArray()) {
            throw new InvalidRequestException("'" + name + "' must be a number or a list of 168 numbers");
        }
        return list(body, name);
    }

    private static List<SimulationRequest.Priority> priorities(JsonNode body) {
        JsonNode node = field(body, "priorities");
        if (node == null) {
            return null;
        }
        if (!node.isArray()) {
            throw new InvalidRequestException("'priorities' must be a list of {name, share, targetMinutes, "
                    + "travelMinutes}");
        }
        List<SimulationRequest.Priority> priorities = new ArrayList<>();
        for (JsonNode priority : node) {
            if (!priority.isObject()) {
                throw new InvalidRequestException("Each of 'priorities' must be an object {name, share, "
                        + "targetMinutes, travelMinutes}");
            }
            for (String name : priority.propertyNames()) {
                if (!PRIORITY_FIELDS.contains(name)) {
                    throw new InvalidRequestException("'priorities[]." + name + "' is not a field of a priority; "
                            + "the fields are name, share, targetMinutes and travelMinutes");
                }
            }
            priorities.add(new SimulationRequest.Priority(string(priority, "name"), number(priority, "share"),
                    number(priority, "targetMinutes"), number(priority, "travelMinutes")));
        }
        return priorities;
    }
}
