package dev.iosemu.net.tftp.transfer;

import java.nio.ByteBuffer;

/**
 * Where a state machine puts its effects, datagrams to send to the peer and the retransmission timer, and
 * reads the time.
 */
public interface Outbox {

    /**
     * Sends the bytes between the datagram's position and limit to the peer before returning; the machine
     * may reuse the buffer afterwards.
     */
    void send(ByteBuffer datagram);

    /** (Re)arms the single timer of the transfer to fire after {@code nanos}, replacing any earlier deadline. */
    void armTimer(long nanos);

    /** The transport's monotonic clock, by which the machine times its peer's round trips. */
    long nanos();
}
