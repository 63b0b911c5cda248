package uk.beacon.capacity.domain.shifts;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * What a shift design must achieve and the rules it must keep.
 *
 * <ul>
 * <li>{@code requirement}: the fewest people on duty in each hour of the week, Monday 00:00 first.
 *     People come whole, so a fractional requirement is rounded up ({@link #roundedUp()} says whether
 *     any was).</li>
 * <li>{@code lengthsHours}: the shift lengths allowed, such as 8, 10 and 12.</li>
 * <li>{@code startHours}: the hours of the day a shift may start at; every hour when none are given.
 *     The same hours apply on every day.</li>
 * <li>{@code minimumPerShift}: a shift that is worked at all has at least this many people (a team
 *     needs a sergeant and enough officers to be one). 0 and 1 both mean no minimum beyond one person.</li>
 * <li>{@code briefingOverlapHours}: the briefing rule. When it is N above 0, every shift that is worked
 *     starts while people of an earlier shift are on duty and stay on for at least N more hours, so the
 *     outgoing team can brief the incoming one. Formally: each worked shift starting at hour t has a
 *     worked shift that started before t (at most a shift length before) and ends at t + N or later.
 *     Zero means no such rule.</li>
 * </ul>
 */
public record ShiftRules(int[] requirement, List<Integer> lengthsHours, List<Integer> startHours,
        int minimumPerShift, int briefingOverlapHours, boolean roundedUp) {

    /** A requirement beyond this many people in one hour is a mistake, not a force. */
    public static final int MOST_PER_HOUR = 100_000;
    /** A fractional requirement within this of a whole number is taken as that number, not rounded up. */
    private static final double WHOLE = 1e-9;

    /**
     * Checks and normalises the rules: lengths and starts sorted without repeats, {@code null} starts
     * meaning every hour, a {@code null} minimum meaning 1 and a {@code null} overlap meaning none.
     *
     * @throws ShiftRuleException naming the field at fault
     */
    public static ShiftRules of(double[] requirement, List<Integer> lengthsHours, List<Integer> startHours,
            Integer minimumPerShift, Integer briefingOverlapHours) {
        if (requirement == null || requirement.length != WeekHours.HOURS) {
            throw new ShiftRuleException("requirement", "requirement must have 168 numbers, one for each hour of "
                    + "the week from Monday 00:00; it has " + (requirement == null ? 0 : requirement.length));
        }
        int[] whole = new int[WeekHours.HOURS];
        boolean rounded = false;
        for (int hour = 0; hour < WeekHours.HOURS; hour++) {
            double value = requirement[hour];
            if (!Double.isFinite(value) || value < 0 || value > MOST_PER_HOUR) {
                throw new ShiftRuleException("requirement", "requirement must be numbers from 0 to " + MOST_PER_HOUR
                        + "; the one for " + WeekHours.label(hour) + " (number " + (hour + 1) + ") is " + value);
            }
            whole[hour] = (int) Math.ceil(value - WHOLE);
            rounded |= Math.abs(value - Math.rint(value)) > WHOLE;
        }
        List<Integer> lengths = distinct("shiftLengthsHours", lengthsHours, 1, WeekHours.HOURS_PER_DAY,
                "shift lengths must be whole hours from 1 to 24");
        if (lengths.isEmpty()) {
            throw new ShiftRuleException("shiftLengthsHours", "shiftLengthsHours must name at least one shift length");
        }
        List<Integer> starts = startHours == null ? IntStream.range(0, WeekHours.HOURS_PER_DAY).boxed().toList()
                : distinct("startHours", startHours, 0, WeekHours.HOURS_PER_DAY - 1,
                        "start hours must be hours of the day from 0 to 23");
        if (starts.isEmpty()) {
            throw new ShiftRuleException("startHours",
                    "startHours must name at least one hour of the day, or be left out to allow every hour");
        }
        int minimum = minimumPerShift == null ? 1 : minimumPerShift;
        if (minimum < 0 || minimum > MOST_PER_HOUR) {
            throw new ShiftRuleException("minimumPerShift",
                    "minimumPerShift must be a whole number from 0 to " + MOST_PER_HOUR + ", not " + minimum);
        }
        int overlap = briefingOverlapHours == null ? 0 : briefingOverlapHours;
        int longest = lengths.get(lengths.size() - 1);
        if (overlap < 0 || (overlap > 0 && overlap >= longest)) {
            throw new ShiftRuleException("briefingOverlapHours", "briefingOverlapHours must be from 0 to "
                    + (longest - 1) + " (shorter than the longest shift), not " + overlap);
        }
        ShiftRules rules = new ShiftRules(whole, lengths, starts, minimum, overlap, rounded);
        rules.checkEveryHourCanBeCovered();
        return rules;
    }

    public ShiftRules {
        requirement = requirement.clone();
        lengthsHours = List.copyOf(lengthsHours);
        startHours = List.copyOf(startHours);
    }

    @Override
    public int[] requirement() {
        return requirement.clone();
    }

    public int requirementAt(int hourOfWeek) {
        return requirement[hourOfWeek];
    }

    public int mostRequired() {
        return Arrays.stream(requirement).max().orElse(0);
    }

    private void checkEveryHourCanBeCovered() {
        boolean[] coverable = new boolean[WeekHours.HOURS];
        for (int day = 0; day < 7; day++) {
            for (int start : startHours) {
                for (int length : lengthsHours) {
                    for (int offset = 0; offset < length; offset++) {
                        coverable[WeekHours.plus(day * WeekHours.HOURS_PER_DAY + start, offset)] = true;
                    }
                }
            }
        }
        for (int hour = 0; hour < WeekHours.HOURS; hour++) {
            if (requirement[hour] > 0 && !coverable[hour]) {
                throw new ShiftRuleException("startHours", "No allowed shift is on duty at " + WeekHours.label(hour)
                        + ", when " + requirement[hour] + " are required: allow more start hours or longer shifts");
            }
        }
    }

    private static List<Integer> distinct(String field, List<Integer> values, int least, int most, String rule) {
        if (values == null) {
            throw new ShiftRuleException(field, field + " is required: " + rule);
        }
        TreeSet<Integer> sorted = new TreeSet<>();
        for (Integer value : values) {
            if (value == null || value < least || value > most) {
                throw new ShiftRuleException(field, field + ": " + rule + ", not " + value);
            }
            sorted.add(value);
        }
        return List.copyOf(sorted);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ShiftRules that && Arrays.equals(requirement, that.requirement)
                && lengthsHours.equals(that.lengthsHours) && startHours.equals(that.startHours)
                && minimumPerShift == that.minimumPerShift && briefingOverlapHours == that.briefingOverlapHours
                && roundedUp == that.roundedUp;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(requirement) * 31 + lengthsHours.hashCode();
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "ShiftRules[lengths=%s, starts=%s, minimum=%d, overlap=%d, most=%d]",
                lengthsHours, startHours, minimumPerShift, briefingOverlapHours, mostRequired());
    }
}
