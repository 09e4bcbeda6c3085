package dev.iosemu.device.config;

import dev.iosemu.lab.Ipv4Address;
import dev.iosemu.lab.StaticRoute;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where packets for other networks go: static routes and, on a switch that does not route, the default
 * gateway. Immutable; each {@code with} method returns a changed copy.
 *
 * @param routes {@code ip route} entries, in entry order, each once
 * @param defaultGateway {@code ip default-gateway}
 */
public record Routing(List<StaticRoute> routes, Optional<Ipv4Address> defaultGateway) {
    public Routing {
        routes = List.copyOf(routes);
        Objects.requireNonNull(defaultGateway, "defaultGateway");
    }

    /** No routes, no gateway. */
    public static Routing defaults() {
        return new Routing(List.of(), Optional.empty());
    }

    /** Adds a static route unless the same route is already there (IOS keeps one copy). */
    public Routing withRoute(StaticRoute route) {
        if (routes.contains(route)) {
            return this;
        }
        return new Routing(Stream.concat(routes.stream(), Stream.of(route)).toList(), defaultGateway);
    }

    /** {@code no ip route ...}: removes the route, if present. */
    public Routing withoutRoute(StaticRoute route) {
        return new Routing(routes.stream().filter(r -> !r.equals(route)).toList(), defaultGateway);
    }

    public Routing withDefaultGateway(Optional<Ipv4Address> value) {
        return new Routing(routes, value);
    }
}
