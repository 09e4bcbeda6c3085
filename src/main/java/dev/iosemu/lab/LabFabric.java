package dev.iosemu.lab;

import dev.iosemu.net.StandardPort;
import dev.iosemu.net.datagram.DatagramNetwork;
import java.net.InetSocketAddress;
import java.util.Set;
import java.util.function.Supplier;

/**
 * How a lab carries its devices' datagrams: UDP on the host ({@link #host()}), where every device shares
 * the host's sockets and a device's own servers listen on loopback, or a modelled network between the
 * devices, where each device is a node with its own addresses. Thread-safe.
 */
public interface LabFabric {
    /** The host's UDP: a device's datagrams are real ones, its servers listen on loopback ports. */
    static LabFabric host() {
        return HostFabric.INSTANCE;
    }

    /**
     * Attaches a device whose own addresses, as its configuration and links have them now, {@code
     * ownAddresses} tells; returns the network the device sends and listens on.
     */
    DatagramNetwork attach(Supplier<Set<Ipv4Address>> ownAddresses);

    /**
     * Where a device's own server for {@code service} listens: on the host, loopback at {@code hostPort} (0
     * for a free port); on a modelled network, every address of the device at the service's standard port.
     */
    InetSocketAddress serverAddress(StandardPort service, int hostPort);
}
