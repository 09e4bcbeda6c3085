package dev.iosemu.net.ssh;

import dev.iosemu.net.terminal.WindowSize;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.EnumSet;
import java.util.OptionalInt;
import org.apache.sshd.client.channel.ChannelSession;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.client.channel.PtyCapableChannelSession;

/**
 * An open shell or exec channel of an {@link SshClient}, as streams: what is written to {@link #stdin()}
 * reaches the remote command, what it prints comes out of {@link #stdout()} and {@link #stderr()}.
 *
 * <p>Thread-safe as MINA's channel is: one thread may write stdin while another reads stdout.
 */
public final class SshClientChannel implements AutoCloseable {
    private final ChannelSession channel;

    SshClientChannel(ChannelSession channel) {
        this.channel = channel;
    }

    /** To the remote command's input; each {@code flush} sends what was written, {@code close} sends EOF. */
    public OutputStream stdin() {
        return channel.getInvertedIn();
    }

    /** The remote command's output; end of stream when the channel closes. */
    public InputStream stdout() {
        return channel.getInvertedOut();
    }

    public InputStream stderr() {
        return channel.getInvertedErr();
    }

    /** Tells the server the terminal has a new size (a shell with a pty only). */
    public void resize(WindowSize size) throws IOException {
        if (!(channel instanceof PtyCapableChannelSession pty)) {
            throw new IllegalStateException("an exec channel has no terminal to resize");
        }
        pty.sendWindowChange(size.columns(), size.rows());
    }

    /**
     * Waits for the channel to close; returns the exit status the server sent, or empty if it sent none.
     *
     * @throws java.net.SocketTimeoutException when the channel is still open after {@code timeout}
     */
    public OptionalInt awaitClose(Duration timeout) throws java.net.SocketTimeoutException {
        if (!channel.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), timeout).contains(ClientChannelEvent.CLOSED)) {
            throw new java.net.SocketTimeoutException("channel still open after " + timeout);
        }
        Integer status = channel.getExitStatus();
        return status == null ? OptionalInt.empty() : OptionalInt.of(status);
    }

    /** Closes the channel at once; the connection stays. */
    @Override
    public void close() {
        channel.close(true);
    }
}
