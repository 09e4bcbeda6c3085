package dev.iosemu.fs.remote;

import dev.iosemu.fs.copy.TransferListener;
import dev.iosemu.net.ftp.FtpClient;
import dev.iosemu.net.ftp.FtpConnectionSettings;
import dev.iosemu.net.ftp.FtpException;
import java.io.IOException;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * A file on an FTP server, read straight into the copy engine's destination or written ({@code STOR})
 * straight from its source. A read logs in and asks {@code SIZE} first, so a file that does not fit is
 * refused before the data connection opens, then streams {@code RETR}. Failures are
 * {@link FtpException}s, except that what our side threw (out of space, cancelled) is rethrown
 * unchanged. Each transfer runs on the calling thread; interrupting it cancels the transfer.
 *
 * @param settings server socket, credentials, passive or active, source address, timeouts
 * @param path the path on the server, relative to the login directory unless it starts with /
 * @param events console progress and the control dialogue for {@code debug ip ftp}
 */
public record FtpFile(FtpConnectionSettings settings, String path, RemoteTransferEvents events) implements RemoteFile {
    public FtpFile {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(events, "events");
    }

    @Override
    public void transferTo(WritableByteChannel target, TransferListener listener) throws IOException {
        FtpEventBridge bridge = new FtpEventBridge(events);
        try (FtpClient client = FtpClient.connect(settings, bridge)) {
            OptionalLong size = client.size(path, bridge);
            if (size.isPresent()) {
                listener.sizeKnown(size.getAsLong());
                bridge.start(size);
            }
            client.retrieve(path, target, bridge);
            bridge.start(OptionalLong.of(0));
        }
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
