package dev.iosemu.net.ftp;

import java.io.IOException;
import java.net.Socket;
import org.apache.commons.net.ftp.FTPClient;
import org.apache.commons.net.ftp.FTPCmd;

/**
 * Commons Net's client with the data connection handed out as a {@link Socket}, so that the facade can
 * stream it with its own buffer, reset it to abort an upload, and close it to cancel.
 *
 * <p>Not thread-safe, like {@link FTPClient}; used by the {@link FtpClient}'s calling thread only.
 */
final class DataSocketClient extends FTPClient {
    private final TrackedSockets sockets;

    DataSocketClient(TrackedSockets sockets) {
        this.sockets = sockets;
        setSocketFactory(sockets.socketFactory());
        setServerSocketFactory(sockets.serverSocketFactory());
    }

    /**
     * Sends {@code command} with {@code path} over a fresh data connection; {@code null} when the server
     * refused (the reply is then in {@link #getReplyCode()}).
     */
    Socket openData(FTPCmd command, String path) throws IOException {
        Socket socket = _openDataConnection_(command, path);
        return socket == null ? null : sockets.register(socket);
    }
}
