package dev.iosemu.device;

import dev.iosemu.device.config.InterfaceConfig;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The runtime state of the device's interfaces, kept apart from their configuration: whether each one's link
 * (its cable and the peer at the other end) is up. The lab cables every interface to a live peer until a lab
 * network says otherwise, so every link starts up. Thread-safe.
 */
public final class LinkStates {
    private final Set<String> down = ConcurrentHashMap.newKeySet(); // interfaces whose link is down

    /** Whether the link of interface {@code name} is up. */
    public boolean isUp(String name) {
        return !down.contains(name);
    }

    /** Sets the link of interface {@code name} up or down, as a lab network does when a cable or peer changes. */
    public void set(String name, boolean up) {
        if (up) {
            down.remove(name);
        } else {
            down.add(name);
        }
    }

    /** Whether the link of {@code ifc} is up. */
    public boolean linkUp(InterfaceConfig ifc) {
        return isUp(ifc.name());
    }

    /** Whether the line protocol of {@code ifc} is up: not shut down, and its link up. */
    public boolean lineProtocolUp(InterfaceConfig ifc) {
        return !ifc.shutdown() && isUp(ifc.name());
    }
}
