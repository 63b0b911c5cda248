package uk.beacon.demand.domain;

import java.io.BufferedReader;
import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file's text, checked line by line as it is read ({@link LineCheck}), so a hostile or broken file
 * (one huge "line", a binary file) cannot exhaust memory in the CSV parser or be half read.
 */
final class BoundedLineReader extends FilterReader {

    private final LineCheck check;
    private final Path file;
    private final Charset charset;

    /** Over a file that can be read again, so that a line can be quoted in an error. */
    BoundedLineReader(Reader in, LineCheck check, Path file, Charset charset) {
        super(in);
        this.check = check;
        this.file = file;
        this.charset = charset;
    }

    /**
     * The file's {@code number}th physical line (from 1), read again from the start of the file, or
     * null when it cannot be. Only an error needs it, so a good file is never read twice.
     */
    String line(long number) {
        if (file == null) {
            return null;
        }
        try (BufferedReader reader = Files.newBufferedReader(file, charset)) {
            String text = null;
            for (long i = 0; i < number; i++) {
                text = reader.readLine();
                if (text == null) {
                    return null;
                }
            }
            return text != null && number == 1 && text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (IOException | java.io.UncheckedIOException e) {
            return null;
        }
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            check.accept(c);
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int read = super.read(buffer, offset, length);
        for (int i = offset; i < offset + read; i++) {
            check.accept(buffer[i]);
        }
        return read;
    }
}
