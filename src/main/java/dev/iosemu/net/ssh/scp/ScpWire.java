package dev.iosemu.net.ssh.scp;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;

/**
 * The bytes of SCP both sides share: a status is one byte, 0 for success, 1 (error) or 2 (fatal) followed
 * by a text line; commands are text lines ending in {@code \n}. Stateless.
 */
final class ScpWire {
    static final int OK = 0;
    static final int ERROR = 1;
    static final int FATAL = 2;
    /** Longest line accepted from a peer; a {@code C} line is far shorter. */
    private static final int MAX_LINE = 4096;

    static final int BUFFER = 64 * 1024;

    private ScpWire() {}

    /** Reads a status; a refusal throws with the peer's text. */
    static void expectOk(InputStream in) throws IOException {
        int status = in.read();
        switch (status) {
            case OK -> {}
            case -1 -> throw new ScpException(ScpException.Kind.CONNECTION_LOST, "the peer closed the channel");
            case ERROR, FATAL -> throw new ScpException(ScpException.Kind.REFUSED, readLine(in));
            default ->
                throw new ScpException(ScpException.Kind.PROTOCOL, "expected a status, got " + printable(status, in));
        }
    }

    /** The rest of a line after its first byte, without the {@code \n}. */
    static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new ScpException(ScpException.Kind.CONNECTION_LOST, "the channel ended inside a line");
            }
            if (line.size() == MAX_LINE) {
                throw new ScpException(ScpException.Kind.PROTOCOL, "line longer than " + MAX_LINE + " bytes");
            }
            line.write(b);
        }
        return line.toString(StandardCharsets.UTF_8);
    }

    static void ok(OutputStream out) throws IOException {
        out.write(OK);
        out.flush();
    }

    /** Sends an error status with {@code text}, as clients show it ({@code Privilege denied.}). */
    static void error(OutputStream out, String text) throws IOException {
        out.write(ERROR);
        out.write((text.replace('\n', ' ') + "\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    static void line(OutputStream out, String text) throws IOException {
        out.write((text + "\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** Copies exactly {@code size} bytes from {@code in} to {@code target}. */
    static void copy(InputStream in, long size, WritableByteChannel target) throws IOException {
        byte[] buffer = new byte[(int) Math.min(BUFFER, Math.max(size, 1))];
        long left = size;
        while (left > 0) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (n < 0) {
                throw new ScpException(
                        ScpException.Kind.CONNECTION_LOST,
                        "the channel ended after " + (size - left) + " of " + size + " bytes");
            }
            ByteBuffer chunk = ByteBuffer.wrap(buffer, 0, n);
            while (chunk.hasRemaining()) {
                target.write(chunk);
            }
            left -= n;
        }
    }

    /** Sends exactly {@code size} bytes of {@code source} to {@code out}; a short source fails. */
    static void copy(ReadableByteChannel source, long size, OutputStream out) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(BUFFER, Math.max(size, 1)));
        long left = size;
        while (left > 0) {
            buffer.clear().limit((int) Math.min(buffer.capacity(), left));
            int n = source.read(buffer);
            if (n < 0) {
                throw new IOException("the file ended after " + (size - left) + " of " + size + " bytes");
            }
            out.write(buffer.array(), 0, n);
            left -= n;
        }
        out.flush();
    }

    private static String printable(int first, InputStream in) throws IOException {
        return first >= ' ' && first < 127 ? "'" + (char) first + readLine(in) + "'" : "byte " + first;
    }
}
