package dev.iosemu.fs.remote;

import dev.iosemu.fs.copy.TransferListener;
import dev.iosemu.net.tftp.TftpTransferListener;
import java.io.IOException;
import java.util.OptionalLong;

/**
 * Turns the TFTP client's callbacks into {@link RemoteTransferEvents} and, for downloads, hands the
 * negotiated {@code tsize} to the copy engine so a file too large is refused before its first block.
 * Confined to the transferring thread.
 */
final class TftpEventBridge implements TftpTransferListener {
    private final RemoteTransferEvents events;
    private final StartOnce start;
    private final TransferListener sizeCheck;

    TftpEventBridge(RemoteTransferEvents events, TransferListener sizeCheck) {
        this.events = events;
        this.start = new StartOnce(events);
        this.sizeCheck = sizeCheck;
    }

    @Override
    public void onNegotiated(OptionalLong transferSize, int blockSize, int windowSize) throws IOException {
        if (transferSize.isPresent()) {
            sizeCheck.sizeKnown(transferSize.getAsLong());
        }
        start.start(transferSize);
    }

    @Override
    public void onBlock(int bytes) {
        start.start(OptionalLong.empty());
        events.transferred(bytes);
    }

    @Override
    public void onTimeout() {
        events.retransmitting();
    }

    @Override
    public boolean tracingPackets() {
        return events.tracing(TraceKind.PACKET);
    }

    @Override
    public void onPacket(Direction direction, String summary) {
        events.trace(TraceKind.PACKET, "TFTP: " + (direction == Direction.SENT ? "Sent " : "Received ") + summary);
    }

    /** Fires the start now unless data already started it. */
    void start(OptionalLong size) {
        start.start(size);
    }
}
