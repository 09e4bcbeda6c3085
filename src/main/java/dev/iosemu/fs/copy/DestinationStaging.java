package dev.iosemu.fs.copy;

import java.io.IOException;
import java.nio.channels.WritableByteChannel;

/** A destination being written: nothing is visible until {@link #commit}; {@link #abort} leaves no trace. */
interface DestinationStaging {
    /** Fails if {@code size} bytes cannot fit; called before the first byte whenever the size is known. */
    void reserve(long size) throws IOException;

    WritableByteChannel open() throws IOException;

    void commit() throws IOException;

    /** Discards everything written; never throws. */
    void abort();
}
