package dev.iosemu.fs.remote;

import dev.iosemu.fs.copy.TransferListener;
import dev.iosemu.net.tftp.TftpClient;
import dev.iosemu.net.tftp.TftpException;
import dev.iosemu.net.tftp.TftpOptions;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * A file on a TFTP server, read straight into the copy engine's destination (RFC 1350 RRQ with the
 * options of {@link TftpOptions}) or written straight from its source (WRQ announcing its size with
 * {@code tsize}). On a read the announced {@code tsize} is checked against free space before the first
 * block is written. Failures are {@link TftpException}s, except that what our side threw (out of
 * space, cancelled) is rethrown unchanged. Each transfer runs on the calling thread; interrupting it
 * cancels the transfer.
 *
 * @param client the client (bound to the source interface's address, if any)
 * @param server the real socket of the server
 * @param file the file name on the server
 * @param options block size, window size, timeout and retries
 * @param events console progress and traces
 */
public record TftpFile(
        TftpClient client, InetSocketAddress server, String file, TftpOptions options, RemoteTransferEvents events)
        implements RemoteFile {
    public TftpFile {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(events, "events");
    }

    @Override
    public void transferTo(WritableByteChannel target, TransferListener listener) throws IOException {
        TftpEventBridge bridge = new TftpEventBridge(events, listener);
        try {
            client.download(server, file, target, options, bridge);
        } catch (TftpException e) {
            throw e.ownFailure().orElse(e);
        }
        // An empty file without options: the single empty block still means the file arrived.
        bridge.start(OptionalLong.of(0));
    }

    @Override
    public void upload(ReadableByteChannel source, long size) throws IOException {
        TftpEventBridge bridge = new TftpEventBridge(events, announced -> {});
        try {
            client.upload(server, file, source, size, options, bridge);
        } catch (TftpException e) {
            throw e.ownFailure().orElse(e);
        }
    }
}
