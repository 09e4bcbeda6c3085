package dev.iosemu.device.config;

import dev.iosemu.lab.Ipv4Address;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * How the device turns names into addresses. Immutable; each {@code with} method returns a changed copy.
 *
 * @param lookup {@code ip domain lookup} (on by default): names the host table lacks go to the name servers
 * @param domainName {@code ip domain name}, appended to a name without a dot before it is looked up
 * @param hosts {@code ip host} entries, in entry order
 * @param servers {@code ip name-server} addresses, in the order they are tried
 */
public record NameSettings(
        boolean lookup, Optional<String> domainName, List<HostEntry> hosts, List<Ipv4Address> servers) {
    /** The most name servers IOS keeps. */
    public static final int MAX_SERVERS = 6;
    /** Host names match whatever their case (as {@link HostEntry#names} does). */
    private static final UnaryOperator<String> HOST_KEY_OF = name -> name.toLowerCase(Locale.ROOT);

    private static final Function<HostEntry, String> HOST_KEY = host -> HOST_KEY_OF.apply(host.name());

    public NameSettings {
        Objects.requireNonNull(domainName, "domainName");
        hosts = EntryTable.immutable(hosts);
        servers = List.copyOf(servers);
    }

    /** Lookup on, no domain name, no hosts, no name servers. */
    public static NameSettings defaults() {
        return new NameSettings(true, Optional.empty(), List.of(), List.of());
    }

    /** The first address of a name in the {@code ip host} table, whatever the name's case. */
    public Optional<Ipv4Address> host(String name) {
        return EntryTable.of(hosts, HOST_KEY).get(HOST_KEY_OF.apply(name)).map(h -> h.addresses()
                .getFirst());
    }

    public NameSettings withLookup(boolean value) {
        return new NameSettings(value, domainName, hosts, servers);
    }

    public NameSettings withDomainName(Optional<String> value) {
        return new NameSettings(lookup, value, hosts, servers);
    }

    /** Adds an {@code ip host} entry, replacing the one of the same name where it stood. */
    public NameSettings withHost(HostEntry entry) {
        return new NameSettings(
                lookup, domainName, EntryTable.of(hosts, HOST_KEY).put(entry).asList(), servers);
    }

    /** {@code no ip host NAME}: removes the entry, if present. */
    public NameSettings withoutHost(String name) {
        return new NameSettings(
                lookup,
                domainName,
                EntryTable.of(hosts, HOST_KEY).remove(HOST_KEY_OF.apply(name)).asList(),
                servers);
    }

    /** {@code ip name-server}: appends the addresses not yet listed, keeping the first {@link #MAX_SERVERS}. */
    public NameSettings withServers(List<Ipv4Address> added) {
        List<Ipv4Address> kept = new ArrayList<>(servers);
        for (Ipv4Address server : added) {
            if (!kept.contains(server) && kept.size() < MAX_SERVERS) {
                kept.add(server);
            }
        }
        return new NameSettings(lookup, domainName, hosts, kept);
    }

    /** {@code no ip name-server [ADDRESS ...]}: removes those addresses, or all when none is given. */
    public NameSettings withoutServers(List<Ipv4Address> removed) {
        List<Ipv4Address> kept = removed.isEmpty()
                ? List.of()
                : servers.stream().filter(s -> !removed.contains(s)).toList();
        return new NameSettings(lookup, domainName, hosts, kept);
    }
}
