package dev.iosemu.net.datagram;

import dev.iosemu.net.Ticker;
import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.nio.channels.DatagramChannel;

/** Real UDP on the host: each port is a {@link DatagramChannel}. Thread-safe and stateless. */
final class UdpNetwork implements DatagramNetwork {
    static final UdpNetwork SYSTEM = new UdpNetwork(Ticker.system());

    /** Socket buffers large enough for a window of large blocks, so a burst is not cut at its tail. */
    private static final int SOCKET_BUFFER_BYTES = 4 << 20;

    private final Ticker ticker;

    UdpNetwork(Ticker ticker) {
        this.ticker = java.util.Objects.requireNonNull(ticker, "ticker");
    }

    @Override
    public DatagramPort open(InetSocketAddress local) throws IOException {
        StandardProtocolFamily family =
                local.getAddress() instanceof Inet6Address ? StandardProtocolFamily.INET6 : StandardProtocolFamily.INET;
        DatagramChannel channel = DatagramChannel.open(family);
        try {
            channel.setOption(StandardSocketOptions.SO_RCVBUF, SOCKET_BUFFER_BYTES);
            channel.setOption(StandardSocketOptions.SO_SNDBUF, SOCKET_BUFFER_BYTES);
            channel.bind(local);
            return new UdpPort(channel, ticker);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }
}
