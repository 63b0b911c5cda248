package uk.beacon.demand.domain;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Refuses a line longer than a limit, so a hostile or broken file (one huge "line") cannot exhaust
 * memory in the CSV parser.
 */
final class BoundedLineReader extends FilterReader {

    private final String fileName;
    private final int maxLineLength;
    private int lineLength;
    private long line = 1;

    BoundedLineReader(Reader in, String fileName, int maxLineLength) {
        super(in);
        this.fileName = fileName;
        this.maxLineLength = maxLineLength;
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            count((char) c);
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int read = super.read(buffer, offset, length);
        for (int i = offset; i < offset + read; i++) {
            count(buffer[i]);
        }
        return read;
    }

    private void count(char c) {
        if (c == '\n') {
            lineLength = 0;
            line++;
        } else if (++lineLength > maxLineLength) {
            throw new ImportException(fileName + " line " + line + ": the line is longer than " + maxLineLength
                    + " characters, so this is not a file Beacon can read");
        }
    }
}
