package uk.beacon.demand.domain;

/**
 * The two rules every line of every file must keep, whatever its format and however it arrives (a
 * request body, a form upload, a zip): no line longer than {@link #MAX_LINE_LENGTH}, and no NUL
 * character. A file that breaks either is not text Beacon can read, and the import fails naming the
 * file and line; left to the CSV readers, an overlong line was silently skipped. Bytes are looked at
 * eight at a time, so the check costs little beside reading the file.
 */
public final class LineCheck {

    /** The longest line Beacon reads: 1 MiB, far more than any row of a force's export needs. */
    public static final int MAX_LINE_LENGTH = 1 << 20;

    private static final long LINE_FEEDS = Swar.repeated('\n');
    private static final long NULS = Swar.repeated('\0');

    private final String fileName;
    private final int maxLineLength;
    private long line = 1;
    private long lineLength;

    public LineCheck(String fileName) {
        this(fileName, MAX_LINE_LENGTH);
    }

    LineCheck(String fileName, int maxLineLength) {
        this.fileName = fileName;
        this.maxLineLength = maxLineLength;
    }

    /** Checks the next bytes of the file; throws an {@link ImportException} at the first broken rule. */
    public void accept(byte[] bytes, int from, int to) {
        int i = from;
        while (i + 8 <= to) {
            long word = Swar.word(bytes, i);
            long nuls = Swar.matches(word, NULS);
            long feeds = Swar.matches(word, LINE_FEEDS);
            if ((nuls | feeds) == 0) {
                lineLength += 8;
                if (lineLength > maxLineLength) {
                    throw tooLong();
                }
                i += 8;
            } else {
                for (int end = i + 8; i < end; i++) {
                    accept(bytes[i]);
                }
            }
        }
        for (; i < to; i++) {
            accept(bytes[i]);
        }
    }

    /** Checks the next character of a file being read as text. */
    public void accept(int character) {
        if (character == '\n') {
            line++;
            lineLength = 0;
        } else if (character == 0) {
            throw new ImportException(fileName + " line " + line + ": holds a NUL character (byte 0), so it is "
                    + "not a text file Beacon can read; export it again as CSV");
        } else if (++lineLength > maxLineLength) {
            throw tooLong();
        }
    }

    private ImportException tooLong() {
        return new ImportException(fileName + " line " + line + ": the line is longer than "
                + uk.beacon.platform.format.Numbers.count(maxLineLength)
                + " characters, so this is not a file Beacon can read");
    }
}
