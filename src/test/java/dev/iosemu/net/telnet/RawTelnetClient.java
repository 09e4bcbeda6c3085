package dev.iosemu.net.telnet;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/** A test client speaking raw bytes to a telnet server, reads bounded by a socket timeout. */
final class RawTelnetClient implements AutoCloseable {
    static final String GREETING = "fffb01" + "fffb03" + "fffd18" + "fffd1f";
    static final String AGREE = "fffd01" + "fffd03" + "fffb18" + "fffb1f";
    static final String REFUSE = "fffe01" + "fffe03" + "fffc18" + "fffc1f";
    static final String TERMINAL_TYPE_SEND = "fffa1801fff0";

    private static final HexFormat HEX = HexFormat.of();

    private final Socket socket;
    private final DataInputStream in;

    RawTelnetClient(InetSocketAddress server) throws IOException {
        socket = new Socket(server.getAddress(), server.getPort());
        socket.setSoTimeout(10_000);
        in = new DataInputStream(socket.getInputStream());
    }

    /** Connects, checks the greeting, agrees to everything and reports a terminal type and window size. */
    static RawTelnetClient agreeing(InetSocketAddress server, String type, int columns, int rows) throws IOException {
        RawTelnetClient client = new RawTelnetClient(server);
        client.expect(GREETING);
        client.send(AGREE);
        client.expect(TERMINAL_TYPE_SEND);
        client.send(windowSize(columns, rows) + terminalType(type));
        return client;
    }

    static String windowSize(int columns, int rows) {
        return "fffa1f" + String.format("%04x%04x", columns, rows) + "fff0";
    }

    static String terminalType(String type) {
        return "fffa1800" + HEX.formatHex(type.getBytes(StandardCharsets.US_ASCII)) + "fff0";
    }

    void send(String hex) throws IOException {
        socket.getOutputStream().write(HEX.parseHex(hex));
        socket.getOutputStream().flush();
    }

    void sendText(String text) throws IOException {
        send(HEX.formatHex(text.getBytes(StandardCharsets.US_ASCII)));
    }

    /** Reads exactly as many bytes as {@code hex} holds and returns them in hex. */
    String read(int count) throws IOException {
        byte[] bytes = new byte[count];
        in.readFully(bytes);
        return HEX.formatHex(bytes);
    }

    void expect(String hex) throws IOException {
        String got = read(hex.length() / 2);
        if (!got.equals(hex)) {
            throw new AssertionError("expected " + hex + " but read " + got);
        }
    }

    /** Reads until {@code text} has arrived, returning everything read. */
    String readUntil(String text) throws IOException {
        ByteArrayOutputStream seen = new ByteArrayOutputStream();
        while (!seen.toString(StandardCharsets.ISO_8859_1).contains(text)) {
            int b = in.read();
            if (b < 0) {
                throw new AssertionError("end of stream before " + text + " in " + seen);
            }
            seen.write(b);
        }
        return seen.toString(StandardCharsets.ISO_8859_1);
    }

    /** Reads to end of stream, returning what came before it. */
    String readToEnd() throws IOException {
        return HEX.formatHex(in.readAllBytes());
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
