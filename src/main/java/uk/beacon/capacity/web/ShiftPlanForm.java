package uk.beacon.capacity.web;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.beacon.capacity.service.ShiftPlanRequest;
import uk.beacon.capacity.service.ShiftPlanResult;

/**
 * The shift-plan form as typed: the requirement pasted as 168 numbers (or 7 lines of 24, Monday first), lists
 * of hours as "8, 10, 12", and the current pattern as one shift a line ("Monday 07:00 10 12": day, start,
 * length in hours, staff). {@link #parse} turns it into a request or an error for each field at fault.
 */
record ShiftPlanForm(String name, String requirement, String shiftLengthsHours, String startHours,
        String minimumPerShift, String briefingOverlapHours, String currentPattern) {

    static final String SEPARATORS = "[\\s,;]+";

    static ShiftPlanForm blank() {
        return new ShiftPlanForm("", "", "8, 10, 12", "", "1", "0", "");
    }

    record Parsed(ShiftPlanRequest request, Map<String, String> errors) {
    }

    Parsed parse() {
        Map<String, String> errors = new LinkedHashMap<>();
        double[] hours = requirement(errors);
        List<Integer> lengths = integers("shiftLengthsHours", shiftLengthsHours, "Enter the shift lengths in hours, "
                + "such as 8, 10, 12", errors);
        if (lengths != null && lengths.isEmpty()) {
            errors.put("shiftLengthsHours", "Enter at least one shift length in hours, such as 8, 10, 12");
        }
        List<Integer> starts = integers("startHours", startHours, "Enter start hours as hours of the day from 0 to 23, "
                + "such as 6, 14, 22, or leave it empty for any hour", errors);
        Integer minimum = integer("minimumPerShift", minimumPerShift, 1,
                "Enter the minimum per shift as a whole number, such as 5", errors);
        Integer overlap = integer("briefingOverlapHours", briefingOverlapHours, 0,
                "Enter the briefing overlap as a whole number of hours, such as 1, or 0 for none", errors);
        List<ShiftPlanResult.PlannedShift> pattern = pattern(errors);
        ShiftPlanRequest request = errors.isEmpty() ? new ShiftPlanRequest(hours, lengths,
                starts == null || starts.isEmpty() ? null : starts, minimum, overlap, pattern, name) : null;
        return new Parsed(request, errors);
    }

    private double[] requirement(Map<String, String> errors) {
        String text = requirement == null ? "" : requirement.strip();
        if (text.isEmpty()) {
            errors.put("requirement", "Enter the requirement: 168 numbers, one for each hour of the week");
            return null;
        }
        String[] tokens = text.split(SEPARATORS);
        if (tokens.length != 168) {
            errors.put("requirement", "Enter 168 numbers for the requirement, one for each hour of the week from "
                    + "Monday 00:00 (or 7 lines of 24); you entered " + tokens.length);
            return null;
        }
        double[] values = new double[168];
        for (int i = 0; i < tokens.length; i++) {
            try {
                values[i] = Double.parseDouble(tokens[i]);
            } catch (NumberFormatException e) {
                errors.put("requirement", "Enter the requirement as numbers only: number " + (i + 1) + " is '"
                        + shorten(tokens[i]) + "'");
                return null;
            }
        }
        return values;
    }

    private static List<Integer> integers(String field, String text, String message, Map<String, String> errors) {
        List<Integer> values = new ArrayList<>();
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            return values;
        }
        for (String token : value.split(SEPARATORS)) {
            try {
                values.add(Integer.parseInt(token));
            } catch (NumberFormatException e) {
                errors.put(field, message);
                return null;
            }
        }
        return values;
    }

    private static Integer integer(String field, String text, int empty, String message, Map<String, String> errors) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            return empty;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            errors.put(field, message);
            return null;
        }
    }

    private List<ShiftPlanResult.PlannedShift> pattern(Map<String, String> errors) {
        String text = currentPattern == null ? "" : currentPattern.strip();
        if (text.isEmpty()) {
            return null;
        }
        List<ShiftPlanResult.PlannedShift> shifts = new ArrayList<>();
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] parts = line.split(SEPARATORS);
            DayOfWeek day = parts.length == 4 ? day(parts[0]) : null;
            Integer start = parts.length == 4 ? hour(parts[1]) : null;
            Integer length = parts.length == 4 ? whole(parts[2]) : null;
            Integer staff = parts.length == 4 ? whole(parts[3]) : null;
            if (day == null || start == null || length == null || staff == null) {
                errors.put("currentPattern", "Line " + (i + 1) + " of the current pattern is not a shift: write "
                        + "each as the day, start time, length in hours and staff, such as Monday 07:00 10 12");
                return null;
            }
            shifts.add(new ShiftPlanResult.PlannedShift(day.name(), start, length, staff));
        }
        return shifts;
    }

    private static DayOfWeek day(String text) {
        String upper = text.toUpperCase(Locale.ROOT);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (upper.length() >= 3 && day.name().startsWith(upper)) {
                return day;
            }
        }
        return null;
    }

    /** "7", "07" or "07:00": only whole hours, as shifts start on the hour. */
    private static Integer hour(String text) {
        String value = text.endsWith(":00") ? text.substring(0, text.length() - 3) : text;
        return whole(value);
    }

    private static Integer whole(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String shorten(String text) {
        return text.length() <= 20 ? text : text.substring(0, 20) + "…";
    }

    /** The requirement laid out as 7 lines of 24, for the form. */
    static String requirementText(double[] requirement) {
        StringBuilder text = new StringBuilder();
        for (int day = 0; day < 7; day++) {
            for (int hour = 0; hour < 24; hour++) {
                double value = requirement[day * 24 + hour];
                text.append(hour == 0 ? "" : " ").append(value == Math.rint(value)
                        ? String.valueOf((long) value) : String.valueOf(value));
            }
            text.append(day == 6 ? "" : "\n");
        }
        return text.toString();
    }
}
