package dev.iosemu.net.ssh;

import dev.iosemu.net.LastResort;
import dev.iosemu.net.terminal.TerminalSignal;
import dev.iosemu.net.terminal.WindowSize;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.Optional;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.Signal;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;
import org.apache.sshd.server.session.ServerSession;

/**
 * MINA's side of one shell or exec channel: MINA sets the streams and starts it; it builds the {@link
 * SshSession}, relays window changes and interrupts, and runs the caller's handler on a virtual thread.
 *
 * <p>MINA calls the setters, then {@code start}, then (when the channel goes) {@code destroy}, on its I/O
 * threads; {@link #session} is volatile for the handler's thread.
 */
final class SessionCommand implements Command {
    private static final System.Logger LOG = System.getLogger(SessionCommand.class.getName());

    private final SshSessionHandler handler;
    private final SshRequest request;
    private InputStream in;
    private OutputStream out;
    private OutputStream err;
    private ExitCallback exitCallback;
    private volatile SshSession session;

    SessionCommand(SshSessionHandler handler, SshRequest request) {
        this.handler = handler;
        this.request = request;
    }

    @Override
    public void setInputStream(InputStream in) {
        this.in = in;
    }

    @Override
    public void setOutputStream(OutputStream out) {
        this.out = out;
    }

    @Override
    public void setErrorStream(OutputStream err) {
        this.err = err;
    }

    @Override
    public void setExitCallback(ExitCallback callback) {
        this.exitCallback = callback;
    }

    @Override
    public void start(ChannelSession channel, Environment env) {
        ServerSession connection = channel.getServerSession();
        SshSession.Setup setup = new SshSession.Setup(
                connection.getUsername(),
                (InetSocketAddress) connection.getClientAddress(),
                (InetSocketAddress) connection.getIoSession().getLocalAddress(),
                request,
                Optional.ofNullable(env.getEnv().get(Environment.ENV_TERM)),
                windowSize(env.getEnv()));
        SshSession started = new SshSession(setup, new WholeReads(in), out, err, new End(channel, exitCallback));
        session = started;
        env.addSignalListener((from, signal) -> started.windowChanged(windowSize(env.getEnv())), Signal.WINCH);
        env.addSignalListener((from, signal) -> started.signalled(TerminalSignal.INTERRUPT), Signal.INT);
        LastResort.virtual(started.toString()).start(() -> serve(started));
    }

    private void serve(SshSession started) {
        int status = 0;
        try {
            handler.serve(started);
        } catch (Exception | Error e) {
            status = 1;
            if (started.isOpen()) {
                LOG.log(System.Logger.Level.WARNING, "SSH session handler failed on " + started, e);
            }
        } finally {
            started.exit(status);
        }
    }

    @Override
    public void destroy(ChannelSession channel) {
        SshSession started = session;
        if (started != null) {
            started.channelClosed();
        }
    }

    /** The size in the pty request or the last window change; MINA keeps both in the environment. */
    private static WindowSize windowSize(Map<String, String> env) {
        return WindowSize.reported(number(env.get(Environment.ENV_COLUMNS)), number(env.get(Environment.ENV_LINES)));
    }

    private static long number(String value) {
        try {
            return value == null ? 0 : Long.parseLong(value);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Ends the channel through MINA's exit callback, the connection through its session. */
    private record End(ChannelSession channel, ExitCallback exitCallback) implements ChannelEnd {
        @Override
        public void exit(int status) {
            exitCallback.onExit(status);
        }

        // only once the client has closed the channel too: it has then taken the exit status, and its
        // own disconnect usually comes first, so it does not report the connection "closed by remote host"
        @Override
        public void disconnect() {
            channel.addCloseFutureListener(closed -> channel.getSession().close(false));
        }
    }

    /**
     * MINA's channel pipe reads a single byte while holding a monitor, which on JDK 21 pins the virtual
     * thread that waits there; reading one byte through the array form waits on its lock instead.
     */
    private static final class WholeReads extends FilterInputStream {
        private final byte[] one = new byte[1];

        WholeReads(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }
    }
}
