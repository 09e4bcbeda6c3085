package dev.iosemu.net.ssh.scp;

import java.io.IOException;
import java.nio.channels.ReadableByteChannel;
import java.util.Objects;

/**
 * A file being sent: its {@code C} line and its bytes.
 *
 * @param header what the client is told first
 * @param content exactly {@code header.size()} bytes, closed by the server when sent
 */
public record ScpOutgoing(ScpHeader header, ReadableByteChannel content) implements AutoCloseable {
    public ScpOutgoing {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(content, "content");
    }

    @Override
    public void close() throws IOException {
        content.close();
    }
}
