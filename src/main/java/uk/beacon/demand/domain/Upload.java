package uk.beacon.demand.domain;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * An uploaded file: its name and a way to save it once, moving rather than copying where it can
 * ({@code saver}), or a stream of its bytes ({@code stream}), whose checksum is worked out as they
 * are written, so that a large file is not read again just for it.
 *
 * @param size the stream's size in bytes, or -1 if not known
 */
public record Upload(String name, Saver saver, InputStreamSource stream, long size) {

    /** Saves a file to the given path. */
    @FunctionalInterface
    public interface Saver {
        void saveTo(Path target) throws IOException;
    }

    /** Opens the bytes of a file, once. */
    @FunctionalInterface
    public interface InputStreamSource {
        InputStream open() throws IOException;
    }

    /** An upload saved by moving or copying it, such as a part of a multipart form. */
    public Upload(String name, Saver saver) {
        this(name, saver, null, -1);
    }

    /** An upload read from a stream, such as a request body or a file shipped with Beacon. */
    public static Upload fromStream(String name, InputStreamSource content) {
        return fromStream(name, content, -1);
    }

    /** An upload read from a stream of a known size in bytes (-1 if not known). */
    public static Upload fromStream(String name, InputStreamSource content, long size) {
        return new Upload(name, null, content, size);
    }

    /** Whether it arrives as a stream, which can be stored while it arrives. */
    public boolean isStream() {
        return stream != null;
    }

    /** Whether its name says it is a zip. */
    public boolean namedAsZip() {
        return isZipName(name);
    }

    /** Whether a file's name says it is a zip. */
    public static boolean isZipName(String fileName) {
        return fileName.toLowerCase(java.util.Locale.ROOT).endsWith(".zip");
    }

    /** Saves the file; returns its SHA-256 when it was worked out on the way, else null. */
    public String saveTo(Path target) throws IOException {
        if (stream == null) {
            saver.saveTo(target);
            return null;
        }
        MessageDigest sha256 = sha256();
        try (InputStream in = new DigestInputStream(stream.open(), sha256)) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return HexFormat.of().formatHex(sha256.digest());
    }

    /** A new SHA-256 digest. */
    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }
}
