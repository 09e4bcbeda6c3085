package dev.iosemu.fs.copy;

import java.io.IOException;
import java.nio.channels.ReadableByteChannel;

/** A file on a remote server that an upload writes, implemented elsewhere over TFTP or FTP. */
public non-sealed interface RemoteSink extends CopyDestination {
    /**
     * Sends all of {@code source} ({@code size} bytes) to the server. Exceptions from {@code source}
     * (cancelled) must end the transfer and propagate.
     */
    void upload(ReadableByteChannel source, long size) throws IOException;
}
