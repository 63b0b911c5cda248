package uk.beacon.capacity.domain.shifts;

import java.time.DayOfWeek;

/**
 * A shift in a weekly roster and how many people work it: it starts on {@code day} at
 * {@code startHour}:00 and lasts {@code lengthHours}, running on into the next day (and from Sunday
 * into Monday) when it must.
 */
public record Shift(DayOfWeek day, int startHour, int lengthHours, int staff) {

    public Shift {
        if (day == null) {
            throw new IllegalArgumentException("A shift needs a day");
        }
        if (startHour < 0 || startHour >= WeekHours.HOURS_PER_DAY) {
            throw new IllegalArgumentException("A shift starts at an hour from 0 to 23, not " + startHour);
        }
        if (lengthHours < 1 || lengthHours > WeekHours.HOURS_PER_DAY) {
            throw new IllegalArgumentException("A shift lasts from 1 to 24 hours, not " + lengthHours);
        }
        if (staff < 0) {
            throw new IllegalArgumentException("A shift cannot have " + staff + " staff");
        }
    }

    public int startHourOfWeek() {
        return WeekHours.of(day, startHour);
    }

    /** The person-hours paid for this shift. */
    public long paidHours() {
        return (long) lengthHours * staff;
    }
}
