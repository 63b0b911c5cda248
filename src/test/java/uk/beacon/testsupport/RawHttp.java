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

    /**
     * What the server answered, and how many body bytes the client had sent when the answer's head arrived. The
     * body is the whole of it from {@link #exchange}, and what arrived of it (at most 64 KB) from {@link #send}.
     */
    public record Answer(int status, Map<String, String> headers, long bodyBytesSentBeforeAnswer, String body) {

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
                return read(socket, sent, answered);
            } finally {
                answered.set(true);
                socket.close();
                writer.join(5_000);
            }
        }
    }

    /**
     * Sends a request without a body ({@code head}: its request line and headers, which may include any Host), with
     * {@code Connection: close}, and reads the whole answer.
     */
    public static Answer exchange(int port, String head) throws IOException {
        return exchange(port, head, null);
    }

    /** As {@link #exchange(int, String)}, with a small body (such as a form) and its Content-Length. */
    public static Answer exchange(int port, String head, String body) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            socket.getOutputStream().write((head + (body == null ? "" : "\r\nContent-Length: " + content.length)
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().write(content);
            socket.getOutputStream().flush();
            byte[] all = socket.getInputStream().readAllBytes();
            String text = new String(all, StandardCharsets.ISO_8859_1);
            int end = text.indexOf("\r\n\r\n");
            String[] lines = text.substring(0, end).split("\r\n");
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                if (colon > 0) {
                    headers.merge(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                            lines[i].substring(colon + 1).trim(), (a, b) -> a + "\n" + b);
                }
            }
            byte[] answered = Arrays.copyOfRange(all, end + 4, all.length);
            if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
                answered = unchunk(answered);
            }
            return new Answer(Integer.parseInt(lines[0].split(" ")[1]), headers, 0,
                    new String(answered, StandardCharsets.UTF_8));
        }
    }

    private static byte[] unchunk(byte[] chunked) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = 0;
        while (at < chunked.length) {
            int lineEnd = at;
            while (lineEnd + 1 < chunked.length && !(chunked[lineEnd] == '\r' && chunked[lineEnd + 1] == '\n')) {
                lineEnd++;
            }
            String size = new String(chunked, at, lineEnd - at, StandardCharsets.ISO_8859_1).split(";")[0].trim();
            int length = size.isEmpty() ? 0 : Integer.parseInt(size, 16);
            if (length == 0) {
                break;
            }
            out.write(chunked, lineEnd + 2, length);
            at = lineEnd + 2 + length + 2;
        }
        return out.toByteArray();
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

    private static Answer read(Socket socket, AtomicLong sent, AtomicBoolean answered) throws IOException {
        InputStream in = socket.getInputStream();
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
        socket.setSoTimeout(2_000);
        byte[] start = new byte[64 * 1024];
        int read = 0;
        try {
            int n;
            while (read < start.length && (n = in.read(start, read, start.length - read)) > 0) {
                read += n;
            }
        } catch (IOException closedOrQuiet) {
            // The server may close the connection after its answer, as it does not want the rest of the body, or
            // keep it open for another request: either way the body is what arrived before then.
        }
        String body = new String(start, 0, read, StandardCharsets.UTF_8);
        return new Answer(status, headers, sentWhenAnswered, body);
    }
}
