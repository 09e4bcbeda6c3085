package dev.iosemu.net.ftp;

import java.io.Closeable;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.net.ServerSocketFactory;
import javax.net.SocketFactory;

/**
 * Makes the FTP client's sockets from NIO channels and remembers them, so that a blocked transfer ends
 * promptly when the calling thread is interrupted (an interruptible channel closes itself) or when another
 * thread cancels (it closes every socket still open).
 *
 * <p>Thread-safe: {@link #closeAll()} may run on any thread while the client's thread creates sockets.
 */
final class TrackedSockets {
    /** Sockets and server sockets created and not yet seen closed; a concurrent set, no lock needed. */
    private final Set<Closeable> open = ConcurrentHashMap.newKeySet();

    private volatile boolean closed;

    /** Closes every socket made so far and makes later ones start closed. */
    void closeAll() {
        closed = true;
        for (Closeable c : open) {
            try {
                c.close();
            } catch (IOException ignored) {
                // closing to cancel: a socket that fails to close is already unusable
            }
        }
    }

    /** Tracks a socket made elsewhere (the one accepted in active mode), closing it if already cancelled. */
    Socket register(Socket socket) throws IOException {
        return track(socket);
    }

    private <T extends Closeable> T track(T socket) throws IOException {
        open.removeIf(TrackedSockets::isClosed);
        open.add(socket);
        if (closed) {
            socket.close();
        }
        return socket;
    }

    private static boolean isClosed(Closeable c) {
        return c instanceof Socket s ? s.isClosed() : ((ServerSocket) c).isClosed();
    }

    SocketFactory socketFactory() {
        return new SocketFactory() {
            @Override
            public Socket createSocket() throws IOException {
                return track(SocketChannel.open().socket());
            }

            @Override
            public Socket createSocket(String host, int port) throws IOException {
                return connected(new InetSocketAddress(host, port), null);
            }

            @Override
            public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
                return connected(new InetSocketAddress(host, port), new InetSocketAddress(localHost, localPort));
            }

            @Override
            public Socket createSocket(InetAddress host, int port) throws IOException {
                return connected(new InetSocketAddress(host, port), null);
            }

            @Override
            public Socket createSocket(InetAddress host, int port, InetAddress localHost, int localPort)
                    throws IOException {
                return connected(new InetSocketAddress(host, port), new InetSocketAddress(localHost, localPort));
            }

            private Socket connected(InetSocketAddress remote, InetSocketAddress local) throws IOException {
                Socket socket = createSocket();
                if (local != null) {
                    socket.bind(local);
                }
                socket.connect(remote);
                return socket;
            }
        };
    }

    ServerSocketFactory serverSocketFactory() {
        return new ServerSocketFactory() {
            @Override
            public ServerSocket createServerSocket() throws IOException {
                return track(ServerSocketChannel.open().socket());
            }

            @Override
            public ServerSocket createServerSocket(int port) throws IOException {
                return createServerSocket(port, 1, null);
            }

            @Override
            public ServerSocket createServerSocket(int port, int backlog) throws IOException {
                return createServerSocket(port, backlog, null);
            }

            @Override
            public ServerSocket createServerSocket(int port, int backlog, InetAddress address) throws IOException {
                ServerSocket server = createServerSocket();
                server.bind(new InetSocketAddress(address, port), backlog);
                return server;
            }
        };
    }
}
