package dev.iosemu.cli.commands.show;

import dev.iosemu.device.config.InterfaceConfig;
import dev.iosemu.device.config.RunningConfig;
import dev.iosemu.lab.Ipv4Address;
import dev.iosemu.lab.StaticRoute;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * {@code show ip route} in the IOS 15 layout: the codes legend, the gateway of last resort, then the routes
 * in address order. Routes within one classful network are listed under a heading line ({@code is
 * subnetted}, when they share one mask, which their lines then leave out, or {@code is variably
 * subnetted}); a network alone at its classful length, and a supernet such as the default route, stand on
 * their own. The table holds what the device routes with: a connected (C) and a local (L) route for each
 * addressed interface that is up, and each static route (S) whose next hop is connected.
 */
final class RouteTable {
    private static final List<String> LEGEND = List.of(
            "Codes: L - local, C - connected, S - static, R - RIP, M - mobile, B - BGP",
            "       D - EIGRP, EX - EIGRP external, O - OSPF, IA - OSPF inter area ",
            "       N1 - OSPF NSSA external type 1, N2 - OSPF NSSA external type 2",
            "       E1 - OSPF external type 1, E2 - OSPF external type 2",
            "       i - IS-IS, su - IS-IS summary, L1 - IS-IS level-1, L2 - IS-IS level-2",
            "       ia - IS-IS inter area, * - candidate default, U - per-user static route",
            "       o - ODR, P - periodic downloaded static route, H - NHRP, l - LISP",
            "       a - application route",
            "       + - replicated route, % - next hop override, p - overrides from PfR");

    private RouteTable() {}

    /** One route: its code, prefix and what follows it. */
    private record Route(String code, Ipv4Address network, int length, String detail) {}

    static List<String> render(RunningConfig config, Predicate<InterfaceConfig> lineProtocolUp) {
        List<Route> routes = routes(config, lineProtocolUp);
        List<String> lines = new ArrayList<>(LEGEND);
        lines.add("");
        lines.add(installed(config, lineProtocolUp).stream()
                .filter(route -> route.mask().prefixLength() == 0)
                .findFirst()
                .map(route -> "Gateway of last resort is " + route.nextHop() + " to network 0.0.0.0")
                .orElse("Gateway of last resort is not set"));
        lines.add("");
        // blocks in address order: a supernet (shorter than its classful length) alone, else its classful network
        Map<String, List<Route>> blocks = new LinkedHashMap<>();
        for (Route route : routes) {
            String key = isSupernet(route)
                    ? "supernet " + route.network() + "/" + route.length()
                    : "network " + masked(route.network(), route.network().classfulLength());
            blocks.computeIfAbsent(key, unused -> new ArrayList<>()).add(route);
        }
        for (List<Route> block : blocks.values()) {
            Route first = block.getFirst();
            if (isSupernet(first)) {
                block.forEach(route -> lines.add(topLevel(route)));
            } else {
                lines.addAll(group(masked(first.network(), first.network().classfulLength()), block));
            }
        }
        return lines;
    }

    /** {@code show ip route} on a switch that does not route: its default gateway and an empty redirect cache. */
    static List<String> renderHost(RunningConfig config) {
        return List.of(
                config.routing()
                        .defaultGateway()
                        .map(gateway -> "Default gateway is " + gateway)
                        .orElse("Default gateway is not set"),
                "",
                "Host               Gateway           Last Use    Total Uses  Interface",
                "ICMP redirect cache is empty");
    }

    private static List<Route> routes(RunningConfig config, Predicate<InterfaceConfig> lineProtocolUp) {
        List<Route> routes = new ArrayList<>();
        for (InterfaceConfig ifc : config.interfaces()) {
            if (!lineProtocolUp.test(ifc) || ifc.address().isEmpty()) {
                continue;
            }
            Ipv4Address address = ifc.address().get().address();
            Ipv4Address mask = ifc.address().get().mask();
            String connected = "is directly connected, " + ifc.name();
            routes.add(new Route("C", masked(address, mask.prefixLength()), mask.prefixLength(), connected));
            routes.add(new Route("L", address, 32, connected));
        }
        for (StaticRoute route : installed(config, lineProtocolUp)) {
            int length = route.mask().prefixLength();
            routes.add(new Route(length == 0 ? "S*" : "S", route.prefix(), length, "[1/0] via " + route.nextHop()));
        }
        routes.sort(Comparator.comparingLong(
                        (Route r) -> Integer.toUnsignedLong(r.network().bits()))
                .thenComparingInt(Route::length));
        return routes;
    }

    /** The static routes in use: those whose next hop is in the subnet of an addressed interface that is up. */
    private static List<StaticRoute> installed(RunningConfig config, Predicate<InterfaceConfig> lineProtocolUp) {
        return config.routing().routes().stream()
                .filter(route -> config.interfaces().stream()
                        .filter(lineProtocolUp)
                        .flatMap(ifc -> ifc.address().stream())
                        .anyMatch(a -> a.address().sameNetwork(route.nextHop(), a.mask())))
                .toList();
    }

    private static List<String> group(Ipv4Address network, List<Route> group) {
        int classful = network.classfulLength();
        if (group.size() == 1 && group.getFirst().length() == classful) {
            return List.of(topLevel(group.getFirst()));
        }
        long masks = group.stream().mapToInt(Route::length).distinct().count();
        String heading = masks == 1
                ? String.format(
                        Locale.ROOT,
                        "      %s/%d is subnetted, %d subnets",
                        network,
                        group.getFirst().length(),
                        group.size())
                : String.format(
                        Locale.ROOT,
                        "      %s/%d is variably subnetted, %d subnets, %d masks",
                        network,
                        classful,
                        group.size(),
                        masks);
        List<String> lines = new ArrayList<>(List.of(heading));
        group.forEach(route -> lines.add(line("%-9s", route, masks > 1)));
        return lines;
    }

    private static String topLevel(Route route) {
        return line("%-6s", route, true);
    }

    /** A route line; under an {@code is subnetted} heading the common length is not repeated. */
    private static String line(String codeColumn, Route route, boolean withLength) {
        return String.format(Locale.ROOT, codeColumn, route.code()) + route.network()
                + (withLength ? "/" + route.length() : "") + " " + route.detail();
    }

    private static boolean isSupernet(Route route) {
        return route.length() < route.network().classfulLength();
    }

    private static Ipv4Address masked(Ipv4Address address, int length) {
        return new Ipv4Address(address.bits() & Ipv4Address.mask(length).bits());
    }
}
