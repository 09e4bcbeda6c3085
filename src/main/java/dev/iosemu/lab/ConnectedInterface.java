package dev.iosemu.lab;

import java.util.Objects;

/**
 * An interface as routing sees it: its name, its address and mask, and whether it is up.
 *
 * @param name the full IOS name, such as {@code GigabitEthernet0/0}
 * @param address the interface address
 * @param mask the subnet mask
 * @param up whether the interface is administratively and operationally up
 */
public record ConnectedInterface(String name, Ipv4Address address, Ipv4Address mask, boolean up) {
    public ConnectedInterface {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(mask, "mask");
    }

    boolean connects(Ipv4Address destination) {
        return up && address.sameNetwork(destination, mask);
    }
}
