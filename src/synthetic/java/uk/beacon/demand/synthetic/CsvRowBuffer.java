package uk.beacon.demand.synthetic;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * A growable byte buffer with the few field formats the canonical CSV needs, written by hand: the
 * generator formats three instants and two coordinates a row, and {@code DateTimeFormatter} or
 * {@code String.format} would cost several times more than drawing the row.
 */
final class CsvRowBuffer {

    private static final byte[] DIGITS = "0123456789".getBytes(StandardCharsets.US_ASCII);
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    /** "00" to "99". */
    private static final byte[] DIGIT_PAIRS = digitPairs();
    /** "mm:ssZ" for every second of an hour. */
    private static final byte[] MINUTE_SECOND_ZULU = minuteSecondZulu();
    private static final int HOUR_PREFIX_LENGTH = 14; // "2025-03-01T14:"
    private static final int CACHE_SIZE = 16; // a power of two

    private byte[] bytes;
    private int length;
    // Rows come in time order, so a handful of recent hours and days covers nearly every instant.
    private final long[] cachedHours = new long[CACHE_SIZE];
    private final byte[][] cachedHourPrefixes = new byte[CACHE_SIZE][];
    private final long[] cachedDays = new long[CACHE_SIZE];
    private final byte[][] cachedDates = new byte[CACHE_SIZE][];

    CsvRowBuffer(int initialCapacity) {
        bytes = new byte[Math.max(64, initialCapacity)];
        Arrays.fill(cachedHours, Long.MIN_VALUE);
        Arrays.fill(cachedDays, Long.MIN_VALUE);
    }

    /** A text field as its CSV bytes: quoted, with doubled quotes, only where RFC 4180 requires it. */
    static byte[] field(String text) {
        boolean needsQuotes = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0;
        String encoded = needsQuotes ? '"' + text.replace("\"", "\"\"") + '"' : text;
        return encoded.getBytes(StandardCharsets.UTF_8);
    }

    int length() {
        return length;
    }

    void clear() {
        length = 0;
    }

    void writeTo(OutputStream out) throws IOException {
        out.write(bytes, 0, length);
    }

    /** Makes room for at least {@code extra} more bytes; call once per row with the row's maximum size. */
    void reserve(int extra) {
        if (length + extra > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + extra));
        }
    }

    void put(byte value) {
        bytes[length++] = value;
    }

    void put(byte[] value) {
        copy(value, 0, value.length);
    }

    // Eight bytes at a time, the last word overlapping the one before: the short fields of a row
    // (10 to 40 bytes) cost a few moves instead of a byte loop or System.arraycopy's call. reserve()
    // leaves room for the bytes written past the end, which the next field overwrites.
    private void copy(byte[] source, int from, int count) {
        byte[] target = bytes;
        int at = length;
        if (count >= 8) {
            int i = 0;
            for (; i + 8 < count; i += 8) {
                LONGS.set(target, at + i, (long) LONGS.get(source, from + i));
            }
            LONGS.set(target, at + count - 8, (long) LONGS.get(source, from + count - 8));
        } else {
            for (int i = 0; i < count; i++) {
                target[at + i] = source[from + i];
            }
        }
        length = at + count;
    }

    void comma() {
        bytes[length++] = ',';
    }

    /** A non-negative whole number. */
    void putWhole(long value) {
        if (value < 10) {
            bytes[length++] = DIGITS[(int) value];
            return;
        }
        int digits = 1;
        for (long power = 10; power <= value && digits < 19; power *= 10) {
            digits++;
        }
        putPadded(value, digits);
    }

    /** A non-negative whole number in exactly {@code width} digits, zero-padded. */
    void putPadded(long value, int width) {
        byte[] target = bytes;
        int end = length + width;
        if (value <= Integer.MAX_VALUE) {
            // int division is markedly cheaper than long division, and nearly every field fits.
            int rest = (int) value;
            int i = end - 1;
            for (; i > length; i -= 2) {
                int quotient = rest / 100;
                int pair = (rest - quotient * 100) * 2;
                target[i] = DIGIT_PAIRS[pair + 1];
                target[i - 1] = DIGIT_PAIRS[pair];
                rest = quotient;
            }
            if (i == length) {
                target[i] = DIGITS[rest % 10];
            }
        } else {
            long rest = value;
            for (int i = end - 1; i >= length; i--) {
                target[i] = DIGITS[(int) (rest % 10)];
                rest /= 10;
            }
        }
        length = end;
    }

    /** Degrees to five decimal places (about a metre), as {@code -0.12345}. */
    void putDegrees(double degrees) {
        long hundredThousandths = Math.round(degrees * 100_000);
        if (hundredThousandths < 0) {
            bytes[length++] = '-';
            hundredThousandths = -hundredThousandths;
        }
        putWhole(hundredThousandths / 100_000);
        bytes[length++] = '.';
        putPadded(hundredThousandths % 100_000, 5);
    }

    /** An ISO-8601 UTC instant to the second: {@code 2025-03-01T14:05:00Z}. */
    void putInstant(long epochSecond) {
        long epochHour = Math.floorDiv(epochSecond, 3600L);
        int slot = (int) epochHour & (CACHE_SIZE - 1);
        if (cachedHours[slot] != epochHour) {
            cachedHours[slot] = epochHour;
            cachedHourPrefixes[slot] = hourPrefix(epochHour);
        }
        copy(cachedHourPrefixes[slot], 0, HOUR_PREFIX_LENGTH);
        copy(MINUTE_SECOND_ZULU, (int) (epochSecond - epochHour * 3600) * 6, 6);
    }

    /** The month of a local time given as seconds since the epoch (as if it were UTC): {@code 2025-03}. */
    void putMonth(long localSecond) {
        copy(date(Math.floorDiv(localSecond, 86_400L)), 0, 7);
    }

    /** The UTC date of an instant without separators: {@code 20250301}. */
    void putCompactDate(long epochSecond) {
        byte[] date = date(Math.floorDiv(epochSecond, 86_400L));
        byte[] target = bytes;
        int at = length;
        target[at] = date[0];
        target[at + 1] = date[1];
        target[at + 2] = date[2];
        target[at + 3] = date[3];
        target[at + 4] = date[5];
        target[at + 5] = date[6];
        target[at + 6] = date[8];
        target[at + 7] = date[9];
        length = at + 8;
    }

    private byte[] date(long epochDay) {
        int slot = (int) epochDay & (CACHE_SIZE - 1);
        if (cachedDays[slot] != epochDay) {
            cachedDays[slot] = epochDay;
            cachedDates[slot] = LocalDate.ofEpochDay(epochDay).toString().getBytes(StandardCharsets.US_ASCII);
        }
        return cachedDates[slot];
    }

    private byte[] hourPrefix(long epochHour) {
        byte[] date = date(Math.floorDiv(epochHour, 24L));
        int hour = (int) Math.floorMod(epochHour, 24L);
        byte[] prefix = Arrays.copyOf(date, HOUR_PREFIX_LENGTH);
        prefix[10] = 'T';
        prefix[11] = DIGITS[hour / 10];
        prefix[12] = DIGITS[hour % 10];
        prefix[13] = ':';
        return prefix;
    }

    private static byte[] digitPairs() {
        byte[] table = new byte[200];
        for (int i = 0; i < 100; i++) {
            table[i * 2] = DIGITS[i / 10];
            table[i * 2 + 1] = DIGITS[i % 10];
        }
        return table;
    }

    private static byte[] minuteSecondZulu() {
        byte[] table = new byte[3600 * 6];
        for (int second = 0; second < 3600; second++) {
            int at = second * 6;
            table[at] = DIGITS[second / 600];
            table[at + 1] = DIGITS[second / 60 % 10];
            table[at + 2] = ':';
            table[at + 3] = DIGITS[second % 60 / 10];
            table[at + 4] = DIGITS[second % 10];
            table[at + 5] = 'Z';
        }
        return table;
    }
}
