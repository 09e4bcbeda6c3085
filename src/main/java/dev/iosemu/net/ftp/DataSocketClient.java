package dev.iosemu.net.ftp;

import dev.iosemu.net.Ticker;
import java.io.IOException;
import java.io.Reader;
import java.net.Socket;
import java.time.Duration;
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
    private final Ticker ticker;
    private long replyNanos = Long.MAX_VALUE;
    private ReplyReader replies;

    DataSocketClient(TrackedSockets sockets, Ticker ticker) {
        this.sockets = sockets;
        this.ticker = ticker;
        setSocketFactory(sockets.socketFactory());
        setServerSocketFactory(sockets.serverSocketFactory());
    }

    /** How long one whole reply may take from when it is expected; set before connecting. */
    void setReplyTime(Duration time) {
        replyNanos = time.toNanos();
    }

    /** Reads the control connection through a {@link ReplyReader}, which bounds what a reply may hold. */
    @Override
    protected void _connectAction_(Reader socketIsReader) throws IOException {
        replies = new ReplyReader(ReplyReader.over(() -> _input_, this::getControlEncoding), ticker, replyNanos);
        super._connectAction_(replies);
    }

    @Override
    public int getReply() throws IOException {
        if (replies != null) {
            replies.startReply();
        }
        return super.getReply();
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
