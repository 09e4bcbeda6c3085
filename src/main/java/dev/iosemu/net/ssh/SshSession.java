package dev.iosemu.net.ssh;

import dev.iosemu.net.terminal.RemoteTerminal;
import dev.iosemu.net.terminal.TerminalEvents;
import dev.iosemu.net.terminal.TerminalListeners;
import dev.iosemu.net.terminal.TerminalSignal;
import dev.iosemu.net.terminal.WindowSize;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One shell or exec channel of an authenticated SSH connection, as its handler sees it: a {@link
 * RemoteTerminal} (the terminal type and size come from the client's pty request, if it made one) plus the
 * user, what the client asked to run, the error stream and the exit status.
 *
 * <p>Thread-safe, as {@link RemoteTerminal} says.
 */
public final class SshSession implements RemoteTerminal {
    private final String user;
    private final InetSocketAddress peer;
    private final InetSocketAddress local;
    private final SshRequest request;
    private final String terminalType;
    private final InputStream input;
    private final OutputStream output;
    private final OutputStream error;
    private final ChannelEnd end;
    private final TerminalListeners listeners = new TerminalListeners();
    private final AtomicBoolean ended = new AtomicBoolean();
    private volatile WindowSize windowSize;

    /** The facts of a channel as the client set it up. */
    record Setup(
            String user,
            InetSocketAddress peer,
            InetSocketAddress local,
            SshRequest request,
            Optional<String> terminalType,
            WindowSize windowSize) {}

    SshSession(Setup setup, InputStream input, OutputStream output, OutputStream error, ChannelEnd end) {
        this.user = setup.user();
        this.peer = setup.peer();
        this.local = setup.local();
        this.request = setup.request();
        this.terminalType = setup.terminalType().orElse(null);
        this.windowSize = setup.windowSize();
        this.input = Objects.requireNonNull(input, "input");
        this.output = Objects.requireNonNull(output, "output");
        this.error = Objects.requireNonNull(error, "error");
        this.end = end;
    }

    /** The name the client logged in with. */
    public String user() {
        return user;
    }

    /** A shell, or one command. */
    public SshRequest request() {
        return request;
    }

    /** The channel's error stream (SSH extended data), which clients show apart from the output. */
    public OutputStream error() {
        return error;
    }

    /**
     * Ends this channel with an exit status (after what was written has been sent); the SSH connection
     * stays up for its other channels. Later calls do nothing.
     */
    public void exit(int status) {
        if (ended.compareAndSet(false, true)) {
            flushQuietly();
            end.exit(status);
        }
    }

    /** Ends the channel (status 0 if it is still open) and the whole SSH connection. */
    @Override
    public void close() {
        exit(0);
        end.disconnect();
    }

    @Override
    public InputStream input() {
        return input;
    }

    @Override
    public OutputStream output() {
        return output;
    }

    @Override
    public Optional<String> terminalType() {
        return Optional.ofNullable(terminalType);
    }

    @Override
    public WindowSize windowSize() {
        return windowSize;
    }

    @Override
    public TerminalEvents events() {
        return listeners;
    }

    @Override
    public InetSocketAddress peer() {
        return peer;
    }

    @Override
    public InetSocketAddress local() {
        return local;
    }

    @Override
    public boolean isOpen() {
        return !ended.get() && !listeners.isClosed();
    }

    void windowChanged(WindowSize size) {
        windowSize = size;
        listeners.windowChanged(size);
    }

    void signalled(TerminalSignal signal) {
        listeners.signalled(signal);
    }

    /** The channel is gone, whoever closed it. */
    void channelClosed() {
        ended.set(true);
        listeners.closed();
    }

    private void flushQuietly() {
        try {
            output.flush();
            error.flush();
        } catch (IOException e) {
            // the channel is already going; what could not be sent is lost with it
        }
    }

    @Override
    public String toString() {
        return "ssh " + user + "@" + peer.getAddress().getHostAddress() + ":" + peer.getPort() + " " + request;
    }
}
