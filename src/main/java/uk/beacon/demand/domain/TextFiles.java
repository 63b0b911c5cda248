package uk.beacon.demand.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opens a text file in the encoding it was written in. Forces' exports are UTF-8 (often with a
 * byte-order mark, as Excel writes it) or Windows-1252 (older Windows tools): a file that is not
 * valid UTF-8 is read as Windows-1252 rather than turned into replacement characters.
 */
public final class TextFiles {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextFiles() {
    }

    /** The file's encoding: UTF-8 when every byte sequence in it is valid UTF-8, else Windows-1252. */
    public static Charset detect(Path file) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(1 << 16);
        CharBuffer out = CharBuffer.allocate(1 << 16);
        try (InputStream stream = Files.newInputStream(file)) {
            int read;
            while ((read = stream.read(in.array(), in.position(), in.remaining())) >= 0) {
                in.position(in.position() + read);
                in.flip();
                if (decoder.decode(in, out, false).isError()) {
                    return WINDOWS_1252;
                }
                in.compact();
                out.clear();
            }
            in.flip();
            if (decoder.decode(in, out, true).isError() || decoder.flush(out).isError()) {
                return WINDOWS_1252;
            }
        } catch (CharacterCodingException e) {
            return WINDOWS_1252;
        }
        return StandardCharsets.UTF_8;
    }

    /** A reader over the file in its own encoding, without a byte-order mark, refusing overlong lines and NUL characters. */
    public static Reader open(Path file, String displayName) throws IOException {
        Charset charset = detect(file);
        PushbackInputStream in = new PushbackInputStream(Files.newInputStream(file), 3);
        byte[] start = in.readNBytes(3);
        boolean bom = start.length == 3 && (start[0] & 0xFF) == 0xEF && (start[1] & 0xFF) == 0xBB
                && (start[2] & 0xFF) == 0xBF;
        if (!bom && start.length > 0) {
            in.unread(start);
        }
        return new BoundedLineReader(new BufferedReader(new InputStreamReader(in, charset), 1 << 16),
                new LineCheck(displayName), file, charset);
    }
}
