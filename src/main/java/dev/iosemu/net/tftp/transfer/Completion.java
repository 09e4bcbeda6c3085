package dev.iosemu.net.tftp.transfer;

import java.io.IOException;

/**
 * Work a {@link Receiver} does after the last block is written and before it acknowledges it (flushing,
 * committing a file), so that the final ACK means the data is stored.
 */
@FunctionalInterface
public interface Completion {
    /** Nothing to do. */
    Completion NONE = () -> {};

    void complete() throws IOException;
}
