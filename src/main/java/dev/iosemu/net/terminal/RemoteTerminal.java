package dev.iosemu.net.terminal;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.Optional;

/**
 * One remote terminal connection as a line editor sees it, whichever protocol (SSH, telnet) carries it:
 * the keystrokes and the screen as byte streams, the client's terminal type and window size, and the
 * out-of-band events the client sends beside its keystrokes.
 *
 * <p>Implementations are thread-safe: one thread may read {@link #input()} while another writes {@link
 * #output()} and a third calls {@link #close()}.
 */
public interface RemoteTerminal extends AutoCloseable {
    /** The keystrokes; end of stream when the client leaves or the connection is closed. */
    InputStream input();

    /** The screen; each {@code flush} sends what was written. */
    OutputStream output();

    /** The terminal type the client named ({@code vt100}, {@code xterm-256color}…), if it named one. */
    Optional<String> terminalType();

    /** The client's window size now; {@link WindowSize#DEFAULT} until it says. */
    WindowSize windowSize();

    /** Window changes, signals and the end of the connection. */
    TerminalEvents events();

    /** The client's address and port. */
    InetSocketAddress peer();

    /** The local address and port the client connected to. */
    InetSocketAddress local();

    /** Whether the connection is still up. */
    boolean isOpen();

    /** Ends the connection; the reader of {@link #input()} sees end of stream. Safe to call more than once. */
    @Override
    void close();
}
