package dev.iosemu.net.tftp;

import java.io.Closeable;
import java.io.IOException;
import java.net.InetSocketAddress;

/**
 * A TFTP server: one thread listens on the configured UDP port and dispatches each request to its own
 * thread and ephemeral socket. Thread-safe; {@link #close()} stops listening and cancels running transfers.
 */
public final class TftpServer implements Closeable {

    private TftpServer() {}

    /** Binds the listening socket and starts serving {@code config.fileStore()}. */
    public static TftpServer start(TftpServerConfig config) throws IOException {
        throw new UnsupportedOperationException("not implemented yet");
    }

    /** The address actually bound (with the chosen port when the config asked for port 0). */
    public InetSocketAddress address() {
        throw new UnsupportedOperationException("not implemented yet");
    }

    /** Stops listening, aborts running transfers and waits briefly for their threads. Idempotent. */
    @Override
    public void close() {}
}
