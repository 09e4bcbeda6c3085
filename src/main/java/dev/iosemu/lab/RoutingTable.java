package dev.iosemu.lab;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Decides whether a destination is reachable and through which interface: connected subnets of up
 * interfaces first, then the longest matching static route whose next hop is itself connected, then
 * the default gateway (a switch's {@code ip default-gateway}). Immutable; build a new one per lookup
 * when the configuration changes.
 */
public final class RoutingTable {
    private final List<ConnectedInterface> interfaces;
    private final List<StaticRoute> routes;
    private final Optional<Ipv4Address> defaultGateway;

    public RoutingTable(
            List<ConnectedInterface> interfaces, List<StaticRoute> routes, Optional<Ipv4Address> defaultGateway) {
        this.interfaces = List.copyOf(interfaces);
        this.routes = List.copyOf(routes);
        this.defaultGateway = defaultGateway;
    }

    /** The egress towards {@code destination}, or empty when IOS would have no route. */
    public Optional<Egress> lookup(Ipv4Address destination) {
        return nextHop(destination).map(hop -> new Egress(hop.interfaceName(), hop.source()));
    }

    /**
     * Where a packet to {@code destination} goes next: out of which interface, from which address, and to which
     * neighbour (the destination itself on a connected subnet, else the route's gateway).
     */
    Optional<NextHop> nextHop(Ipv4Address destination) {
        Optional<NextHop> connected = connected(destination, destination);
        if (connected.isPresent()) {
            return connected;
        }
        Optional<NextHop> routed = routes.stream()
                .filter(route -> route.matches(destination))
                .sorted(Comparator.comparingInt((StaticRoute r) -> r.mask().prefixLength())
                        .reversed())
                .map(route -> connected(route.nextHop(), route.nextHop()))
                .flatMap(Optional::stream)
                .findFirst();
        if (routed.isPresent()) {
            return routed;
        }
        return defaultGateway.flatMap(gateway -> connected(gateway, gateway));
    }

    /** The connected interfaces, up or not. */
    List<ConnectedInterface> interfaces() {
        return interfaces;
    }

    private Optional<NextHop> connected(Ipv4Address destination, Ipv4Address neighbour) {
        return interfaces.stream()
                .filter(candidate -> candidate.connects(destination))
                .max(Comparator.comparingInt(candidate -> candidate.mask().prefixLength()))
                .map(candidate -> new NextHop(candidate.name(), candidate.address(), neighbour));
    }

    /** The next hop of a packet: its egress interface, its source there, and the neighbour it is sent to. */
    record NextHop(String interfaceName, Ipv4Address source, Ipv4Address neighbour) {}
}
