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
 * Writes a CSV file arriving as a stream into consecutive part files of about a given size, each
 * ending at the end of a record (a line break outside quotes), so that each part can be read on its
 * own while the next is still arriving. Joined in order, the parts are the file, byte for byte; the
 * SHA-256 of the whole is worked out on the way. Memory use is one buffer, whatever the file's size.
 */
public final class CsvParts {

    /** Told of each part once it is complete, in order. */
    @FunctionalInterface
    public interface Listener {
        /**
         * @param part the part's file
         * @param lines the line breaks in it, so that a line in a part can be named as a line of the file
         */
        void completed(Path part, long lines) throws IOException;
    }

    private static final int BUFFER_BYTES = 1 << 20;

    private final Path folder;
    private final long partBytes;
    private final Listener listener;

    private boolean inQuotes;
    private int partNumber;
    private OutputStream out;
    private Path current;
    private long written;
    private long lines;

    private CsvParts(Path folder, long partBytes, Listener listener) {
        this.folder = folder;
        this.partBytes = partBytes;
        this.listener = listener;
    }

    /**
     * Copies the stream into parts named {@code part-0}, {@code part-1}, ... in the folder, telling
     * the listener of each as it is completed (the last when the stream ends, even if empty).
     *
     * @return the SHA-256 of everything read, in hex
     */
    public static String split(InputStream in, Path folder, long partBytes, Listener listener) throws IOException {
        if (partBytes < 1) {
            throw new IllegalArgumentException("partBytes must be positive");
        }
        return new CsvParts(folder, partBytes, listener).copy(in);
    }

    private String copy(InputStream in) throws IOException {
        MessageDigest sha256 = sha256();
        byte[] buffer = new byte[BUFFER_BYTES];
        open();
        try {
            int read;
            while ((read = in.read(buffer)) != -1) {
                sha256.update(buffer, 0, read);
                write(buffer, read);
            }
            close();
        } finally {
            if (out != null) {
                out.close();
            }
        }
        return HexFormat.of().formatHex(sha256.digest());
    }

    /** Writes the bytes, ending the part after the first record end once it holds enough. */
    private void write(byte[] buffer, int length) throws IOException {
        int start = 0;
        for (int i = 0; i < length; i++) {
            byte b = buffer[i];
            if (b == '"') {
                // A doubled quote inside a quoted field flips twice, which leaves it inside.
                inQuotes = !inQuotes;
            } else if (b == '\n') {
                lines++;
                if (!inQuotes && written + (i + 1 - start) >= partBytes) {
                    out.write(buffer, start, i + 1 - start);
                    written += i + 1 - start;
                    start = i + 1;
                    close();
                    open();
                }
            }
        }
        out.write(buffer, start, length - start);
        written += length - start;
    }

    private void open() throws IOException {
        current = folder.resolve("part-" + partNumber++);
        out = Files.newOutputStream(current);
        written = 0;
        lines = 0;
    }

    private void close() throws IOException {
        out.close();
        out = null;
        listener.completed(current, lines);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }
}
