package dev.iosemu.net.tftp;

import dev.iosemu.net.Ticker;
import dev.iosemu.net.datagram.DatagramNetwork;
import dev.iosemu.net.tftp.transport.ServerEndpoint;
import java.io.Closeable;
import java.io.IOException;
import java.net.InetSocketAddress;

/**
 * A TFTP server: one thread (virtual unless {@link TftpServerConfig#platformListener()}) listens on the
 * configured port and dispatches each request to its own thread and ephemeral port. Thread-safe; {@link
 * #close()} stops listening and cancels running transfers.
 */
public final class TftpServer implements Closeable {

    private final ServerEndpoint endpoint;
    private final InetSocketAddress address;

    private TftpServer(ServerEndpoint endpoint) {
        this.endpoint = endpoint;
        this.address = endpoint.address();
    }

    /** Binds the listening UDP socket and starts serving {@code config.fileStore()}. */
    public static TftpServer start(TftpServerConfig config) throws IOException {
        return start(config, DatagramNetwork.udp(), Ticker.system());
    }

    /** Binds the listening port on {@code network} and serves there, timing retransmissions by {@code ticker}. */
    public static TftpServer start(TftpServerConfig config, DatagramNetwork network, Ticker ticker) throws IOException {
        return new TftpServer(ServerEndpoint.start(config, network, ticker));
    }

    /** The address actually bound (with the chosen port when the config asked for port 0). */
    public InetSocketAddress address() {
        return address;
    }

    /** Stops listening, aborts running transfers and waits briefly for their threads. Idempotent. */
    @Override
    public void close() {
        endpoint.close();
    }
}
