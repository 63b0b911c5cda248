package uk.beacon.demand.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A force's clock: the one time zone in which every figure Beacon derives from an instant is worked
 * out for that force (the month of an incident, its week from Monday, its hour of the week), and in
 * which its times are shown. Instants are stored as instants; what a person counts by is local.
 *
 * <p>Beacon serves the police forces of England and Wales (the 43 territorial forces and British
 * Transport Police), all of which keep UK time, so every force's clock is {@code Europe/London}. The
 * force reference data ({@code reference/forces.csv}) carries no zone; a force that kept another
 * would be given it in {@link #of(String)}, and nothing else would change.
 *
 * <p>The local time of an instant is the instant plus its zone's offset at that instant, from Java's
 * time-zone rules. So that DuckDB can do the same over millions of rows by plain arithmetic (a
 * time-zone library is many times slower there), the rules for 1970 to 2100 are kept as a table of
 * each year's offsets and changes ({@link #offsets()}); this class reads local times from the same
 * table, and the store renders it as SQL, so Java and SQL give the same answer. Outside those years
 * Java falls back on the rules themselves and the SQL gives no local time.
 */
public final class ForceClock {

    /** UK time, the clock of every force in England and Wales. */
    public static final ForceClock UK = new ForceClock(ZoneId.of("Europe/London"), "UK time");

    /**
     * A year of the table is this many seconds from 1970 (the average Gregorian year), so the row of
     * an instant is its seconds since the epoch divided by it: no calendar arithmetic per row. The
     * rows do not start on 1 January, which does not matter, since each holds the offsets and changes
     * that fall within its own seconds.
     */
    public static final long SECONDS_PER_YEAR = 31_556_952L;
    /** The table's rows: seconds from 0 (1970) to {@code YEARS * SECONDS_PER_YEAR} (early 2101). */
    public static final int YEARS = 131;

    private static final int SECONDS_PER_DAY = 86_400;
    /** 1 January 1970 was a Thursday, day 3 counting Monday as 0. */
    private static final int EPOCH_WEEKDAY = 3;
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss zzz", Locale.UK);

    /**
     * The table: for each row, the offset (in seconds) at its start, and up to two changes within it,
     * each an instant (seconds since the epoch) and the offset from then on. A row with fewer changes
     * has its row's end as the instant, which no instant of the row reaches.
     */
    public record Offsets(long[] base, long[] firstChange, long[] firstOffset, long[] secondChange,
            long[] secondOffset) {
    }

    private final ZoneId zone;
    private final String name;
    private final Offsets offsets;

    private ForceClock(ZoneId zone, String name) {
        this.zone = zone;
        this.name = name;
        this.offsets = table(zone.getRules());
    }

    /** The clock of the force with this id: UK time for every force Beacon knows. */
    public static ForceClock of(String forceId) {
        Objects.requireNonNull(forceId, "forceId");
        return UK;
    }

    /** A clock in another zone, for data kept elsewhere (and for tests that show the rule is general). */
    public static ForceClock in(ZoneId zone) {
        return zone.equals(UK.zone) ? UK : new ForceClock(zone, zone.getId());
    }

    public ZoneId zone() {
        return zone;
    }

    /** The clock for people: {@code UK time (Europe/London)}. */
    public String description() {
        return name.equals(zone.getId()) ? name : name + " (" + zone.getId() + ")";
    }

    public Offsets offsets() {
        return offsets;
    }

    /** Seconds since the epoch of the local date and time of the instant, read as if it were UTC. */
    public long localSecond(long epochSecond) {
        if (epochSecond >= 0 && epochSecond < YEARS * SECONDS_PER_YEAR) {
            int row = (int) (epochSecond / SECONDS_PER_YEAR);
            long offset = epochSecond >= offsets.secondChange[row] ? offsets.secondOffset[row]
                    : epochSecond >= offsets.firstChange[row] ? offsets.firstOffset[row] : offsets.base[row];
            return epochSecond + offset;
        }
        return epochSecond + zone.getRules().getOffset(Instant.ofEpochSecond(epochSecond)).getTotalSeconds();
    }

    /** The local date and time of the instant. */
    public LocalDateTime local(Instant instant) {
        return LocalDateTime.ofEpochSecond(localSecond(instant.getEpochSecond()), instant.getNano(), ZoneOffset.UTC);
    }

    /** The local day, as days since 1 January 1970. */
    private long localDay(Instant instant) {
        return Math.floorDiv(localSecond(instant.getEpochSecond()), SECONDS_PER_DAY);
    }

    /** The month of the instant in this clock. */
    public YearMonth month(Instant instant) {
        return YearMonth.from(LocalDate.ofEpochDay(localDay(instant)));
    }

    /** The Monday that starts the week of the instant in this clock. */
    public LocalDate weekStart(Instant instant) {
        long day = localDay(instant);
        return LocalDate.ofEpochDay(day - Math.floorMod(day + EPOCH_WEEKDAY, 7));
    }

    /** The hour of the week in this clock: 0 is Monday 00:00 to 01:00, 167 is Sunday 23:00 to midnight. */
    public int hourOfWeek(Instant instant) {
        long local = localSecond(instant.getEpochSecond());
        long day = Math.floorDiv(local, SECONDS_PER_DAY);
        return (int) (Math.floorMod(day + EPOCH_WEEKDAY, 7) * 24 + Math.floorMod(local, SECONDS_PER_DAY) / 3600);
    }

    /** The month it is now in this clock. */
    public YearMonth thisMonth(Clock clock) {
        return month(clock.instant());
    }

    /** The instant this clock's month starts. */
    public Instant startOf(YearMonth month) {
        return month.atDay(1).atStartOfDay(zone).toInstant();
    }

    /** The instant as a person reads it, with its zone named: {@code 2024-03-31 02:30:00 BST (Europe/London)}. */
    public String shown(Instant instant) {
        return SHOWN.format(instant.atZone(zone)) + " (" + zone.getId() + ")";
    }

    /** An instant held as a UTC date and time, as the readers give them. */
    public static Instant utc(LocalDateTime utc) {
        return utc.toInstant(ZoneOffset.UTC);
    }

    private static Offsets table(ZoneRules rules) {
        long[] base = new long[YEARS];
        long[] firstChange = new long[YEARS];
        long[] firstOffset = new long[YEARS];
        long[] secondChange = new long[YEARS];
        long[] secondOffset = new long[YEARS];
        for (int row = 0; row < YEARS; row++) {
            long start = row * SECONDS_PER_YEAR;
            long end = start + SECONDS_PER_YEAR;
            base[row] = rules.getOffset(Instant.ofEpochSecond(start)).getTotalSeconds();
            List<ZoneOffsetTransition> changes = new java.util.ArrayList<>();
            ZoneOffsetTransition next = rules.nextTransition(Instant.ofEpochSecond(start - 1));
            while (next != null && next.getInstant().getEpochSecond() < end) {
                if (next.getInstant().getEpochSecond() >= start) {
                    changes.add(next);
                }
                next = rules.nextTransition(next.getInstant());
            }
            if (changes.size() > 2) {
                throw new IllegalArgumentException("The clock changes more than twice a year in " + rules);
            }
            firstChange[row] = changes.isEmpty() ? end : changes.get(0).getInstant().getEpochSecond();
            firstOffset[row] = changes.isEmpty() ? base[row] : changes.get(0).getOffsetAfter().getTotalSeconds();
            secondChange[row] = changes.size() < 2 ? end : changes.get(1).getInstant().getEpochSecond();
            secondOffset[row] = changes.size() < 2 ? firstOffset[row] : changes.get(1).getOffsetAfter().getTotalSeconds();
        }
        return new Offsets(base, firstChange, firstOffset, secondChange, secondOffset);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ForceClock clock && clock.zone.equals(zone);
    }

    @Override
    public int hashCode() {
        return zone.hashCode();
    }

    @Override
    public String toString() {
        return "ForceClock[" + zone.getId() + "]";
    }
}
