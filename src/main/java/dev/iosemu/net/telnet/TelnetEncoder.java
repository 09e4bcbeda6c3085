package dev.iosemu.net.telnet;

import java.io.ByteArrayOutputStream;

/**
 * Turns screen bytes and commands into what goes on the wire (RFC 854): IAC doubled, and a CR not
 * followed by LF sent as CR NUL so the client does not take the next byte as part of a newline.
 *
 * <p>Not thread-safe: a CR at the end of one write waits for the next, so one connection's writer owns an
 * encoder, under its output lock.
 */
final class TelnetEncoder {
    private static final int IAC = TelnetCommand.IAC.code;
    private static final int CR = '\r';
    private static final int LF = '\n';

    private boolean pendingCr;

    /** The wire form of these screen bytes; a trailing CR is held until the next byte or {@link #flush}. */
    byte[] encode(byte[] bytes, int offset, int length) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(length + 8);
        for (int i = offset; i < offset + length; i++) {
            int b = bytes[i] & 0xff;
            if (pendingCr && b != LF) {
                out.write(0);
            }
            pendingCr = b == CR;
            out.write(b);
            if (b == IAC) {
                out.write(IAC);
            }
        }
        return out.toByteArray();
    }

    /** What must follow the bytes encoded so far before they are sent: the NUL after a trailing CR. */
    byte[] flush() {
        if (!pendingCr) {
            return new byte[0];
        }
        pendingCr = false;
        return new byte[] {0};
    }

    /** IAC verb option. */
    static byte[] negotiation(TelnetCommand verb, int option) {
        if (!verb.isVerb()) {
            throw new IllegalArgumentException("not an option verb: " + verb);
        }
        return new byte[] {(byte) IAC, (byte) verb.code, (byte) option};
    }

    /** IAC SB option payload IAC SE, with IAC in the payload doubled. */
    static byte[] subnegotiation(int option, byte... payload) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(payload.length + 6);
        out.write(IAC);
        out.write(TelnetCommand.SB.code);
        out.write(option);
        for (byte b : payload) {
            out.write(b);
            if ((b & 0xff) == IAC) {
                out.write(IAC);
            }
        }
        out.write(IAC);
        out.write(TelnetCommand.SE.code);
        return out.toByteArray();
    }
}
