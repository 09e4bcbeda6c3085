package dev.iosemu.fs.copy;

import java.io.IOException;
import java.nio.channels.ClosedByInterruptException;
import java.nio.channels.WritableByteChannel;
import java.util.OptionalLong;

/**
 * A file that a server of the device receives from a client (the SCP sink, a writable device TFTP
 * server): the inbound half of a copy, written through the same staging as {@link CopyEngine#copy}, so
 * it obeys the same rules. Opened by {@link CopyEngine#receive}, which refuses a read-only file system, a
 * virtual file or a directory at once, and a file whose announced size does not fit before any byte is
 * stored. The server writes every byte to {@link #channel()} (a write that runs out of space fails with
 * {@link dev.iosemu.fs.NotEnoughSpaceException}), then calls {@link #commit()} once the last byte
 * arrived; {@link #close()} without a commit (a failed or cut transfer) leaves the file system exactly as
 * it was. Confined to the receiving thread.
 */
public final class InboundWrite implements AutoCloseable {
    private final DestinationStaging staging;
    private final WritableByteChannel channel;
    private boolean finished; // committed or aborted; owned by the receiving thread

    private InboundWrite(DestinationStaging staging, WritableByteChannel channel) {
        this.staging = staging;
        this.channel = channel;
    }

    /** Checks {@code size}, when announced, against the destination and opens it; aborts on any failure. */
    static InboundWrite open(DestinationStaging staging, OptionalLong size) throws IOException {
        try {
            if (size.isPresent()) {
                staging.reserve(size.getAsLong());
            }
            return new InboundWrite(staging, staging.open());
        } catch (IOException | RuntimeException e) {
            staging.abort();
            throw e;
        }
    }

    /** Where the received bytes go, in order. */
    public WritableByteChannel channel() {
        return channel;
    }

    /**
     * Makes the received file visible under its name, replacing an older one, in one step (for
     * {@code running-config}: merges the text). A failed commit leaves the old file.
     */
    public void commit() throws IOException {
        if (finished) {
            throw new IllegalStateException("already committed or aborted");
        }
        try {
            staging.commit();
            finished = true;
        } catch (ClosedByInterruptException e) {
            close();
            throw e;
        }
    }

    /** Discards what was received unless committed; never throws. */
    @Override
    public void close() {
        if (!finished) {
            finished = true;
            staging.abort();
        }
    }
}
