package dev.iosemu.lab;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A node as the network sees it at one moment: its interfaces, where it routes, whether it forwards IP
 * between its interfaces (a router) or is only a host on them (a switch, a server), its VLANs and what it
 * says in CDP. Immutable.
 *
 * @param ports its interfaces, in its order
 * @param routes connected subnets, static routes and the default gateway, for packets it sends or forwards
 * @param forwardsIp whether it routes packets between its interfaces
 * @param vlans the VLANs it switches (empty on a router)
 * @param cdp what it advertises in CDP, or empty when it runs no CDP ({@code no cdp run}, a server)
 */
public record NodeView(
        List<PortView> ports, RoutingTable routes, boolean forwardsIp, Set<Integer> vlans, Optional<CdpAdvert> cdp) {
    public NodeView {
        ports = List.copyOf(ports);
        Objects.requireNonNull(routes, "routes");
        vlans = Set.copyOf(vlans);
        Objects.requireNonNull(cdp, "cdp");
    }

    /** The interface of that full name. */
    public Optional<PortView> port(String name) {
        return ports.stream().filter(p -> p.name().equals(name)).findFirst();
    }
}
