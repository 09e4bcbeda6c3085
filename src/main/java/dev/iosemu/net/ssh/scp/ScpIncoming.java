package dev.iosemu.net.ssh.scp;

import java.io.IOException;
import java.nio.channels.WritableByteChannel;

/**
 * A file being received: written through {@link #channel()}, made visible by {@link #commit()} once every
 * byte arrived and the client confirmed; {@link #close()} without a commit discards it.
 */
public interface ScpIncoming extends AutoCloseable {
    WritableByteChannel channel();

    void commit() throws IOException;

    /** Discards the file unless committed; never throws. */
    @Override
    void close();
}
