package dev.iosemu.device.config;

import dev.iosemu.lab.Ipv4Address;
import dev.iosemu.lab.StaticRoute;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where packets for other networks go: static routes and, on a switch that does not route, the default
 * gateway. Immutable; each {@code with} method returns a changed copy.
 *
 * @param routes {@code ip route} entries, in entry order, each once
 * @param defaultGateway {@code ip default-gateway}
 */
public record Routing(List<StaticRoute> routes, Optional<Ipv4Address> defaultGateway) {
    /** A route is its own key: IOS keeps one copy of each. */
    private static final Function<StaticRoute, String> ROUTE_KEY = r -> r.prefix() + " " + r.mask() + " " + r.nextHop();

    public Routing {
        routes = EntryTable.immutable(routes);
        Objects.requireNonNull(defaultGateway, "defaultGateway");
    }

    /** No routes, no gateway. */
    public static Routing defaults() {
        return new Routing(List.of(), Optional.empty());
    }

    /** Adds a static route unless the same route is already there (IOS keeps one copy). */
    public Routing withRoute(StaticRoute route) {
        EntryTable<StaticRoute> table = EntryTable.of(routes, ROUTE_KEY);
        if (table.get(ROUTE_KEY.apply(route)).isPresent()) {
            return this;
        }
        return new Routing(table.put(route).asList(), defaultGateway);
    }

    /** {@code no ip route ...}: removes the route, if present. */
    public Routing withoutRoute(StaticRoute route) {
        return new Routing(
                EntryTable.of(routes, ROUTE_KEY).remove(ROUTE_KEY.apply(route)).asList(), defaultGateway);
    }

    public Routing withDefaultGateway(Optional<Ipv4Address> value) {
        return new Routing(routes, value);
    }
}
