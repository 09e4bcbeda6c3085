package dev.iosemu.net.telnet;

import dev.iosemu.net.terminal.WindowSize;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.time.Duration;
import org.apache.commons.net.telnet.EchoOptionHandler;
import org.apache.commons.net.telnet.InvalidTelnetOptionException;
import org.apache.commons.net.telnet.SuppressGAOptionHandler;
import org.apache.commons.net.telnet.TelnetClient;
import org.apache.commons.net.telnet.TerminalTypeOptionHandler;
import org.apache.commons.net.telnet.WindowSizeOptionHandler;

/**
 * A telnet client connection (Commons Net's option handling underneath), as a terminal program opens one: it
 * lets the server echo and suppress go-ahead, and tells it a terminal type and window size when asked. Reads
 * happen on the caller's thread (no reader thread of its own), so an idle connection holds no platform thread.
 *
 * <p>Thread-safe as its streams are: one thread may write while another reads.
 */
public final class TelnetClientLink implements Closeable {
    private final TelnetClient client;

    private TelnetClientLink(TelnetClient client) {
        this.client = client;
    }

    /**
     * Connects to {@code server} within {@code timeout}.
     *
     * @throws java.net.ConnectException when nothing listens there
     * @throws java.net.SocketTimeoutException when the connection is not made in time
     */
    public static TelnetClientLink connect(
            InetSocketAddress server, Duration timeout, String terminalType, WindowSize size) throws IOException {
        TelnetClient client = new TelnetClient();
        client.setReaderThread(false);
        client.setConnectTimeout((int) Math.min(Integer.MAX_VALUE, timeout.toMillis()));
        try {
            client.addOptionHandler(new EchoOptionHandler(false, false, false, true));
            client.addOptionHandler(new SuppressGAOptionHandler(true, true, true, true));
            client.addOptionHandler(new TerminalTypeOptionHandler(terminalType, false, false, true, false));
            client.addOptionHandler(
                    new WindowSizeOptionHandler(size.columns(), size.rows(), false, false, true, false));
        } catch (InvalidTelnetOptionException e) {
            throw new IllegalStateException("a standard telnet option was refused", e);
        }
        client.connect(server.getAddress(), server.getPort());
        return new TelnetClientLink(client);
    }

    /** What the server sends, its option negotiation taken out; end of stream when it closes. */
    public InputStream input() {
        return client.getInputStream();
    }

    /** To the server; {@code flush} sends what was written. */
    public OutputStream output() {
        return client.getOutputStream();
    }

    /** Ends the connection. */
    @Override
    public void close() throws IOException {
        if (client.isConnected()) {
            client.disconnect();
        }
    }
}
