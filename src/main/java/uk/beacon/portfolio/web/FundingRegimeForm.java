package uk.beacon.portfolio.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import uk.beacon.portfolio.service.FundingRegimeRequest;

/**
 * The funding-regimes form as typed: budgets and weights as figures separated by spaces, and one initiative a line,
 * "name | start year | start month | months | costs by year of work | benefits by year of operation".
 */
record FundingRegimeForm(String budgets, String initiatives, String shortfallRule, String distribution,
        String confirmationMin, String confirmationMode, String confirmationMax, String weights, String runs,
        String seed, String appraisalYears) {

    /** The form filled in with the demonstration portfolio and the default rules. */
    static FundingRegimeForm of(FundingRegimeRequest request) {
        StringBuilder lines = new StringBuilder();
        for (FundingRegimeRequest.Initiative initiative : request.initiatives()) {
            lines.append(initiative.id()).append(" | ").append(initiative.startYear()).append(" | ")
                    .append(initiative.startMonth()).append(" | ").append(initiative.durationMonths()).append(" | ")
                    .append(join(initiative.costsByYear())).append(" | ").append(join(initiative.benefitsByYear()))
                    .append('\n');
        }
        FundingRegimeRequest.Confirmation confirmation = request.confirmation();
        return new FundingRegimeForm(join(request.budgetByYear()), lines.toString().strip(), request.shortfallRule(),
                confirmation.distribution(), String.valueOf(confirmation.min()), String.valueOf(confirmation.mode()),
                String.valueOf(confirmation.max()), "0 1 2 3 3 2 1 1 0 0 0 0", String.valueOf(request.runs()),
                String.valueOf(request.seed()), String.valueOf(request.appraisalYears()));
    }

    static String join(List<Double> values) {
        return values.stream().map(FundingRegimeForm::figure).collect(Collectors.joining(" "));
    }

    private static String figure(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value)
                : String.format(Locale.ROOT, "%.2f", value);
    }

    /** The request the form asks for; what cannot be read is put in {@code errors} by field name. */
    FundingRegimeRequest toRequest(Map<String, String> errors) {
        List<Double> budgetList = figures(budgets, "budgets", "Budgets by year", errors);
        List<FundingRegimeRequest.Initiative> list = new ArrayList<>();
        String[] lines = initiatives == null ? new String[0] : initiatives.strip().split("\\R");
        for (int i = 0; i < lines.length && !errors.containsKey("initiatives"); i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] parts = line.split("\\|", -1);
            if (parts.length != 6) {
                errors.put("initiatives", "Line " + (i + 1) + " of the initiatives must have 6 parts separated by |: "
                        + "name, start year, start month, months, costs by year and benefits by year");
                break;
            }
            Integer startYear = whole(parts[1], "initiatives", "Line " + (i + 1) + ": the start year", errors);
            Integer startMonth = whole(parts[2], "initiatives", "Line " + (i + 1) + ": the start month", errors);
            Integer months = whole(parts[3], "initiatives", "Line " + (i + 1) + ": the months", errors);
            List<Double> costs = figures(parts[4], "initiatives", "Line " + (i + 1) + ": the costs", errors);
            List<Double> benefits = figures(parts[5], "initiatives", "Line " + (i + 1) + ": the benefits", errors);
            list.add(new FundingRegimeRequest.Initiative(parts[0].strip(), startYear, startMonth, months, costs, null,
                    benefits));
        }
        Integer min = whole(confirmationMin, "confirmationMin", "The earliest month", errors);
        Integer mode = whole(confirmationMode, "confirmationMode", "The most likely month", errors);
        Integer max = whole(confirmationMax, "confirmationMax", "The latest month", errors);
        List<Double> weightList = "discrete".equals(distribution)
                ? figures(weights, "weights", "The weights of the months", errors) : null;
        Integer runCount = whole(runs, "runs", "The number of runs", errors);
        Integer years = whole(appraisalYears, "appraisalYears", "The appraisal period", errors);
        Long seedValue = null;
        try {
            seedValue = Long.parseLong(seed == null ? "" : seed.strip());
        } catch (NumberFormatException e) {
            errors.putIfAbsent("seed", "The seed must be a whole number");
        }
        return new FundingRegimeRequest(budgetList, runCount, seedValue, years, shortfallRule,
                new FundingRegimeRequest.Confirmation(distribution, min, mode, max, weightList), list);
    }

    /** The form field that an API field name belongs to. */
    static String formField(String apiField) {
        if (apiField.startsWith("budgetByYear")) {
            return "budgets";
        }
        if (apiField.startsWith("initiatives")) {
            return "initiatives";
        }
        return switch (apiField) {
            case "confirmation.min" -> "confirmationMin";
            case "confirmation.mode" -> "confirmationMode";
            case "confirmation.max" -> "confirmationMax";
            case "confirmation.distribution" -> "distribution";
            case "shortfallRule" -> "shortfallRule";
            case "runs", "seed", "appraisalYears" -> apiField;
            default -> apiField.startsWith("confirmation.weights") ? "weights" : "budgets";
        };
    }

    private static List<Double> figures(String text, String field, String what, Map<String, String> errors) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            return List.of();
        }
        try {
            return Arrays.stream(trimmed.split("[\\s,]+")).map(part -> part.replace("£", ""))
                    .map(Double::valueOf).toList();
        } catch (NumberFormatException e) {
            errors.putIfAbsent(field, what + " must be figures separated by spaces, such as 250000 300000");
            return null;
        }
    }

    private static Integer whole(String text, String field, String what, Map<String, String> errors) {
        try {
            return Integer.valueOf(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            errors.putIfAbsent(field, what + " must be a whole number");
            return null;
        }
    }
}
