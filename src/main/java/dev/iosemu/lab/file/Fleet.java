package dev.iosemu.lab.file;

import dev.iosemu.lab.Ipv4Address;
import dev.iosemu.profile.DeviceProfile;
import dev.iosemu.profile.Role;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Gives the devices of a lab that bring no startup-config of their own a distinct identity: the profile's
 * startup-config with the node's name as hostname and the next free address on the lab server's network.
 * Up to 240 devices share a /24 with the server, as the shipped profiles do; a larger lab takes a /16 (the
 * server and the profiles' gateway, {@code .254} of the server's /24, stay on it). Not thread-safe: one
 * reader uses it.
 */
final class Fleet {
    /** The most devices one lab file may make: what one JVM and one /16 hold with room to spare. */
    static final int MAX_COUNT = 20_000;

    private static final int SMALL = 240;

    private final Ipv4Address server;
    private final Ipv4Address mask;
    private final java.util.Set<Ipv4Address> taken = new java.util.HashSet<>(); // by nodes' own configs
    private int next; // the host part of the last address given, counted from the network's start

    /** For a lab whose server is at {@code server} and which gives {@code count} addresses at most. */
    Fleet(Ipv4Address server, int count) {
        this.server = server;
        this.mask = Ipv4Address.mask(count <= SMALL ? 24 : 16);
    }

    /** Keeps the first address of a node's own startup-config from being given to another node. */
    void reserve(String config) {
        StartupConfigs.firstAddress(config)
                .map(cidr -> Ipv4Address.parse(cidr.substring(0, cidr.indexOf('/'))))
                .ifPresent(taken::add);
    }

    /** The node of {@code name}: its own startup-config if it brings one, else the profile's made its own. */
    LabNode node(String name, String profileName, DeviceProfile profile, int consolePort, Optional<String> config) {
        String startup =
                config.orElseGet(() -> StartupConfigs.withIdentity(profile.startupConfig(), name, nextAddress(), mask));
        return new LabNode(name, profileName, profile, startup, consolePort, OptionalInt.empty());
    }

    /** The prefix of generated node names: {@code r} for a router, {@code sw} for a switch. */
    static String namePrefix(DeviceProfile profile) {
        return profile.role() == Role.SWITCH ? "sw" : "r";
    }

    private Ipv4Address nextAddress() {
        int network = server.bits() & mask.bits();
        int gateway = (server.bits() & Ipv4Address.mask(24).bits()) | 254;
        Ipv4Address candidate;
        do {
            next++;
            candidate = new Ipv4Address(network | next);
        } while (candidate.equals(server)
                || taken.contains(candidate)
                || candidate.bits() == gateway
                || (candidate.bits() & 0xff) == 0
                || (candidate.bits() & 0xff) == 255);
        if (!candidate.sameNetwork(server, mask)) {
            throw new IllegalStateException(
                    "no address left on " + new Ipv4Address(network) + "/" + mask.prefixLength());
        }
        return candidate;
    }
}
