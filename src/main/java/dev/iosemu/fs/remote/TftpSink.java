package dev.iosemu.fs.remote;

import dev.iosemu.fs.copy.RemoteSink;
import dev.iosemu.net.tftp.TftpClient;
import dev.iosemu.net.tftp.TftpException;
import dev.iosemu.net.tftp.TftpOptions;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.channels.ReadableByteChannel;
import java.util.Objects;

/**
 * A file written to a TFTP server (WRQ) straight from the copy engine's source, announcing its size
 * with {@code tsize}. Failures are {@link TftpException}s, except that what the source threw
 * (cancelled) is rethrown unchanged. Runs on the calling thread; interrupting it cancels the upload.
 *
 * @param client the client (bound to the source interface's address, if any)
 * @param server the real socket of the server
 * @param file the file name written on the server
 * @param options block size, window size, timeout and retries
 * @param events console progress and traces
 */
public record TftpSink(
        TftpClient client, InetSocketAddress server, String file, TftpOptions options, RemoteTransferEvents events)
        implements RemoteSink {
    public TftpSink {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(events, "events");
    }

    @Override
    public void upload(ReadableByteChannel source, long size) throws IOException {
        FailureLatch latch = new FailureLatch();
        TftpEventBridge bridge = new TftpEventBridge(events, null, latch);
        try {
            client.upload(server, file, GuardedChannels.reading(source, latch), size, options, bridge);
        } catch (TftpException e) {
            throw latch.choose(e);
        }
    }
}
