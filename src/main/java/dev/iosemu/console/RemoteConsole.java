package dev.iosemu.console;

import dev.iosemu.cli.CliSession;
import dev.iosemu.cli.ConsoleIo;
import dev.iosemu.net.terminal.RemoteTerminal;
import dev.iosemu.net.terminal.WindowSize;
import java.io.IOException;
import java.util.Objects;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;

/**
 * A vty's console over a remote terminal (an SSH shell channel, a telnet connection): the same line editor as
 * the local console ({@link TerminalConsole}), on a JLine terminal fed from the connection's keystrokes by a
 * virtual thread. The client's window size sets the session's {@code terminal width}, an out-of-band interrupt
 * (telnet IP, SSH {@code signal INT}) is Ctrl-C, and a hang-up (a reload, {@code clear line}, an exec-timeout)
 * ends the connection.
 *
 * <p>Thread-safe as {@link TerminalConsole} is; the pump thread ends with the connection.
 */
public final class RemoteConsole {
    private static final int MAX_WIDTH = 512;

    private final RemoteTerminal remote;
    private final ChannelTerminal terminal;
    private final TerminalConsole console;

    private RemoteConsole(RemoteTerminal remote, ChannelTerminal terminal) {
        this.remote = remote;
        this.terminal = terminal;
        this.console = new TerminalConsole(terminal, this::hangUp, true);
    }

    /** A console over {@code remote}, reading its keystrokes from now on. */
    public static RemoteConsole over(RemoteTerminal remote) throws IOException {
        Objects.requireNonNull(remote, "remote");
        WindowSize size = remote.windowSize();
        ChannelTerminal terminal =
                new ChannelTerminal(remote.toString(), remote.output(), new Size(size.columns(), size.rows()));
        RemoteConsole console = new RemoteConsole(remote, terminal);
        Thread.ofVirtual().name(remote + " keys").start(() -> terminal.pump(remote.input()));
        remote.events().onSignal(signal -> terminal.raise(Terminal.Signal.INT));
        return console;
    }

    /** The session's end of this console. */
    public ConsoleIo io() {
        return console;
    }

    /**
     * Runs {@code session} until it ends: its terminal width follows the client's window (0 columns meaning
     * none), as IOS takes the width a client reports.
     */
    public void run(CliSession session) {
        applyWidth(session, remote.windowSize());
        remote.events().onWindowChange(size -> applyWidth(session, size));
        console.run(session);
    }

    private static void applyWidth(CliSession session, WindowSize size) {
        session.setTerminalWidth(Math.min(MAX_WIDTH, size.columns()));
    }

    /** Sends what is pending and ends the connection; the session's reads then see the end of input. */
    private void hangUp() {
        terminal.flush();
        terminal.flushScreen();
        remote.close();
    }
}
