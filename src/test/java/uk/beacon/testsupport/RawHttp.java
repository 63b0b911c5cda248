package uk.beacon.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * HTTP/1.1 over a plain socket, for what {@code java.net.http} hides: a request whose body is sent slowly while
 * the answer is read at the same time, so a test can tell how much of the body the server had been sent when it
 * answered. A server that reads a body to its end before answering lets the whole of it be sent first.
 */
public final class RawHttp {

    private static final int CHUNK = 64 * 1024;

    private RawHttp() {
    }

    /** What the server answered, and how many body bytes the client had sent when the answer's head arrived. */
    public record Answer(int status, Map<String, String> headers, long bodyBytesSentBeforeAnswer, String bodyStart) {

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    /**
     * Sends {@code head} (request line and headers, without the blank line that ends them), then {@code bodyStart}
     * followed by filler bytes, up to {@code sendAtMost} bytes of body in all, at most 64 MiB a second; the headers
     * should declare a larger Content-Length (or chunked transfer coding when {@code chunked}). Reads the answer
     * while sending, and stops sending once its head has arrived. Fails if no answer arrives within ten seconds of
     * the last byte sent.
     */
    public static Answer send(int port, String head, byte[] bodyStart, long sendAtMost, boolean chunked)
            throws IOException, InterruptedException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write((head + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            AtomicLong sent = new AtomicLong();
            AtomicBoolean answered = new AtomicBoolean();
            Thread writer = new Thread(() -> write(out, bodyStart, sendAtMost, chunked, sent, answered),
                    "raw-http-writer");
            writer.setDaemon(true);
            writer.start();
            try {
                return read(socket.getInputStream(), sent, answered);
            } finally {
                answered.set(true);
                socket.close();
                writer.join(5_000);
            }
        }
    }

    private static void write(OutputStream out, byte[] bodyStart, long sendAtMost, boolean chunked, AtomicLong sent,
            AtomicBoolean answered) {
        byte[] filler = new byte[CHUNK];
        Arrays.fill(filler, (byte) 'x');
        try {
            byte[] first = bodyStart;
            while (!answered.get() && sent.get() < sendAtMost) {
                byte[] part = first != null ? first : filler;
                first = null;
                int length = (int) Math.min(part.length, sendAtMost - sent.get());
                if (chunked) {
                    out.write((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                }
                out.write(part, 0, length);
                if (chunked) {
                    out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
                }
                out.flush();
                sent.addAndGet(length);
                Thread.sleep(1);
            }
        } catch (IOException | InterruptedException closed) {
            // The server closed the connection, or the answer came: either way, stop sending.
        }
    }

    private static Answer read(InputStream in, AtomicLong sent, AtomicBoolean answered) throws IOException {
        ByteArrayOutputStream headBytes = new ByteArrayOutputStream();
        long sentWhenAnswered = -1;
        try {
            int b;
            int endMatched = 0;
            byte[] end = "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);
            while ((b = in.read()) != -1) {
                if (sentWhenAnswered < 0) {
                    sentWhenAnswered = sent.get();
                    answered.set(true);
                }
                headBytes.write(b);
                endMatched = b == end[endMatched] ? endMatched + 1 : (b == end[0] ? 1 : 0);
                if (endMatched == end.length) {
                    break;
                }
            }
        } catch (SocketTimeoutException e) {
            throw new AssertionError("No answer within ten seconds; " + sent.get() + " body bytes had been sent", e);
        }
        if (headBytes.size() == 0) {
            throw new AssertionError("The server closed the connection without answering; " + sent.get()
                    + " body bytes had been sent");
        }
        String[] lines = headBytes.toString(StandardCharsets.ISO_8859_1).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        lines[i].substring(colon + 1).trim());
            }
        }
        byte[] start = new byte[4096];
        int read = 0;
        try {
            int n;
            while (read < start.length && (n = in.read(start, read, start.length - read)) > 0) {
                read += n;
                if (in.available() == 0) {
                    break;
                }
            }
        } catch (IOException closed) {
            // The server may close the connection after its answer, as it does not want the rest of the body.
        }
        return new Answer(status, headers, sentWhenAnswered, new String(start, 0, read, StandardCharsets.UTF_8));
    }
}
