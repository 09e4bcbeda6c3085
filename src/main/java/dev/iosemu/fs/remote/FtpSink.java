package dev.iosemu.fs.remote;

import dev.iosemu.fs.copy.RemoteSink;
import dev.iosemu.net.ftp.FtpClient;
import dev.iosemu.net.ftp.FtpConnectionSettings;
import dev.iosemu.net.ftp.FtpException;
import java.io.IOException;
import java.nio.channels.ReadableByteChannel;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * A file written to an FTP server ({@code STOR}) straight from the copy engine's source. Failures are
 * {@link FtpException}s, except that what the source threw (cancelled) is rethrown unchanged. Runs on
 * the calling thread; interrupting it cancels the upload.
 *
 * @param settings server socket, credentials, passive or active, source address, timeouts
 * @param path the path written on the server
 * @param events console progress and the control dialogue for {@code debug ip ftp}
 */
public record FtpSink(FtpConnectionSettings settings, String path, RemoteTransferEvents events) implements RemoteSink {
    public FtpSink {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(events, "events");
    }

    @Override
    public void upload(ReadableByteChannel source, long size) throws IOException {
        FtpEventBridge bridge = new FtpEventBridge(events);
        try (FtpClient client = FtpClient.connect(settings, bridge)) {
            bridge.start(OptionalLong.of(size));
            client.store(path, source, bridge);
        }
    }
}
