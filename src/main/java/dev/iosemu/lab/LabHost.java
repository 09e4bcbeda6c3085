package dev.iosemu.lab;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A host in a lab network that is not a device: the lab server, with one interface ({@code eth0}), one
 * address, an optional gateway, and the servers on this machine that stand for its services. It answers ARP
 * and pings and runs no CDP. Thread-safe.
 */
public final class LabHost implements NetworkNode {
    /** The name of the host's one interface. */
    public static final String INTERFACE = "eth0";

    private final String name;
    private final ConnectedInterface address;
    private final Optional<Ipv4Address> gateway;
    private final Map<LabService, InetSocketAddress> services;
    private final MacAddress mac;
    private final AtomicBoolean carrier = new AtomicBoolean();

    private LabHost(
            String name,
            ConnectedInterface address,
            Optional<Ipv4Address> gateway,
            Map<LabService, InetSocketAddress> services,
            MacAddress mac) {
        this.name = name;
        this.address = address;
        this.gateway = gateway;
        this.services = Map.copyOf(services);
        this.mac = mac;
    }

    /**
     * A host named {@code name} at {@code address}/{@code mask}, sending other traffic to {@code gateway}, whose
     * {@code services} are served at the given sockets on this machine.
     */
    public static LabHost of(
            String name,
            Ipv4Address address,
            Ipv4Address mask,
            Optional<Ipv4Address> gateway,
            Map<LabService, InetSocketAddress> services) {
        Objects.requireNonNull(name, "name");
        if (!mask.isContiguousMask()) {
            throw new IllegalArgumentException("bad mask " + mask + " for host " + name);
        }
        ConnectedInterface eth0 = new ConnectedInterface(INTERFACE, address, mask, true);
        MacAddress mac = new MacAddress(0x0050_5600_0000L | Integer.toUnsignedLong(address.bits()) & 0xff_ffffL);
        return new LabHost(name, eth0, gateway, services, mac);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Optional<String> cableable(String typed) {
        return INTERFACE.equalsIgnoreCase(typed.trim()) ? Optional.of(INTERFACE) : Optional.empty();
    }

    @Override
    public NodeView view() {
        boolean up = carrier.get();
        ConnectedInterface eth0 = new ConnectedInterface(INTERFACE, address.address(), address.mask(), up);
        PortView port = new PortView(INTERFACE, mac, true, up, Optional.of(eth0), PortMode.routed(), false);
        RoutingTable routes = new RoutingTable(List.of(eth0), List.of(), gateway);
        return new NodeView(List.of(port), routes, false, java.util.Set.of(), Optional.empty());
    }

    @Override
    public void carrierChanged(String interfaceName, boolean up) {
        carrier.set(up);
    }

    /** A host's interface is never shut down. */
    @Override
    public void shutdown(String interfaceName, boolean shutdown) {
        throw new UnsupportedOperationException(name + " is a host; its interface cannot be shut down");
    }

    @Override
    public Optional<InetSocketAddress> serverSocket(LabService service) {
        return Optional.ofNullable(services.get(service));
    }
}
