package dev.iosemu.net.ftp;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.SocketChannel;
import org.apache.ftpserver.ftplet.DataConnection;
import org.apache.ftpserver.ftplet.DataType;
import org.apache.ftpserver.ftplet.FtpSession;
import org.apache.ftpserver.impl.DefaultFtpSession;
import org.apache.ftpserver.impl.FtpIoSession;
import org.apache.ftpserver.impl.IODataConnection;
import org.apache.ftpserver.usermanager.impl.TransferRateRequest;

/**
 * One open data connection. A binary download of a file ({@link FileInput}) is read from the file's channel
 * into one direct buffer and written to the socket's channel 256 KiB at a time: no copy through the heap,
 * and a 32nd of the reads and sends (and of their wake-ups of the receiver) of Apache FtpServer's own loop. The
 * kernel's {@link FileChannel#transferTo} would cost the server less still, but it hands the receiver pages
 * it has to read cold from the page cache, which made curl's downloads slower. Everything else (listings,
 * uploads, ASCII, MODE Z, rate limits) goes through Apache FtpServer's own loop.
 *
 * <p>Used by the session's command thread; {@link ChannelDataConnections#closeDataConnection} may close the
 * channel from another thread, which ends a transfer under way with an error.
 */
final class ChannelDataConnection implements DataConnection {
    /** Bytes per read and send at most: on loopback, 64 KiB pieces cost the server more CPU, 1 MiB no less. */
    private static final int PIECE = 256 * 1024;

    private final SocketChannel channel;
    private final FtpIoSession session;
    private final ChannelDataConnections connections;
    private final IODataConnection fallback;

    ChannelDataConnection(SocketChannel channel, FtpIoSession session, ChannelDataConnections connections) {
        this.channel = channel;
        this.session = session;
        this.connections = connections;
        this.fallback = new IODataConnection(channel.socket(), session, connections);
    }

    @Override
    public long transferFromClient(FtpSession ftpSession, OutputStream out) throws IOException {
        return fallback.transferFromClient(ftpSession, out);
    }

    @Override
    public long transferToClient(FtpSession ftpSession, InputStream in) throws IOException {
        if (in instanceof FileInput file && plainBinary(ftpSession)) {
            return send(ftpSession, file.channel());
        }
        return fallback.transferToClient(ftpSession, in);
    }

    @Override
    public void transferToClient(FtpSession ftpSession, String text) throws IOException {
        fallback.transferToClient(ftpSession, text);
    }

    private boolean plainBinary(FtpSession ftpSession) {
        if (ftpSession.getDataType() != DataType.BINARY || connections.isZipMode()) {
            return false;
        }
        TransferRateRequest rate = (TransferRateRequest) ftpSession.getUser().authorize(new TransferRateRequest());
        return rate == null || rate.getMaxDownloadRate() <= 0;
    }

    /** Sends the file from its position to its end, then closes the connection to mark the end of file. */
    private long send(FtpSession ftpSession, FileChannel file) throws IOException {
        long total = 0;
        try (channel) {
            // a small file takes a small buffer: direct memory goes back only when the collector runs
            ByteBuffer buffer = ByteBuffer.allocateDirect(Math.clamp(file.size() - file.position(), 1, PIECE));
            while (file.read(buffer) >= 0) {
                buffer.flip();
                int n = buffer.remaining();
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                buffer.clear();
                total += n;
                if (ftpSession instanceof DefaultFtpSession counted) {
                    counted.increaseWrittenDataBytes(n);
                }
                session.updateLastAccessTime(); // as Apache FtpServer's loop does, so a long transfer is not idle
            }
        } catch (IOException | RuntimeException e) {
            connections.closeDataConnection();
            throw e;
        }
        return total;
    }
}
