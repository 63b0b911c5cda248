package uk.beacon.demand.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Writes a CSV file arriving as a stream into consecutive part files of about a given size (the first
 * three smaller, so that the first can be read soon after the file starts to arrive), each
 * ending at the end of a record (a line break outside quotes), so that each part can be read on its
 * own while the next is still arriving. Joined in order, the parts are the file, byte for byte; the
 * SHA-256 of the whole is worked out on the way, and whether its first column ascends (see
 * {@link FirstColumnOrder}). Memory use is one buffer, whatever the file's size.
 */
public final class CsvParts {

    /**
     * What was learnt of the whole file on the way.
     *
     * @param sha256 its SHA-256, in hex
     * @param firstColumn whether its first column ascends
     */
    public record Result(String sha256, FirstColumnOrder.Verdict firstColumn) {
    }

    /** Told of each part once it is complete, in order. */
    @FunctionalInterface
    public interface Listener {
        void completed(Path part) throws IOException;
    }

    private static final int BUFFER_BYTES = 1 << 20;
    /** The first part is an eighth of the size asked for, the next a quarter, then a half, then whole. */
    private static final int FIRST_PARTS_SMALLER_BY = 3;

    private final Path folder;
    private final long partBytes;
    private final Listener listener;
    private final LineCheck lines;

    private boolean inQuotes;
    private int partNumber;
    private OutputStream out;
    private Path current;
    private long written;
    /** The size of the part being written: the first parts are smaller, so that reading starts soon. */
    private long target;

    private CsvParts(Path folder, long partBytes, Listener listener, LineCheck lines) {
        this.lines = lines;
        this.folder = folder;
        this.partBytes = partBytes;
        this.listener = listener;
    }

    /**
     * Copies the stream into parts named {@code part-0}, {@code part-1}, ... in the folder, telling
     * the listener of each as it is completed (the last when the stream ends, even if empty).
     *
     * @return the SHA-256 of everything read, and whether its first column ascends
     */
    public static Result split(InputStream in, Path folder, long partBytes, Listener listener) throws IOException {
        return split(in, "the file", folder, partBytes, listener);
    }

    /**
     * As {@link #split(InputStream, Path, long, Listener)}, checking every line ({@link LineCheck}) before
     * the part that holds it is handed over, so that no part of a file that breaks the rules is stored.
     *
     * @param fileName the file's name, for the error
     */
    public static Result split(InputStream in, String fileName, Path folder, long partBytes, Listener listener)
            throws IOException {
        if (partBytes < 1) {
            throw new IllegalArgumentException("partBytes must be positive");
        }
        return new CsvParts(folder, partBytes, listener, new LineCheck(fileName)).copy(in);
    }

    private Result copy(InputStream in) throws IOException {
        MessageDigest sha256 = sha256();
        FirstColumnOrder order = new FirstColumnOrder();
        byte[] buffer = new byte[BUFFER_BYTES];
        open();
        try {
            int read;
            // The buffer is filled before it is used: a request body arrives a few kilobytes at a time,
            // and writing each few kilobytes on its own costs far more than the writing itself.
            while ((read = in.readNBytes(buffer, 0, buffer.length)) > 0) {
                sha256.update(buffer, 0, read);
                order.accept(buffer, 0, read);
                lines.accept(buffer, 0, read);
                write(buffer, read);
            }
            close();
        } finally {
            if (out != null) {
                out.close();
            }
        }
        return new Result(HexFormat.of().formatHex(sha256.digest()), order.finish());
    }

    /** Writes the bytes, ending the part after the first record end once it holds enough. */
    private void write(byte[] buffer, int length) throws IOException {
        int start = 0;
        int i = 0;
        while (i < length) {
            // Until the part is full no record end can close it, so only the quotes are counted there
            // (eight bytes at a time); after it, bytes are looked at one by one for a record end.
            long room = target - written - (i - start);
            if (room > 1) {
                int upTo = (int) Math.min(length, i + room - 1);
                if ((countQuotes(buffer, i, upTo) & 1) == 1) {
                    inQuotes = !inQuotes;
                }
                i = upTo;
                continue;
            }
            byte b = buffer[i++];
            if (b == '"') {
                // A doubled quote inside a quoted field flips twice, which leaves it inside.
                inQuotes = !inQuotes;
            } else if (b == '\n' && !inQuotes) {
                out.write(buffer, start, i - start);
                start = i;
                close();
                open();
            }
        }
        out.write(buffer, start, length - start);
        written += length - start;
    }

    private static final long QUOTES = Swar.repeated('"');

    /** How many bytes from {@code from} (inclusive) to {@code to} (exclusive) are double quotes. */
    static int countQuotes(byte[] buffer, int from, int to) {
        int count = 0;
        int i = from;
        for (; i + 8 <= to; i += 8) {
            count += Long.bitCount(Swar.matches(Swar.word(buffer, i), QUOTES));
        }
        for (; i < to; i++) {
            if (buffer[i] == '"') {
                count++;
            }
        }
        return count;
    }

    private void open() throws IOException {
        target = Math.max(1, partBytes >> Math.max(0, FIRST_PARTS_SMALLER_BY - partNumber));
        current = folder.resolve("part-" + partNumber++);
        out = Files.newOutputStream(current);
        written = 0;
    }

    private void close() throws IOException {
        out.close();
        out = null;
        listener.completed(current);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }
}
