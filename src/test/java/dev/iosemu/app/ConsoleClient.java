package dev.iosemu.app;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A minimal telnet client for a node's console port: answers the server's option greeting at once (it echoes
 * and suppresses go-ahead; no terminal type or window size), drops option bytes from what it reads, and reads
 * the text until an expected string, as an expect script would.
 */
public final class ConsoleClient implements AutoCloseable {
    private static final int IAC = 0xff;
    private static final int SB = 0xfa;
    private static final int SE = 0xf0;
    /** DO ECHO, DO SUPPRESS-GO-AHEAD, WONT TERMINAL-TYPE, WONT NAWS: the greeting answered in one go. */
    private static final byte[] ANSWER = {
        (byte) IAC,
        (byte) 0xfd,
        1,
        (byte) IAC,
        (byte) 0xfd,
        3,
        (byte) IAC,
        (byte) 0xfc,
        0x18,
        (byte) IAC,
        (byte) 0xfc,
        0x1f
    };

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private final ByteArrayOutputStream text = new ByteArrayOutputStream();

    public ConsoleClient(InetSocketAddress console) throws IOException {
        socket = new Socket(console.getAddress(), console.getPort());
        socket.setSoTimeout(30_000);
        in = socket.getInputStream();
        out = socket.getOutputStream();
        out.write(ANSWER);
        out.flush();
    }

    /** Sends {@code line} and a CR, as a terminal's Enter. */
    public void send(String line) throws IOException {
        out.write((line + "\r").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** Sends {@code keys} as typed, without an Enter (Ctrl-Shift-6 x, say). */
    public void type(String keys) throws IOException {
        out.write(keys.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** Reads until {@code expected} has been seen; returns everything read up to and including it. */
    public String readUntil(String expected) throws IOException {
        while (true) {
            String seen = text.toString(StandardCharsets.UTF_8);
            int at = seen.indexOf(expected);
            if (at >= 0) {
                text.reset();
                byte[] rest = seen.substring(at + expected.length()).getBytes(StandardCharsets.UTF_8);
                text.write(rest, 0, rest.length);
                return seen.substring(0, at + expected.length());
            }
            int b = in.read();
            if (b < 0) {
                throw new IOException("console closed before \"" + expected + "\"; read: " + seen);
            }
            if (b == IAC) {
                skipCommand();
            } else {
                text.write(b);
            }
        }
    }

    /** Opens the console line (RETURN) and waits for the user EXEC prompt {@code hostname>}. */
    public void login(String hostname) throws IOException {
        readUntil("Press RETURN to get started.");
        send("");
        readUntil(hostname + ">");
    }

    private void skipCommand() throws IOException {
        int command = in.read();
        if (command == SB) {
            int previous = 0;
            for (int b = in.read(); b >= 0 && !(previous == IAC && b == SE); b = in.read()) {
                previous = b;
            }
        } else if (command != IAC) {
            in.read(); // the option of WILL/WONT/DO/DONT
        } else {
            text.write(IAC); // an escaped 0xff data byte
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
