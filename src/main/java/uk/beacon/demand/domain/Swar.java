package uk.beacon.demand.domain;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Looking at a byte array eight bytes at a time ("SIMD within a register"): the readers of large CSV
 * files look for a few byte values among hundreds of megabytes, and one long comparison does the work
 * of eight byte comparisons.
 */
final class Swar {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long LOW_SEVEN = 0x7F7F7F7F7F7F7F7FL;
    private static final long ONES = 0x0101010101010101L;

    private Swar() {
    }

    /** The byte repeated in all eight bytes of a long, to compare with a word. */
    static long repeated(char value) {
        return ONES * (value & 0xFF);
    }

    /** The eight bytes at {@code index}, the first in the lowest bits. */
    static long word(byte[] bytes, int index) {
        return (long) LONGS.get(bytes, index);
    }

    /**
     * A word with the high bit set in exactly those bytes of {@code word} that equal the byte of
     * {@code repeated}, and every other bit clear. Exact: no carry runs from one byte into the next.
     */
    static long matches(long word, long repeated) {
        long x = word ^ repeated;
        return ~(((x & LOW_SEVEN) + LOW_SEVEN) | x | LOW_SEVEN);
    }

    /** The index, within its word, of the first byte a {@link #matches} result marks. */
    static int firstMarked(long marks) {
        return Long.numberOfTrailingZeros(marks) >>> 3;
    }
}
