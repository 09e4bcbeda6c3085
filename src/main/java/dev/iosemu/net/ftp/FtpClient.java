package dev.iosemu.net.ftp;

import dev.iosemu.net.Ticker;
import dev.iosemu.net.TransferLog;
import dev.iosemu.net.ftp.FtpFailure.Step;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.util.Objects;
import java.util.OptionalLong;
import org.apache.commons.net.ftp.FTP;
import org.apache.commons.net.ftp.FTPCmd;
import org.apache.commons.net.ftp.FTPConnectionClosedException;
import org.apache.commons.net.ftp.FTPReply;

/**
 * The device's FTP client (RFC 959, binary image type only): connects and logs in, then asks sizes,
 * retrieves and stores files by streaming them through one fixed buffer, so memory stays constant
 * whatever the file size.
 *
 * <p>Not thread-safe: one thread at a time runs its operations. {@link #cancel()} is the exception: any
 * thread may call it to abort the operation in progress. Interrupting the thread running an operation
 * cancels it too; the interrupt status is left set. A cancelled client throws
 * {@link FtpException.Kind#CANCELLED} and must then be closed. After any other failed transfer the
 * control connection may be out of step with the server, so close the client and connect anew (the
 * device opens one session per copy, as IOS does); NOT_FOUND and PERMISSION_DENIED leave it usable.
 */
public final class FtpClient implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(FtpClient.class.getName());
    /** Large enough that a loopback transfer is not limited by per-chunk overhead. */
    static final int BUFFER_SIZE = 256 * 1024;

    private final TrackedSockets sockets = new TrackedSockets();
    private final Ticker ticker = Ticker.system();
    private final DataSocketClient ftp = new DataSocketClient(sockets, ticker);
    private final ControlTrace trace = new ControlTrace();
    /** The transfer buffer; used by the calling thread only. */
    private final byte[] buffer = new byte[BUFFER_SIZE];

    /** How long a data connection write may wait; set at connect, by the calling thread. */
    private long dataTimeoutNanos;

    /** Set by {@link #cancel()} on any thread. */
    private volatile boolean cancelled;
    /** The server as the log names it ({@code 127.0.0.1:2121}); set once by {@link #connect}. */
    private String server = "";

    private FtpClient() {
        ftp.addProtocolCommandListener(trace);
    }

    /**
     * Connects to the server, logs in and selects binary type and the data connection mode.
     *
     * @param listener sees the login dialogue (for {@code debug ip ftp}); {@code null} for none
     */
    public static FtpClient connect(FtpConnectionSettings settings, FtpTransferListener listener) throws FtpException {
        Objects.requireNonNull(settings, "settings");
        FtpClient client = new FtpClient();
        client.server = settings.host() + ":" + settings.port();
        client.trace.listenWith(listener);
        TransferLog log =
                TransferLog.started(LOG, "FTP client login as " + settings.username() + " to " + client.server);
        try {
            client.open(settings);
            log.completed();
            return client;
        } catch (FtpException e) {
            log.failed(e);
            client.sockets.closeAll();
            throw e;
        }
    }

    private void open(FtpConnectionSettings settings) throws FtpException {
        ftp.setConnectTimeout(Math.toIntExact(settings.connectTimeout().toMillis()));
        ftp.setDefaultTimeout(Math.toIntExact(settings.dataTimeout().toMillis()));
        ftp.setDataTimeout(settings.dataTimeout());
        dataTimeoutNanos = settings.dataTimeout().toNanos();
        ftp.setReplyTime(
                settings.dataTimeout().compareTo(settings.connectTimeout()) > 0
                        ? settings.dataTimeout()
                        : settings.connectTimeout());
        settings.localAddress().ifPresent(ftp::setPassiveLocalIPAddress);
        call(Step.CONNECT, () -> {
            if (settings.localAddress().isPresent()) {
                ftp.connect(
                        settings.host(),
                        settings.port(),
                        settings.localAddress().get(),
                        0);
            } else {
                ftp.connect(settings.host(), settings.port());
            }
            return null;
        });
        requirePositive(Step.CONNECT, FTPReply.isPositiveCompletion(ftp.getReplyCode()));
        requirePositive(Step.LOGIN, call(Step.LOGIN, () -> ftp.login(settings.username(), settings.password())));
        requirePositive(Step.CONNECT, call(Step.CONNECT, () -> ftp.setFileType(FTP.BINARY_FILE_TYPE)));
        selectDataMode(settings);
    }

    private void selectDataMode(FtpConnectionSettings settings) throws FtpException {
        if (settings.passive()) {
            ftp.enterLocalPassiveMode();
            return;
        }
        ftp.enterLocalActiveMode();
        if (settings.activeAddress().isPresent()) {
            String address = settings.activeAddress().get().getHostAddress();
            call(Step.CONNECT, () -> {
                ftp.setActiveExternalIPAddress(address);
                return null;
            });
        }
    }

    /**
     * The size of a remote file (SIZE, RFC 3659), or empty when the server does not implement SIZE.
     *
     * @throws FtpException {@link FtpException.Kind#NOT_FOUND} when the file does not exist
     */
    public OptionalLong size(String path) throws FtpException {
        return size(path, FtpTransferListener.NONE);
    }

    /** {@link #size(String)}, showing the dialogue to {@code listener} ({@code null} for none). */
    public OptionalLong size(String path, FtpTransferListener listener) throws FtpException {
        Objects.requireNonNull(path, "path");
        return operation(listener, Step.SIZE, () -> {
            int code = ftp.sendCommand(FTPCmd.SIZE, path);
            if (code == FTPReply.FILE_STATUS) {
                return OptionalLong.of(parseSize(ftp.getReplyString()));
            }
            if (code == 500 || code == 502 || code == 504) {
                return OptionalLong.empty();
            }
            throw FtpFailure.ofReply(Step.SIZE, code, ftp.getReplyString(), 0);
        });
    }

    private static long parseSize(String reply) throws FtpException {
        try {
            return Long.parseLong(ControlTrace.replyText(reply).trim());
        } catch (NumberFormatException e) {
            throw new FtpException(FtpException.Kind.OTHER, FTPReply.FILE_STATUS, reply.trim(), 0, e);
        }
    }

    /**
     * Downloads {@code path} (RETR) into {@code sink}, which is left open.
     *
     * @param listener sees the bytes and the dialogue of this transfer; {@code null} for none
     * @return the number of bytes received
     * @throws FtpException when the server or the connection fails
     * @throws IOException unchanged from {@code sink} when writing locally fails
     */
    public long retrieve(String path, WritableByteChannel sink, FtpTransferListener listener) throws IOException {
        Objects.requireNonNull(sink, "sink");
        return retrieve(path, (b, n) -> writeFully(sink, ByteBuffer.wrap(b, 0, n)), listener);
    }

    /** Downloads {@code path} (RETR) into {@code sink}, which is left open; see the channel variant. */
    public long retrieve(String path, OutputStream sink, FtpTransferListener listener) throws IOException {
        Objects.requireNonNull(sink, "sink");
        return retrieve(path, (b, n) -> sink.write(b, 0, n), listener);
    }

    /**
     * Uploads {@code source} to {@code path} (STOR) until the source ends; the source is left open.
     *
     * @param listener sees the bytes and the dialogue of this transfer; {@code null} for none
     * @return the number of bytes sent
     * @throws FtpException when the server or the connection fails
     * @throws IOException unchanged from {@code source} when reading locally fails (the upload is aborted)
     */
    public long store(String path, ReadableByteChannel source, FtpTransferListener listener) throws IOException {
        Objects.requireNonNull(source, "source");
        return store(path, b -> source.read(ByteBuffer.wrap(b)), listener);
    }

    /** Uploads {@code source} to {@code path} (STOR); see the channel variant. */
    public long store(String path, InputStream source, FtpTransferListener listener) throws IOException {
        Objects.requireNonNull(source, "source");
        return store(path, b -> source.read(b, 0, b.length), listener);
    }

    private long retrieve(String path, Transfer.Sink sink, FtpTransferListener listener) throws IOException {
        Objects.requireNonNull(path, "path");
        return dataOperation(listener, Step.RETRIEVE, FTPCmd.RETR, path, (t, data) -> t.download(data, sink));
    }

    private long store(String path, Transfer.Source source, FtpTransferListener listener) throws IOException {
        Objects.requireNonNull(path, "path");
        return dataOperation(listener, Step.STORE, FTPCmd.STOR, path, (t, data) -> t.upload(data, source));
    }

    /** Moves one file over a data connection with {@code body}, then reads the server's final reply. */
    private long dataOperation(FtpTransferListener listener, Step step, FTPCmd command, String path, DataBody body)
            throws IOException {
        FtpTransferListener target = listener == null ? FtpTransferListener.NONE : listener;
        TransferLog log = TransferLog.started(LOG, "FTP client " + command + " " + path + " on " + server);
        try {
            long moved = operation(target, step, () -> {
                Socket data = ftp.openData(command, path);
                if (data == null) {
                    throw FtpFailure.ofReply(step, ftp.getReplyCode(), ftp.getReplyString(), 0);
                }
                long bytes = body.run(
                        new Transfer(step, buffer, target, this::cancelRequested, ticker, dataTimeoutNanos), data);
                if (!completePendingCommand(step, bytes)) {
                    throw FtpFailure.ofReply(step, ftp.getReplyCode(), ftp.getReplyString(), bytes);
                }
                return bytes;
            });
            log.completed(moved);
            return moved;
        } catch (Transfer.LocalFailure e) {
            log.failed(e.getCause());
            throw e.getCause();
        } catch (FtpException e) {
            log.failed(e);
            throw e;
        }
    }

    private boolean completePendingCommand(Step step, long bytes) throws FtpException {
        try {
            return ftp.completePendingCommand();
        } catch (IOException e) {
            throw failure(step, e, bytes);
        }
    }

    /** The data phase of one operation. */
    private interface DataBody {
        long run(Transfer transfer, Socket data) throws FtpException;
    }

    private <T> T operation(FtpTransferListener listener, Step step, Transfer.IoCall<T> body) throws FtpException {
        trace.listenWith(listener);
        try {
            if (cancelRequested()) {
                throw FtpFailure.ofIo(step, new IOException("cancelled"), true, 0);
            }
            return call(step, body);
        } catch (FtpException e) {
            if (e.kind() == FtpException.Kind.CANCELLED) {
                cancel();
            }
            throw e;
        } finally {
            trace.listenWith(FtpTransferListener.NONE);
        }
    }

    private <T> T call(Step step, Transfer.IoCall<T> body) throws FtpException {
        try {
            return body.call();
        } catch (IOException e) {
            throw failure(step, e, 0);
        }
    }

    /** Maps an I/O failure, keeping the 421 reply Commons Net turns into a closed-connection exception. */
    private FtpException failure(Step step, IOException e, long bytes) {
        if (e instanceof FTPConnectionClosedException && ftp.getReplyCode() == FTPReply.SERVICE_NOT_AVAILABLE) {
            return FtpFailure.ofReply(step, ftp.getReplyCode(), ftp.getReplyString(), bytes);
        }
        return FtpFailure.ofIo(step, e, cancelRequested(), bytes);
    }

    private void requirePositive(Step step, boolean positive) throws FtpException {
        if (!positive) {
            throw FtpFailure.ofReply(step, ftp.getReplyCode(), ftp.getReplyString(), 0);
        }
    }

    private static void writeFully(WritableByteChannel sink, ByteBuffer chunk) throws IOException {
        while (chunk.hasRemaining()) {
            sink.write(chunk);
        }
    }

    boolean cancelRequested() {
        return cancelled || Thread.currentThread().isInterrupted();
    }

    /**
     * Aborts the operation in progress, if any, by closing its sockets; it then throws
     * {@link FtpException.Kind#CANCELLED}. Safe to call from any thread, more than once.
     */
    public void cancel() {
        cancelled = true;
        sockets.closeAll();
    }

    /** Logs out (QUIT) when still connected and closes every socket; never throws. */
    @Override
    public void close() {
        try {
            if (!cancelled && ftp.isConnected()) {
                ftp.logout();
            }
        } catch (IOException ignored) {
            // the server may already be gone; closing the sockets below is all that matters
        } finally {
            sockets.closeAll();
        }
    }
}
