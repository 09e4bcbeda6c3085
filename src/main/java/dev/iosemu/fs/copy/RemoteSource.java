package dev.iosemu.fs.copy;

import java.io.IOException;
import java.nio.channels.WritableByteChannel;

/** A file on a remote server, streamed by a network client (TFTP, FTP) implemented elsewhere. */
public non-sealed interface RemoteSource extends CopySource {
    /**
     * Fetches the file and writes every byte, in order, to {@code target}. Calls
     * {@link TransferListener#sizeKnown} first when the server tells the size. Any exception from
     * {@code target} or the listener (out of space, cancelled) must end the transfer and propagate.
     */
    void transferTo(WritableByteChannel target, TransferListener listener) throws IOException;
}
