package dev.iosemu.lab;

import java.net.InetSocketAddress;
import java.util.Objects;

/**
 * What a TCP connection to an address meets on the lab network, before any byte flows: the real socket that
 * stands for the service there, or how the attempt fails ({@code telnet} and {@code ssh} print each their
 * way).
 */
public sealed interface TcpAnswer {
    /** The network carries it, and {@code socket} on this machine stands for the service at the address. */
    record Open(InetSocketAddress socket) implements TcpAnswer {
        public Open {
            Objects.requireNonNull(socket, "socket");
        }
    }

    /** The address answers, but nothing listens for the service there (a reset comes back). */
    record Refused() implements TcpAnswer {}

    /** Nothing comes back: no node owns the address, or the way there or back is broken. */
    record TimedOut() implements TcpAnswer {}

    /** No route there, here or at a router on the way (an ICMP unreachable, or none sent at all). */
    record Unreachable() implements TcpAnswer {}
}
