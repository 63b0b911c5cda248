package uk.beacon.demand.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Unpacks the CSV files from an uploaded zip (such as data.police.uk's monthly download) without
 * trusting it: entry names cannot escape the target folder, and a zip bomb is stopped by limits on
 * the number of entries, the bytes written and each entry's expansion ratio, counted as it unpacks
 * rather than from the sizes the zip claims.
 */
public final class SafeZip {

    /** The limits on what a zip may unpack to. */
    public record Limits(int maxEntries, long maxTotalBytes, long maxRatio) {

        /**
         * Beacon's own limits, not from any standard: a force's monthly downloads for many years
         * hold a few hundred files and a few gigabytes, and CSV compresses about ten to one, so a
         * file expanding more than 200 times is not data a force exports.
         */
        public static Limits defaults() {
            return new Limits(10_000, 8L << 30, 200);
        }
    }

    /** One unpacked file: its name inside the zip and where it now is. */
    public record Entry(String name, Path path) {
    }

    private SafeZip() {
    }

    public static boolean isZip(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return isZipSignature(in.readNBytes(4));
        }
    }

    /** Whether a file's first four bytes are a zip's local file header signature. */
    public static boolean isZipSignature(byte[] magic) {
        return magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
    }

    /** Unpacks the entries whose names the filter accepts into {@code target}, in the zip's order. */
    public static List<Entry> unpack(Path zip, String zipName, Path target, Predicate<String> wanted, Limits limits)
            throws IOException {
        List<Entry> entries = new ArrayList<>();
        long total = 0;
        int seen = 0;
        byte[] buffer = new byte[1 << 16];
        // The sizes a zip declares can lie (or be missing), so the ratio is measured on the bytes
        // actually read from the file against the bytes actually unpacked.
        CountingInputStream raw = new CountingInputStream(Files.newInputStream(zip));
        try (ZipInputStream in = new ZipInputStream(raw)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (++seen > limits.maxEntries()) {
                    throw new ImportException(zipName + ": more than " + limits.maxEntries() + " files in the zip");
                }
                String name = entry.getName().replace('\\', '/');
                if (name.startsWith("/") || name.matches("^[A-Za-z]:.*") || List.of(name.split("/")).contains("..")) {
                    throw new ImportException(zipName + ": the entry '" + name + "' points outside the zip's folder");
                }
                if (entry.isDirectory() || !wanted.test(name)) {
                    continue;
                }
                Path file = target.resolve("entry-" + entries.size() + ".csv").normalize();
                if (!file.startsWith(target)) {
                    throw new ImportException(zipName + ": the entry '" + name + "' points outside the zip's folder");
                }
                long written = 0;
                long readBefore = raw.count();
                try (OutputStream out = Files.newOutputStream(file)) {
                    int read;
                    while ((read = in.read(buffer)) > 0) {
                        written += read;
                        total += read;
                        if (total > limits.maxTotalBytes()) {
                            throw new ImportException(zipName + ": unpacks to more than " + limits.maxTotalBytes()
                                    + " bytes");
                        }
                        long compressed = Math.max(raw.count() - readBefore, 1);
                        if (written > (1 << 20) && written / compressed > limits.maxRatio()) {
                            throw new ImportException(zipName + ": the entry '" + name + "' expands more than "
                                    + limits.maxRatio() + " times, like a zip bomb");
                        }
                        out.write(buffer, 0, read);
                    }
                }
                entries.add(new Entry(name, file));
            }
        } catch (java.util.zip.ZipException | java.io.EOFException e) {
            throw notAZip(zipName, "it is damaged (" + uk.beacon.platform.format.Excerpt.of(e.getMessage(), 80) + ")");
        }
        if (seen == 0) {
            throw notAZip(zipName, "it holds no files that can be read");
        }
        return entries;
    }

    /** The error for a file that was sent as a zip but cannot be read as one. */
    public static ImportException notAZip(String zipName, String why) {
        return new ImportException(zipName + ": not a zip file, or a damaged one: " + why);
    }

    /** Counts the bytes read through it. */
    private static final class CountingInputStream extends java.io.FilterInputStream {

        private long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        long count() {
            return count;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            if (read > 0) {
                count += read;
            }
            return read;
        }
    }
}
