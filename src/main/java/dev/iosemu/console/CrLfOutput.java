package dev.iosemu.console;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.function.BooleanSupplier;

/**
 * The screen of a remote terminal: every line end goes out as CR LF, as a network virtual terminal wants it
 * (RFC 854) and as IOS sends it, whether it was written as LF or already as CR LF.
 *
 * <p>A flush is put off while {@code keysPending} says more typed keys wait to be handled: the line editor
 * flushes after every key it echoes, and a client that types a whole line at once (every script does) would
 * otherwise get a packet per character. Once the keys are handled, the next flush sends it all; {@link
 * #flushNow} does not wait. Not thread-safe; the terminal serialises its writes.
 */
final class CrLfOutput extends FilterOutputStream {
    private final BooleanSupplier keysPending;
    private boolean afterCr;

    CrLfOutput(OutputStream out, BooleanSupplier keysPending) {
        super(out);
        this.keysPending = keysPending;
    }

    /** An output that flushes whenever asked. */
    CrLfOutput(OutputStream out) {
        this(out, () -> false);
    }

    @Override
    public void flush() throws IOException {
        if (!keysPending.getAsBoolean()) {
            out.flush();
        }
    }

    /** Sends what is written, whatever keys are waiting. */
    void flushNow() throws IOException {
        out.flush();
    }

    @Override
    public void write(int b) throws IOException {
        if (b == '\n' && !afterCr) {
            out.write('\r');
        }
        out.write(b);
        afterCr = b == '\r';
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        byte[] converted = new byte[length * 2];
        int n = 0;
        for (int i = offset; i < offset + length; i++) {
            byte b = bytes[i];
            if (b == '\n' && !afterCr) {
                converted[n++] = '\r';
            }
            converted[n++] = b;
            afterCr = b == '\r';
        }
        out.write(converted, 0, n);
    }
}
