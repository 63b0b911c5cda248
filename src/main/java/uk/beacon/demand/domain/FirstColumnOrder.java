package uk.beacon.demand.domain;

import java.util.Arrays;

/**
 * Watches a CSV file go by, a buffer at a time, and tells whether the values of its first column
 * strictly ascend from the first record after the header to the last, compared byte by byte. If they
 * do, no value appears twice: for a file of incidents, no incident id is repeated. That is proved
 * holding two values in memory whatever the file's size, so an importer need not look for repeats
 * among millions of stored ids afterwards. Computer-aided-dispatch systems number incidents as they
 * are created and their exports usually list them in that order, so it is the common case; when it
 * is not, the verdict only says "not shown", and the importer looks for repeats the slower way.
 *
 * <p>The first value of each record is read as RFC 4180 says (a quoted value may hold commas, line
 * breaks and doubled quotes), then spaces and tabs around it are dropped: so values a CSV reader
 * sees as equal, whether or not it trims them, always compare equal here, and equal values are never
 * taken for ascending ones. Anything irregular — a quote inside an unquoted first value, text after a
 * closing quote, a first value over {@value #LONGEST_VALUE} bytes, an unclosed quote — settles the
 * verdict as "not shown". Records end at a line break outside quotes (LF, CR or CR LF); empty lines
 * are not records. The rest of each record is skipped eight bytes at a time.
 */
public final class FirstColumnOrder {

    /**
     * What was seen.
     *
     * @param ascending whether every first value after the header was greater than the one before
     * @param records how many records followed the header (counted only while {@code ascending})
     */
    public record Verdict(boolean ascending, long records) {

        /** Nothing is known: the repeats must be looked for. */
        public static final Verdict UNKNOWN = new Verdict(false, 0);

        /**
         * Whether the ids are proved distinct for a reader that found {@code rows} rows after the
         * header: the count must agree, so that both saw the same records.
         */
        public boolean provesDistinct(long rows) {
            return ascending && records == rows;
        }
    }

    static final int LONGEST_VALUE = 4096;

    private static final long QUOTES = Swar.repeated('"');
    private static final long COMMAS = Swar.repeated(',');
    private static final long LINE_FEEDS = Swar.repeated('\n');
    private static final long RETURNS = Swar.repeated('\r');

    private enum State { RECORD_START, VALUE, QUOTED_VALUE, QUOTE_IN_VALUE, REST, QUOTED_REST }

    private State state = State.RECORD_START;
    private byte[] value = new byte[64];
    private int valueLength;
    private byte[] previous = new byte[64];
    private int previousLength = -1;
    private boolean headerRead;
    private long records;
    private boolean settled;

    /** Looks at the next bytes of the file. */
    public void accept(byte[] bytes, int from, int to) {
        int i = from;
        while (i < to && !settled) {
            switch (state) {
                case RECORD_START -> {
                    byte b = bytes[i];
                    if (b == '\n' || b == '\r') {
                        i++;
                    } else {
                        valueLength = 0;
                        if (b == '"') {
                            state = State.QUOTED_VALUE;
                            i++;
                        } else {
                            state = State.VALUE;
                        }
                    }
                }
                case VALUE -> {
                    int stop = indexOfValueEnd(bytes, i, to);
                    append(bytes, i, stop);
                    i = stop;
                    if (i < to) {
                        byte b = bytes[i++];
                        if (b == '"') {
                            settle();
                        } else {
                            valueEnded();
                            if (b == ',') {
                                state = State.REST;
                            } else {
                                recordEnded();
                            }
                        }
                    }
                }
                case QUOTED_VALUE -> {
                    int stop = indexOfQuote(bytes, i, to);
                    append(bytes, i, stop);
                    i = stop;
                    if (i < to) {
                        i++;
                        state = State.QUOTE_IN_VALUE;
                    }
                }
                case QUOTE_IN_VALUE -> {
                    // Either the first of a doubled quote, which stands for one, or the closing quote.
                    byte b = bytes[i++];
                    if (b == '"') {
                        append(bytes, i - 1, i);
                        state = State.QUOTED_VALUE;
                    } else if (b == ',') {
                        valueEnded();
                        state = State.REST;
                    } else if (b == '\n' || b == '\r') {
                        valueEnded();
                        recordEnded();
                    } else {
                        settle();
                    }
                }
                case REST -> {
                    i = indexOfQuoteOrLineEnd(bytes, i, to);
                    if (i < to) {
                        if (bytes[i++] == '"') {
                            state = State.QUOTED_REST;
                        } else {
                            recordEnded();
                        }
                    }
                }
                case QUOTED_REST -> {
                    // A doubled quote leaves and re-enters the quotes, which comes to the same.
                    i = indexOfQuote(bytes, i, to);
                    if (i < to) {
                        i++;
                        state = State.REST;
                    }
                }
            }
        }
    }

    /** Says that the file has ended, and what was seen. */
    public Verdict finish() {
        switch (state) {
            case VALUE, QUOTE_IN_VALUE -> {
                valueEnded();
                recordEnded();
            }
            case REST -> recordEnded();
            case QUOTED_VALUE, QUOTED_REST -> settle();
            case RECORD_START -> { }
        }
        return settled ? Verdict.UNKNOWN : new Verdict(true, records);
    }

    private void append(byte[] bytes, int from, int to) {
        int length = to - from;
        if (valueLength + length > LONGEST_VALUE) {
            settle();
            return;
        }
        if (valueLength + length > value.length) {
            value = Arrays.copyOf(value, Math.max(value.length * 2, valueLength + length));
        }
        System.arraycopy(bytes, from, value, valueLength, length);
        valueLength += length;
    }

    private void valueEnded() {
        if (settled) {
            return;
        }
        int start = 0;
        int end = valueLength;
        while (start < end && isBlank(value[start])) {
            start++;
        }
        while (end > start && isBlank(value[end - 1])) {
            end--;
        }
        if (!headerRead) {
            headerRead = true;
            return;
        }
        if (previousLength >= 0
                && Arrays.compareUnsigned(value, start, end, previous, 0, previousLength) <= 0) {
            settle();
            return;
        }
        if (previous.length < end - start) {
            previous = new byte[value.length];
        }
        System.arraycopy(value, start, previous, 0, end - start);
        previousLength = end - start;
    }

    private void recordEnded() {
        state = State.RECORD_START;
        if (headerRead && previousLength >= 0) {
            records++;
        }
    }

    private void settle() {
        settled = true;
    }

    private static boolean isBlank(byte b) {
        return b == ' ' || b == '\t';
    }

    private static int indexOfValueEnd(byte[] bytes, int from, int to) {
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long word = Swar.word(bytes, i);
            long marks = Swar.matches(word, COMMAS) | Swar.matches(word, QUOTES) | Swar.matches(word, LINE_FEEDS)
                    | Swar.matches(word, RETURNS);
            if (marks != 0) {
                return i + Swar.firstMarked(marks);
            }
        }
        for (; i < to; i++) {
            byte b = bytes[i];
            if (b == ',' || b == '"' || b == '\n' || b == '\r') {
                return i;
            }
        }
        return to;
    }

    private static int indexOfQuoteOrLineEnd(byte[] bytes, int from, int to) {
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long word = Swar.word(bytes, i);
            long marks = Swar.matches(word, QUOTES) | Swar.matches(word, LINE_FEEDS) | Swar.matches(word, RETURNS);
            if (marks != 0) {
                return i + Swar.firstMarked(marks);
            }
        }
        for (; i < to; i++) {
            byte b = bytes[i];
            if (b == '"' || b == '\n' || b == '\r') {
                return i;
            }
        }
        return to;
    }

    private static int indexOfQuote(byte[] bytes, int from, int to) {
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long marks = Swar.matches(Swar.word(bytes, i), QUOTES);
            if (marks != 0) {
                return i + Swar.firstMarked(marks);
            }
        }
        for (; i < to; i++) {
            if (bytes[i] == '"') {
                return i;
            }
        }
        return to;
    }
}
