package dev.iosemu.lab;

import java.util.Objects;
import java.util.Optional;

/**
 * One interface of a node as the network sees it at one moment.
 *
 * @param name the full IOS name ({@code GigabitEthernet0/0})
 * @param mac its hardware address
 * @param adminUp not shut down
 * @param up its line protocol is up (not shut, and its link up; for a VLAN interface, a port of the VLAN up)
 * @param address its address and mask, if it has one
 * @param mode routed, or a switch port and its VLANs
 * @param cdp whether CDP runs on it ({@code cdp enable}, the default, and {@code cdp run} globally)
 */
public record PortView(
        String name,
        MacAddress mac,
        boolean adminUp,
        boolean up,
        Optional<ConnectedInterface> address,
        PortMode mode,
        boolean cdp) {
    public PortView {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(mac, "mac");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(mode, "mode");
    }
}
