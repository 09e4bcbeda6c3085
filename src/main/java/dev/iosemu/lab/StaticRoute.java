package dev.iosemu.lab;

import java.util.Objects;

/**
 * A configured static route ({@code ip route PREFIX MASK NEXT-HOP}).
 *
 * @param prefix the destination network
 * @param mask the destination mask
 * @param nextHop the gateway the route points at
 */
public record StaticRoute(Ipv4Address prefix, Ipv4Address mask, Ipv4Address nextHop) {
    public StaticRoute {
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(mask, "mask");
        Objects.requireNonNull(nextHop, "nextHop");
    }

    boolean matches(Ipv4Address destination) {
        return prefix.sameNetwork(destination, mask);
    }
}
