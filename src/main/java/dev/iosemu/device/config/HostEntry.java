package dev.iosemu.device.config;

import dev.iosemu.lab.Ipv4Address;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A static name in the host table ({@code ip host NAME ADDRESS [ADDRESS ...]}). Names match whatever their
 * case, as IOS host names do, and are printed as typed.
 *
 * @param name the name as typed
 * @param addresses one to eight addresses, tried in order
 */
public record HostEntry(String name, List<Ipv4Address> addresses) {
    /** The most addresses IOS keeps for one name. */
    public static final int MAX_ADDRESSES = 8;

    public HostEntry {
        Objects.requireNonNull(name, "name");
        addresses = List.copyOf(addresses);
        if (addresses.isEmpty() || addresses.size() > MAX_ADDRESSES) {
            throw new IllegalArgumentException("1.." + MAX_ADDRESSES + " addresses: " + addresses);
        }
    }

    /** Whether this entry is the one for {@code other}, ignoring case. */
    public boolean names(String other) {
        return name.toLowerCase(Locale.ROOT).equals(other.toLowerCase(Locale.ROOT));
    }

    /** The addresses as IOS lists them, separated by spaces. */
    public String addressText() {
        return addresses.stream().map(Ipv4Address::toString).collect(Collectors.joining(" "));
    }

    /** The running-config line. */
    public String render() {
        return "ip host " + name + " " + addressText();
    }
}
