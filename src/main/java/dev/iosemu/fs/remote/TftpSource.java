package dev.iosemu.fs.remote;

import dev.iosemu.fs.copy.RemoteSource;
import dev.iosemu.fs.copy.TransferListener;
import dev.iosemu.net.tftp.TftpClient;
import dev.iosemu.net.tftp.TftpException;
import dev.iosemu.net.tftp.TftpOptions;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.channels.WritableByteChannel;
import java.util.Objects;

/**
 * A file on a TFTP server read straight into the copy engine's destination (RFC 1350 RRQ with the
 * options of {@link TftpOptions}); the announced {@code tsize} is checked against free space before
 * the first block is written. Failures are {@link TftpException}s, except that what the destination
 * threw (out of space, cancelled) is rethrown unchanged. Each {@link #transferTo} runs on the calling
 * thread; interrupting it cancels the transfer.
 *
 * @param client the client (bound to the source interface's address, if any)
 * @param server the real socket of the server
 * @param file the file name the server is asked for
 * @param options block size, window size, timeout and retries
 * @param events console progress and traces
 */
public record TftpSource(
        TftpClient client, InetSocketAddress server, String file, TftpOptions options, RemoteTransferEvents events)
        implements RemoteSource {
    public TftpSource {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(events, "events");
    }

    @Override
    public void transferTo(WritableByteChannel target, TransferListener listener) throws IOException {
        FailureLatch latch = new FailureLatch();
        TftpEventBridge bridge = new TftpEventBridge(events, listener, latch);
        try {
            client.download(server, file, GuardedChannels.writing(target, latch), options, bridge);
        } catch (TftpException e) {
            throw latch.choose(e);
        }
        if (!bridge.started()) {
            // An empty file without options: the single empty block still means the file arrived.
            events.started(java.util.OptionalLong.of(0));
        }
    }
}
