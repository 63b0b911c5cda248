package uk.beacon.capacity.domain.shifts;

import java.time.DayOfWeek;
import java.util.List;

/**
 * The hours of a week, numbered 0 to 167 from Monday 00:00, as a repeating roster sees them: the hour
 * after Sunday 23:00 is Monday 00:00 again.
 */
public final class WeekHours {

    public static final int HOURS = 168;
    public static final int HOURS_PER_DAY = 24;

    private WeekHours() {
    }

    /** The hour of the week that a day and hour of the day name. */
    public static int of(DayOfWeek day, int hourOfDay) {
        return (day.getValue() - 1) * HOURS_PER_DAY + hourOfDay;
    }

    /** An hour of the week after moving {@code hours} on (or back, when negative), wrapping round the week. */
    public static int plus(int hourOfWeek, int hours) {
        return Math.floorMod(hourOfWeek + hours, HOURS);
    }

    public static DayOfWeek day(int hourOfWeek) {
        return DayOfWeek.of(hourOfWeek / HOURS_PER_DAY + 1);
    }

    /** For people: "Tuesday 03:00". */
    public static String label(int hourOfWeek) {
        String day = day(hourOfWeek).name();
        return day.charAt(0) + day.substring(1).toLowerCase(java.util.Locale.ROOT) + " "
                + String.format(java.util.Locale.ROOT, "%02d:00", hourOfWeek % HOURS_PER_DAY);
    }

    /** How many staff each hour of the week has on duty under the shifts. */
    public static int[] coverage(List<Shift> shifts) {
        int[] coverage = new int[HOURS];
        for (Shift shift : shifts) {
            int start = shift.startHourOfWeek();
            for (int offset = 0; offset < shift.lengthHours(); offset++) {
                coverage[plus(start, offset)] += shift.staff();
            }
        }
        return coverage;
    }
}
