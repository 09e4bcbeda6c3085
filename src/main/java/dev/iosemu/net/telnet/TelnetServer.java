package dev.iosemu.net.telnet;

import dev.iosemu.net.LastResort;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A telnet server for remote consoles: accepts connections, negotiates options as IOS does, and hands
 * each connection to the caller's {@link TelnetHandler}.
 *
 * <p>Thread-safe. Accepting, reading each connection and serving it run on virtual threads, so an idle
 * server or connection holds no platform thread. {@link #close()} stops accepting and ends every
 * connection.
 */
public final class TelnetServer implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(TelnetServer.class.getName());

    private final ServerSocket listener;
    private final TelnetServerConfig config;
    private final TelnetHandler handler;
    private final Set<TelnetConnection> connections = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean closed = new AtomicBoolean();

    private TelnetServer(ServerSocket listener, TelnetServerConfig config, TelnetHandler handler) {
        this.listener = listener;
        this.config = config;
        this.handler = handler;
    }

    /**
     * Binds and starts accepting.
     *
     * @throws IOException when the address cannot be bound (the port is taken, say)
     */
    public static TelnetServer start(TelnetServerConfig config, TelnetHandler handler) throws IOException {
        ServerSocket listener = new ServerSocket();
        try {
            listener.bind(new InetSocketAddress(config.bindAddress(), config.port()));
        } catch (IOException e) {
            listener.close();
            throw new IOException(
                    "cannot listen for telnet on TCP " + config.bindAddress().getHostAddress() + ":" + config.port()
                            + ": " + e.getMessage(),
                    e);
        }
        TelnetServer server = new TelnetServer(listener, config, handler);
        LastResort.virtual("telnet-accept " + server.address().getPort()).start(server::acceptLoop);
        return server;
    }

    /** The address and port the server listens on. */
    public InetSocketAddress address() {
        return (InetSocketAddress) listener.getLocalSocketAddress();
    }

    private void acceptLoop() {
        while (!closed.get()) {
            try {
                accepted(listener.accept());
            } catch (SocketException e) {
                if (!closed.get()) {
                    LOG.log(System.Logger.Level.WARNING, "telnet listener failed", e);
                }
                return;
            } catch (IOException | RuntimeException e) {
                // one connection's trouble: the listener goes on accepting the next
                LOG.log(System.Logger.Level.WARNING, "telnet accept failed", e);
            }
        }
    }

    private void accepted(Socket socket) throws IOException {
        socket.setTcpNoDelay(true); // keystrokes are echoed one by one: no Nagle delay on the echo
        TelnetConnection connection = new TelnetConnection(socket);
        connections.add(connection);
        connection.events().onClose(() -> connections.remove(connection));
        if (closed.get()) {
            connection.close(); // raced close(): do not leave this one behind
            return;
        }
        LastResort.virtual(connection + " reader").start(connection::readLoop);
        LastResort.virtual(connection.toString()).start(() -> serve(connection));
    }

    private void serve(TelnetConnection connection) {
        try {
            connection.awaitNegotiation(config.negotiationTimeout());
            handler.serve(connection);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            if (connection.isOpen()) {
                LOG.log(System.Logger.Level.WARNING, "telnet handler failed on " + connection, e);
            }
        } finally {
            connection.close();
        }
    }

    /** Stops listening and closes every connection. Safe to call more than once, from any thread. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            listener.close();
        } catch (IOException e) {
            // closing anyway
        }
        connections.forEach(TelnetConnection::close);
    }
}
