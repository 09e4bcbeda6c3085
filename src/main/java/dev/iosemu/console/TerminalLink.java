package dev.iosemu.console;

import dev.iosemu.net.xmodem.XmodemLink;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.utils.NonBlockingInputStream;

/**
 * The local terminal as an XMODEM line: raw mode with no signal keys (a Ctrl-C byte inside a block must reach
 * the receiver, not stop iosemu), bytes read with a timeout, the old settings back at close. A terminal program
 * that can send XMODEM (GNU screen's {@code exec !! sx FILE}, minicom) then sends straight to the loader. Used
 * by the session thread only.
 */
final class TerminalLink implements XmodemLink {
    private final Terminal terminal;
    private final Attributes saved;
    private final DumbTty dumbTty; // null, or the tty under a dumb terminal, raw for the transfer
    private final Attributes ttySaved; // what dumbTty had before, or null
    private final InputStream in;
    private final OutputStream out;

    TerminalLink(Terminal terminal) {
        this(terminal, null);
    }

    /** A link over {@code terminal}, and over {@code dumbTty} (when not null): the tty a dumb terminal leaves alone. */
    TerminalLink(Terminal terminal, DumbTty dumbTty) {
        this.terminal = terminal;
        this.dumbTty = dumbTty;
        this.ttySaved = dumbTty == null ? null : dumbTty.raw().orElse(null);
        this.saved = terminal.enterRawMode();
        Attributes raw = terminal.getAttributes();
        raw.setLocalFlag(Attributes.LocalFlag.ISIG, false);
        raw.setInputFlag(Attributes.InputFlag.ISTRIP, false);
        raw.setInputFlag(Attributes.InputFlag.IXON, false);
        terminal.setAttributes(raw);
        this.in = terminal.input();
        this.out = terminal.output();
    }

    @Override
    public int read(Duration timeout) throws IOException {
        if (in instanceof NonBlockingInputStream nonBlocking) {
            int b = nonBlocking.read(Math.max(1, timeout.toMillis()));
            return b == NonBlockingInputStream.READ_EXPIRED ? TIMEOUT : b;
        }
        return in.read(); // a stream that cannot time out: wait for the sender
    }

    @Override
    public void write(byte... bytes) throws IOException {
        terminal.flush(); // text written before, then the raw bytes
        out.write(bytes);
        out.flush();
    }

    @Override
    public void close() {
        terminal.setAttributes(saved);
        if (ttySaved != null) {
            dumbTty.restore(ttySaved);
        }
    }
}
