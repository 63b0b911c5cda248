package uk.beacon.portfolio.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import uk.beacon.platform.InvalidRequestException;
import uk.beacon.portfolio.domain.appraisal.OptimismBias;

/**
 * Reads the calculator's question from JSON by hand, so that each problem names its field
 * ({@code costs[3]}, {@code optimismBias.capital}) in the 400, and unknown fields are refused.
 * Optimism bias left out, wholly or in part, is HM Treasury's upper bound for equipment and
 * development projects.
 */
final class AppraisalJson {

    private static final Set<String> FIELDS = Set.of("baseYear", "costs", "benefits", "optimismBias");
    private static final Set<String> BIAS_FIELDS = Set.of("capital", "duration");

    private AppraisalJson() {
    }

    static AppraisalInputs read(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new InvalidRequestException("The request body must be a JSON object {baseYear, costs, benefits, "
                    + "optimismBias}");
        }
        for (String name : body.propertyNames()) {
            if (!FIELDS.contains(name)) {
                throw new InvalidRequestException("'" + name + "' is not a field of an appraisal; the fields are "
                        + "baseYear, costs, benefits and optimismBias");
            }
        }
        Map<String, String> errors = new LinkedHashMap<>();
        Integer baseYear = baseYear(body.get("baseYear"), errors);
        List<BigDecimal> costs = amounts(body.get("costs"), "costs", errors);
        List<BigDecimal> benefits = amounts(body.get("benefits"), "benefits", errors);
        if (costs != null && benefits != null && costs.isEmpty() && benefits.isEmpty()) {
            AppraisalInputs.put(errors, "costs", AppraisalInputs.nothingToAppraise());
        }
        OptimismBias bias = optimismBias(body.get("optimismBias"), errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors.values().iterator().next());
        }
        return new AppraisalInputs(baseYear, costs, benefits, bias);
    }

    private static Integer baseYear(JsonNode node, Map<String, String> errors) {
        if (node == null || !node.isIntegralNumber() || !node.canConvertToInt()
                || node.intValue() < AppraisalInputs.FIRST_BASE_YEAR
                || node.intValue() > AppraisalInputs.LAST_BASE_YEAR) {
            AppraisalInputs.put(errors, "baseYear", AppraisalInputs.baseYearProblem("baseYear"));
            return null;
        }
        return node.intValue();
    }

    private static List<BigDecimal> amounts(JsonNode node, String field, Map<String, String> errors) {
        if (node == null || node.isNull()) {
            AppraisalInputs.put(errors, field, "'" + field + "' must be a list of amounts in pounds, one for each "
                    + "year from the base year (an empty list when there are none)");
            return null;
        }
        if (!node.isArray()) {
            AppraisalInputs.put(errors, field, "must be a list of amounts in pounds, one for each year from the "
                    + "base year");
            return null;
        }
        String tooLong = AppraisalInputs.lengthProblem(node.size());
        if (tooLong != null) {
            AppraisalInputs.put(errors, field, tooLong);
            return null;
        }
        List<BigDecimal> amounts = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            BigDecimal amount = decimal(node.get(i));
            String problem = AppraisalInputs.amountProblem(amount);
            if (problem != null) {
                AppraisalInputs.put(errors, field + "[" + i + "]", problem);
                return null;
            }
            amounts.add(amount);
        }
        return amounts;
    }

    private static OptimismBias optimismBias(JsonNode node, Map<String, String> errors) {
        OptimismBias defaults = OptimismBias.EQUIPMENT_AND_DEVELOPMENT_UPPER_BOUNDS;
        if (node == null || node.isNull()) {
            return defaults;
        }
        if (!node.isObject()) {
            AppraisalInputs.put(errors, "optimismBias", "must be an object {capital, duration} of shares, such as "
                    + "{\"capital\": 2.0, \"duration\": 0.54}");
            return null;
        }
        for (String name : node.propertyNames()) {
            if (!BIAS_FIELDS.contains(name)) {
                AppraisalInputs.put(errors, "optimismBias." + name, "is not a field of optimismBias; the fields are "
                        + "capital and duration");
                return null;
            }
        }
        BigDecimal capital = share(node.get("capital"), defaults.capital());
        BigDecimal duration = share(node.get("duration"), defaults.duration());
        String capitalProblem = AppraisalInputs.upliftProblem(capital, AppraisalInputs.MAX_CAPITAL);
        String durationProblem = AppraisalInputs.upliftProblem(duration, AppraisalInputs.MAX_DURATION);
        AppraisalInputs.put(errors, "optimismBias.capital", capitalProblem == null ? null
                : capitalProblem + ", a share such as 2.0 for 200%");
        AppraisalInputs.put(errors, "optimismBias.duration", durationProblem == null ? null
                : durationProblem + ", a share such as 0.54 for 54%");
        return capitalProblem == null && durationProblem == null ? new OptimismBias(capital, duration) : null;
    }

    private static BigDecimal share(JsonNode node, BigDecimal fallback) {
        return node == null || node.isNull() ? fallback : decimal(node);
    }

    /** A finite JSON number as a decimal (as written, for integers and for doubles' shortest form), or null. */
    private static BigDecimal decimal(JsonNode node) {
        if (node == null || !node.isNumber()) {
            return null;
        }
        if (node.isFloatingPointNumber() && !node.isBigDecimal() && !Double.isFinite(node.doubleValue())) {
            return null;
        }
        return node.decimalValue();
    }
}
