package dev.iosemu.cli.commands.connect;

import dev.iosemu.lab.Ipv4Address;
import java.time.Instant;

/**
 * One open connection from a session to another device, as {@code show sessions} lists it: its number, the
 * host as typed, its address, its name (the host, unless an earlier connection of the session has that name),
 * the relay that runs it, and when it was last used. The session thread uses it.
 */
final class Connection {
    private final int number;
    private final String host;
    private final Ipv4Address address;
    private final String name;
    private final RemoteRelay relay;
    private Instant lastUsed;

    Connection(int number, String host, Ipv4Address address, String name, RemoteRelay relay, Instant now) {
        this.number = number;
        this.host = host;
        this.address = address;
        this.name = name;
        this.relay = relay;
        this.lastUsed = now;
    }

    int number() {
        return number;
    }

    /** The host as typed ({@code r2}, or the address), as IOS names the connection in its messages. */
    String host() {
        return host;
    }

    Ipv4Address address() {
        return address;
    }

    String name() {
        return name;
    }

    RemoteRelay relay() {
        return relay;
    }

    Instant lastUsed() {
        return lastUsed;
    }

    void used(Instant now) {
        lastUsed = now;
    }
}
