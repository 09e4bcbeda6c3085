package dev.iosemu.net.datagram;

import java.io.Closeable;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;

/**
 * One bound datagram endpoint with UDP's promises: a datagram sent may be lost, duplicated or reordered on
 * its way, and arrives whole or not at all. Sending and receiving belong to one thread at a time; {@link
 * #close()} may come from any thread and ends a receive that is waiting.
 */
public interface DatagramPort extends Closeable {
    /** A receive timeout that waits until a datagram comes or the port is closed. */
    long FOREVER = Long.MAX_VALUE;

    /**
     * Sends the bytes between the buffer's position and limit as one datagram to {@code target}. A datagram
     * the network cannot take at once may be dropped, as UDP would; the protocol above recovers.
     *
     * @throws IOException the port is closed or the network refused the datagram outright
     */
    void send(ByteBuffer datagram, InetSocketAddress target) throws IOException;

    /**
     * Receives one datagram into {@code buffer} (cleared first, flipped on return), waiting at most {@code
     * timeoutNanos}, or {@link #FOREVER}. Returns early, with null, when the calling thread is interrupted
     * (its interrupt status kept).
     *
     * @return the sender, or null when no datagram came in time (the buffer's contents are then undefined)
     * @throws java.nio.channels.ClosedChannelException the port is closed, also while the receive waited
     */
    InetSocketAddress receive(ByteBuffer buffer, long timeoutNanos) throws IOException;

    /** The address and port this port is bound to (with the chosen port when 0 was asked for). */
    InetSocketAddress localAddress();

    /** Releases the port; idempotent. */
    @Override
    void close();
}
