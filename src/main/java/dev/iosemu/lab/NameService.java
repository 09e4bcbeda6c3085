package dev.iosemu.lab;

import java.net.InetSocketAddress;
import java.util.Optional;

/** Puts a DNS query for a host's address to one name server's real socket; empty when none comes back. */
@FunctionalInterface
public interface NameService {
    /** No name service: every query goes unanswered (the lab alone, and tests that need no DNS). */
    NameService NONE = (server, name) -> Optional.empty();

    /** The address {@code server} gives for {@code name}, if it answers with one. */
    Optional<Ipv4Address> query(InetSocketAddress server, String name);
}
