package uk.beacon.portfolio.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import uk.beacon.portfolio.domain.initiatives.InitiativeDefinition;
import uk.beacon.portfolio.domain.initiatives.InitiativeRules;

/**
 * The initiative editor's fields as typed. Years, phases and mitigations are one per line, comma-separated;
 * optimism-bias reductions are typed in percentage points. Errors are keyed by the form field, so the error
 * summary links to it.
 */
public record InitiativeForm(String name, String capability, String memberForces, String startYear, String baseYear,
        String prices, String phases, String years, String hourlyCost, String demandEffects, String dependsOn,
        String excludes, String mitigations, String strategicCase, String commercialCase, String managementCase) {

    public static InitiativeForm blank() {
        return new InitiativeForm("", "", "", "", "", "REAL", "", "", "", "", "", "", "", "", "", "");
    }

    public static InitiativeForm of(InitiativeDefinition d) {
        return new InitiativeForm(d.name(), d.capability(), String.join(", ", d.memberForcesOrEmpty()),
                text(d.startYear()), text(d.baseYear()), d.prices(),
                d.phases().stream().map(p -> p.name() + ", " + p.months()).collect(Collectors.joining("\n")),
                d.years().stream().map(y -> y.year() + ", " + text(y.capital()) + ", " + text(y.running()) + ", "
                        + text(y.cashableSavings()) + ", " + text(y.officerHoursReleased()) + ", "
                        + text(y.harmReduction())).collect(Collectors.joining("\n")),
                text(d.hourlyCost()), d.demandEffects(), join(d.dependsOn()), join(d.excludes()),
                d.mitigations() == null ? "" : d.mitigations().stream()
                        .map(m -> percent(m.capitalReduction()) + ", " + percent(m.durationReduction()) + ", " + m.text())
                        .collect(Collectors.joining("\n")),
                d.strategicCase(), d.commercialCase(), d.managementCase());
    }

    /** The definition typed, or the errors of the lines that could not be read (keyed by form field). */
    public InitiativeDefinition definition(Map<String, String> errors) {
        Integer start = integer(errors, "startYear", startYear, "Enter the start year as a number, such as 2026");
        Integer base = integer(errors, "baseYear", baseYear, "Enter the base year as a number, such as 2025");
        BigDecimal hourly = decimal(errors, "hourlyCost", hourlyCost, "Enter the hourly cost as a number of pounds");
        List<InitiativeDefinition.Phase> phaseList = new ArrayList<>();
        int n = 0;
        for (String line : lines(phases)) {
            n++;
            int comma = line.lastIndexOf(',');
            Integer months = comma < 0 ? null : integer(errors, "phases", line.substring(comma + 1),
                    "Phase line " + n + ": write the name, then a comma and the months");
            if (comma < 0) {
                errors.putIfAbsent("phases", "Phase line " + n + ": write the name, then a comma and the months");
            }
            phaseList.add(new InitiativeDefinition.Phase(comma < 0 ? line : line.substring(0, comma).trim(), months));
        }
        List<InitiativeDefinition.YearFigures> yearList = new ArrayList<>();
        n = 0;
        for (String line : lines(years)) {
            n++;
            String[] cells = Arrays.copyOf(line.split(",", -1), 6);
            String message = "Year line " + n + ": write the year, capital, running cost, cashable savings, officer "
                    + "hours released and harm reduction, separated by commas, as numbers";
            yearList.add(new InitiativeDefinition.YearFigures(integer(errors, "years", cells[0], message),
                    decimal(errors, "years", cells[1], message), decimal(errors, "years", cells[2], message),
                    decimal(errors, "years", cells[3], message), decimal(errors, "years", cells[4], message),
                    decimal(errors, "years", cells[5], message)));
        }
        List<InitiativeDefinition.Mitigation> mitigationList = new ArrayList<>();
        n = 0;
        for (String line : lines(mitigations)) {
            n++;
            String[] cells = line.split(",", 3);
            String message = "Mitigation line " + n + ": write the capital reduction (percentage points), the "
                    + "duration reduction, then the mitigation";
            BigDecimal capital = decimal(errors, "mitigations", cells[0], message);
            BigDecimal duration = cells.length > 1 ? decimal(errors, "mitigations", cells[1], message) : null;
            mitigationList.add(new InitiativeDefinition.Mitigation(cells.length > 2 ? cells[2].trim() : null,
                    capital == null ? null : capital.movePointLeft(2), duration == null ? null : duration.movePointLeft(2)));
        }
        return new InitiativeDefinition(blankToNull(name), blankToNull(capability), list(memberForces), start, base,
                prices == null || prices.isBlank() ? "REAL" : prices, phaseList, yearList, blankToNull(demandEffects),
                hourly, list(dependsOn), list(excludes), InitiativeRules.EQUIPMENT_AND_DEVELOPMENT, mitigationList,
                blankToNull(strategicCase), blankToNull(commercialCase), blankToNull(managementCase));
    }

    /** The form field an API field path belongs to: {@code years[2].capital} is the {@code years} box. */
    public static Map<String, String> formErrors(Map<String, String> apiErrors) {
        Map<String, String> errors = new LinkedHashMap<>();
        apiErrors.forEach((field, message) -> {
            int cut = field.indexOf('[');
            String box = cut < 0 ? field : field.substring(0, cut);
            if (box.equals("optimismBiasCategory")) {
                box = "mitigations";
            }
            String line = cut < 0 ? "" : lineLabel(box, field, cut);
            errors.putIfAbsent(box, line + message);
        });
        return errors;
    }

    private static String lineLabel(String box, String field, int cut) {
        int end = field.indexOf(']', cut);
        int line = Integer.parseInt(field.substring(cut + 1, end)) + 1;
        return switch (box) {
            case "years" -> "Year line " + line + ": ";
            case "phases" -> "Phase line " + line + ": ";
            case "mitigations" -> "Mitigation line " + line + ": ";
            default -> "";
        };
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static List<String> list(String text) {
        return text == null ? List.of() : Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .toList();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private static Integer integer(Map<String, String> errors, String field, String text, String message) {
        BigDecimal value = decimal(errors, field, text, message);
        if (value == null) {
            return null;
        }
        try {
            return value.intValueExact();
        } catch (ArithmeticException e) {
            errors.putIfAbsent(field, message);
            return null;
        }
    }

    private static BigDecimal decimal(Map<String, String> errors, String field, String text, String message) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.trim().replace("£", "").replace("_", ""));
        } catch (NumberFormatException e) {
            errors.putIfAbsent(field, message);
            return null;
        }
    }

    private static String text(Object value) {
        return value == null ? "" : value instanceof BigDecimal b ? b.toPlainString() : value.toString();
    }

    private static String percent(BigDecimal share) {
        return share == null ? "0" : share.movePointRight(2).stripTrailingZeros().toPlainString();
    }

    private static String join(List<String> values) {
        return values == null ? "" : String.join(", ", values);
    }
}
