package dev.iosemu.net.tftp;

import java.io.IOException;
import java.util.OptionalLong;

/**
 * Progress callbacks of one transfer, called on the transfer's thread; every method defaults to doing
 * nothing, and {@link #NONE} is the do-nothing listener.
 */
public interface TftpTransferListener {
    /** A listener that ignores every event. */
    TftpTransferListener NONE = new TftpTransferListener() {};

    /** Whether a traced packet was sent to or received from the peer. */
    enum Direction {
        SENT,
        RECEIVED
    }

    /**
     * Options are settled, before the first payload byte is written or sent. Throwing aborts the transfer:
     * the peer is sent an ERROR (a {@link TftpException}'s code, else code 0) and the exception propagates.
     *
     * @param transferSize the size announced by tsize (RFC 2349), if any
     */
    default void onNegotiated(OptionalLong transferSize, int blockSize, int windowSize) throws IOException {}

    /** One new data block was delivered to the sink (download) or acknowledged by the peer (upload). */
    default void onBlock(int bytes) {}

    /** A timeout expired and the last packet(s) are being retransmitted. */
    default void onTimeout() {}

    /** A packet crossed the wire, summarised for a {@code debug tftp packets} trace. */
    default void onPacket(Direction direction, String summary) {}

    /**
     * Whether {@link #onPacket} wants packets now. Asked before each packet, so that a listener which traces
     * only while a debug switch is on (it may go on or off mid-transfer) costs no summary per packet while it
     * is off.
     */
    default boolean tracingPackets() {
        return true;
    }
}
