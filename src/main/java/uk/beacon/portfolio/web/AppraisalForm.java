package uk.beacon.portfolio.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import uk.beacon.portfolio.domain.appraisal.OptimismBias;

/**
 * The calculator page's question as typed: the base year, costs and benefits as lists of figures
 * (one for each year from the base year, separated by new lines or spaces; a £ sign and commas
 * between thousands are allowed), and the optimism bias uplifts as percentages.
 */
record AppraisalForm(String baseYear, String costs, String benefits, String capitalOptimismBias,
        String durationOptimismBias) {

    /** A blank form: the base year this calculator was written in and the Treasury's upper bounds. */
    static AppraisalForm blank() {
        return new AppraisalForm("2025", "", "", "200", "54");
    }

    private static final Pattern SEPARATORS = Pattern.compile("[\\s;]+");
    private static final Pattern THOUSANDS = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    private static final BigDecimal HUNDRED = new BigDecimal(100);

    boolean isEmpty() {
        return blank(baseYear) && blank(costs) && blank(benefits) && blank(capitalOptimismBias)
                && blank(durationOptimismBias);
    }

    /** Field name to message, in the form's order; empty when all is well. */
    Map<String, String> errors() {
        Map<String, String> errors = new LinkedHashMap<>();
        Integer year = year();
        if (year == null) {
            errors.put("baseYear", "Enter the base year as a whole year from " + AppraisalInputs.FIRST_BASE_YEAR
                    + " to " + AppraisalInputs.LAST_BASE_YEAR + ", such as 2025");
        }
        List<BigDecimal> costList = figures("costs", "costs", costs, errors);
        List<BigDecimal> benefitList = figures("benefits", "benefits", benefits, errors);
        if (costList != null && benefitList != null && costList.isEmpty() && benefitList.isEmpty()) {
            errors.put("costs", "Enter a cost or a benefit for at least one year");
        }
        BigDecimal capital = percent(capitalOptimismBias);
        if (AppraisalInputs.upliftProblem(capital, AppraisalInputs.MAX_CAPITAL) != null) {
            errors.put("capitalOptimismBias", "Enter the capital cost uplift as a percentage from 0 to "
                    + AppraisalInputs.MAX_CAPITAL.movePointRight(2).toPlainString() + ", such as 200");
        }
        BigDecimal duration = percent(durationOptimismBias);
        if (AppraisalInputs.upliftProblem(duration, AppraisalInputs.MAX_DURATION) != null) {
            errors.put("durationOptimismBias", "Enter the works duration uplift as a percentage from 0 to "
                    + AppraisalInputs.MAX_DURATION.movePointRight(2).toPlainString() + ", such as 54");
        }
        return errors;
    }

    /** The checked question; call only when {@link #errors()} is empty. */
    AppraisalInputs inputs() {
        Map<String, String> ignored = new LinkedHashMap<>();
        return new AppraisalInputs(year(), figures("costs", "costs", costs, ignored),
                figures("benefits", "benefits", benefits, ignored),
                new OptimismBias(percent(capitalOptimismBias), percent(durationOptimismBias)));
    }

    private Integer year() {
        if (blank(baseYear)) {
            return null;
        }
        try {
            int year = Integer.parseInt(baseYear.strip());
            return year < AppraisalInputs.FIRST_BASE_YEAR || year > AppraisalInputs.LAST_BASE_YEAR ? null : year;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The figures of a list, or null (with an error naming the first bad figure and its year). */
    private static List<BigDecimal> figures(String field, String noun, String text, Map<String, String> errors) {
        List<BigDecimal> values = new ArrayList<>();
        if (blank(text)) {
            return values;
        }
        String[] tokens = SEPARATORS.split(text.strip());
        if (tokens.length > AppraisalInputs.MAX_YEARS) {
            errors.put(field, "Enter " + noun + " for at most " + AppraisalInputs.MAX_YEARS + " years");
            return null;
        }
        for (int i = 0; i < tokens.length; i++) {
            String token = tokens[i].startsWith("£") ? tokens[i].substring(1) : tokens[i];
            if (THOUSANDS.matcher(token).matches()) {
                token = token.replace(",", "");
            }
            BigDecimal value;
            try {
                value = new BigDecimal(token);
            } catch (NumberFormatException e) {
                value = null;
            }
            String problem = AppraisalInputs.amountProblem(value);
            if (problem != null) {
                errors.put(field, "Figure " + (i + 1) + " of the " + noun + " (year " + i + "), ‘" + tokens[i]
                        + "’, " + (value == null ? "is not an amount of pounds; separate figures with spaces or "
                        + "new lines" : problem));
                return null;
            }
            values.add(value);
        }
        return values;
    }

    /** A percentage typed by a person (a % sign allowed) as a share, or null. */
    private static BigDecimal percent(String text) {
        if (blank(text)) {
            return null;
        }
        String stripped = text.strip();
        if (stripped.endsWith("%")) {
            stripped = stripped.substring(0, stripped.length() - 1).strip();
        }
        try {
            return new BigDecimal(stripped).divide(HUNDRED);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
