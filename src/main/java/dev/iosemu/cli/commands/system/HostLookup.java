package dev.iosemu.cli.commands.system;

import dev.iosemu.cli.LookupText;
import dev.iosemu.device.NameServers;
import dev.iosemu.device.Router;
import dev.iosemu.lab.Ipv4Address;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The address of a host typed on an EXEC line ({@code ping}, {@code telnet}, {@code ssh}): an address as typed,
 * an {@code ip host} entry, or (with {@code ip domain-lookup} on) what the name servers answer after the
 * {@code Translating} line.
 */
public final class HostLookup {
    private HostLookup() {}

    /** The address of {@code host}, printing the lookup's lines with {@code print}; empty when none is found. */
    public static Optional<Ipv4Address> resolve(Router router, String host, Consumer<String> print) {
        Optional<Ipv4Address> resolved = router.runningConfig().resolve(host);
        if (resolved.isEmpty() && router.runningConfig().names().lookup()) {
            resolved = LookupText.translate(
                    host, NameServers.shown(router.runningConfig()), () -> NameServers.query(router, host), print);
        }
        return resolved;
    }
}
