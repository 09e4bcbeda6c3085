package dev.iosemu.net.datagram;

import dev.iosemu.net.Ticker;
import java.io.IOException;
import java.net.InetSocketAddress;

/** Where datagram ports come from: UDP on the host, or a modelled network between devices. Thread-safe. */
@FunctionalInterface
public interface DatagramNetwork {
    /** Real UDP sockets on the host, timed by the JVM's monotonic clock. */
    static DatagramNetwork udp() {
        return UdpNetwork.SYSTEM;
    }

    /** Real UDP sockets on the host whose brief reply polls are timed by {@code ticker}. */
    static DatagramNetwork udp(Ticker ticker) {
        return new UdpNetwork(ticker);
    }

    /**
     * Opens a port bound to {@code local}: a port of 0 picks a free one, and the wildcard address listens on
     * every address the network gives this host.
     *
     * @throws IOException the address is in use or cannot be bound
     */
    DatagramPort open(InetSocketAddress local) throws IOException;
}
