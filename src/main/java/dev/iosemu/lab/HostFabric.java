package dev.iosemu.lab;

import dev.iosemu.net.StandardPort;
import dev.iosemu.net.datagram.DatagramNetwork;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Set;
import java.util.function.Supplier;

/** UDP on the host for every device; stateless. */
enum HostFabric implements LabFabric {
    INSTANCE;

    @Override
    public DatagramNetwork attach(Supplier<Set<Ipv4Address>> ownAddresses) {
        return DatagramNetwork.udp();
    }

    @Override
    public InetSocketAddress serverAddress(StandardPort service, int hostPort) {
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), hostPort);
    }
}
