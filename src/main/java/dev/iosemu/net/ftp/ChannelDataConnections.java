package dev.iosemu.net.ftp;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.UnknownHostException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import org.apache.ftpserver.DataConnectionConfiguration;
import org.apache.ftpserver.DataConnectionException;
import org.apache.ftpserver.ftplet.DataConnection;
import org.apache.ftpserver.impl.FtpIoSession;
import org.apache.ftpserver.impl.ServerDataConnectionFactory;

/**
 * The data connections of one FTP server session (PASV/EPSV listen, PORT/EPRT connect), opened as socket
 * channels, so that a download can be written in large pieces or sent by the kernel straight from the file
 * (see {@link ChannelDataConnection}). Apache FtpServer's own factory opens plain sockets, which a transfer can
 * only write through its 4 KiB loop: 8 KiB sends, a read per 8 KiB, and bookkeeping per 4 KiB.
 *
 * <p>Same rules as Apache FtpServer's: one pending connection at a time, the passive ports and idle time of the
 * listener's configuration, and the passive IP check. No TLS: the server offers none.
 *
 * <p>Thread-safe: a session's command thread opens and uses the connection while ABOR or the session's end
 * may close it from another.
 */
final class ChannelDataConnections implements ServerDataConnectionFactory {
    private final FtpIoSession session;
    private ServerSocketChannel listening;
    private SocketChannel open;
    private InetAddress address;
    private int port;
    private long requestMillis;
    private boolean passive;
    private boolean secure;
    private boolean zip;
    private InetAddress controlAddress;

    ChannelDataConnections(FtpIoSession session) {
        this.session = session;
    }

    private DataConnectionConfiguration config() {
        return session.getListener().getDataConnectionConfiguration();
    }

    @Override
    public synchronized void initActiveDataConnection(InetSocketAddress client) {
        closeDataConnection();
        passive = false;
        address = client.getAddress();
        port = client.getPort();
        requestMillis = System.currentTimeMillis();
    }

    @Override
    public synchronized InetSocketAddress initPassiveDataConnection() throws DataConnectionException {
        closeDataConnection();
        refuseSecure();
        int requested = config().requestPassivePort();
        if (requested == -1) {
            throw new DataConnectionException("Cannot find an available passive port.");
        }
        port = requested;
        try {
            address = config().getPassiveAddress() == null ? controlAddress : resolve(config().getPassiveAddress());
            listening = ServerSocketChannel.open();
            listening.bind(new InetSocketAddress(address, requested));
            port = listening.socket().getLocalPort();
            listening.socket().setSoTimeout(config().getIdleTime() * 1000);
            passive = true;
            requestMillis = System.currentTimeMillis();
            return new InetSocketAddress(address, port);
        } catch (IOException | RuntimeException e) {
            if (listening == null) {
                config().releasePassivePort(requested); // closeDataConnection releases it with the listener
            }
            closeDataConnection();
            throw new DataConnectionException("Failed to initate passive data connection: " + e.getMessage(), e);
        }
    }

    private void refuseSecure() throws DataConnectionException {
        if (secure) {
            throw new DataConnectionException("Data connection SSL required but not configured.");
        }
    }

    /** The address {@code host} names, or {@code null} when none is configured. */
    private static InetAddress resolve(String host) throws DataConnectionException {
        if (host == null) {
            return null;
        }
        try {
            return InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw new DataConnectionException("Failed to resolve address", e);
        }
    }

    @Override
    public DataConnection openConnection() throws Exception {
        SocketChannel channel = connect();
        return channel == null ? null : new ChannelDataConnection(channel, session, this);
    }

    private synchronized SocketChannel connect() throws IOException, DataConnectionException {
        refuseSecure();
        try {
            open = passive ? accept() : dial();
            if (open != null) {
                open.socket().setSoTimeout(config().getIdleTime() * 1000);
            }
            return open;
        } catch (IOException | RuntimeException e) {
            closeDataConnection();
            throw e;
        }
    }

    /** The client's connection to the passive port, or {@code null} when it came from another address. */
    private SocketChannel accept() throws IOException {
        if (listening == null) {
            throw new IOException("no passive data connection was requested");
        }
        Socket accepted = listening.socket().accept(); // the socket's form honours the idle time
        SocketChannel channel = accepted.getChannel();
        InetAddress client = ((InetSocketAddress) session.getRemoteAddress()).getAddress();
        if (config().isPassiveIpCheck() && !accepted.getInetAddress().equals(client)) {
            channel.close();
            closeDataConnection();
            return null;
        }
        return channel;
    }

    private SocketChannel dial() throws IOException, DataConnectionException {
        SocketChannel channel = SocketChannel.open();
        try {
            channel.socket().setReuseAddress(true);
            InetAddress local = resolve(config().getActiveLocalAddress());
            if (local == null) {
                local = ((InetSocketAddress) session.getLocalAddress()).getAddress();
            }
            channel.bind(new InetSocketAddress(local, config().getActiveLocalPort()));
            channel.connect(new InetSocketAddress(address, port));
            return channel;
        } catch (IOException | RuntimeException | DataConnectionException e) {
            channel.close();
            throw e;
        }
    }

    /** Closes the open connection and the passive listener, if any; idempotent. */
    @Override
    public synchronized void closeDataConnection() {
        closeQuietly(open);
        open = null;
        if (listening != null) {
            closeQuietly(listening);
            listening = null;
            config().releasePassivePort(port);
        }
        requestMillis = 0;
    }

    private static void closeQuietly(java.nio.channels.Channel channel) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException ignored) {
            // closing to release: nothing to do if it fails
        }
    }

    @Override
    public synchronized boolean isTimeout(long nowMillis) {
        int idleMillis = config().getIdleTime() * 1000;
        return requestMillis != 0 && open == null && idleMillis != 0 && nowMillis - requestMillis >= idleMillis;
    }

    @Override
    public void dispose() {
        closeDataConnection();
    }

    @Override
    public synchronized InetAddress getInetAddress() {
        return address;
    }

    @Override
    public synchronized int getPort() {
        return port;
    }

    @Override
    public synchronized boolean isSecure() {
        return secure;
    }

    @Override
    public synchronized void setSecure(boolean secure) {
        this.secure = secure;
    }

    @Override
    public synchronized boolean isZipMode() {
        return zip;
    }

    @Override
    public synchronized void setZipMode(boolean zip) {
        this.zip = zip;
    }

    @Override
    public synchronized void setServerControlAddress(InetAddress address) {
        this.controlAddress = address;
    }
}
