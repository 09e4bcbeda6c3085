package dev.iosemu.fs.copy;

import java.io.IOException;

/** What a remote transfer tells the copy engine besides the bytes themselves. */
public interface TransferListener {
    /**
     * The remote end announced the size (TFTP {@code tsize}, FTP {@code SIZE}) before the first byte.
     * Throws {@link dev.iosemu.fs.NotEnoughSpaceException} when the destination cannot hold it; the
     * remote source must then abandon the transfer and rethrow.
     */
    void sizeKnown(long bytes) throws IOException;
}
