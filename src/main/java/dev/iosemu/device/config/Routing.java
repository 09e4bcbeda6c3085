package dev.iosemu.device.config;

import dev.iosemu.lab.Ipv4Address;
import dev.iosemu.lab.StaticRoute;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where packets for other networks go and who the neighbours are: static routes, on a switch that does not
 * route the default gateway, and whether CDP runs. Immutable; each {@code with} method returns a changed copy.
 *
 * @param routes {@code ip route} entries, in entry order, each once
 * @param defaultGateway {@code ip default-gateway}
 * @param cdp {@code cdp run} (the default) or {@code no cdp run}
 */
public record Routing(List<StaticRoute> routes, Optional<Ipv4Address> defaultGateway, boolean cdp) {
    /** A route is its own key: IOS keeps one copy of each. */
    private static final Function<StaticRoute, String> ROUTE_KEY = r -> r.prefix() + " " + r.mask() + " " + r.nextHop();

    public Routing {
        routes = EntryTable.immutable(routes);
        Objects.requireNonNull(defaultGateway, "defaultGateway");
    }

    /** No routes, no gateway. */
    public static Routing defaults() {
        return new Routing(List.of(), Optional.empty(), true);
    }

    /** Adds a static route unless the same route is already there (IOS keeps one copy). */
    public Routing withRoute(StaticRoute route) {
        EntryTable<StaticRoute> table = EntryTable.of(routes, ROUTE_KEY);
        if (table.get(ROUTE_KEY.apply(route)).isPresent()) {
            return this;
        }
        return new Routing(table.put(route).asList(), defaultGateway, cdp);
    }

    /** {@code no ip route ...}: removes the route, if present. */
    public Routing withoutRoute(StaticRoute route) {
        return new Routing(
                EntryTable.of(routes, ROUTE_KEY).remove(ROUTE_KEY.apply(route)).asList(), defaultGateway, cdp);
    }

    public Routing withDefaultGateway(Optional<Ipv4Address> value) {
        return new Routing(routes, value, cdp);
    }

    public Routing withCdp(boolean value) {
        return new Routing(routes, defaultGateway, value);
    }
}
