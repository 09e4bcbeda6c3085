package dev.iosemu.device;

import dev.iosemu.device.config.InterfaceConfig;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The runtime state of the device's interfaces, kept apart from their configuration: whether each one's link
 * (its cable and the peer at the other end) is up. A device alone is cabled to the lab on every interface,
 * so every link starts up; in a modelled lab network ({@link #cabled()}) a link is up only while the network
 * says so, and a loopback's always is. Thread-safe.
 */
public final class LinkStates {
    private final boolean startUp;
    private final Set<String> flipped = ConcurrentHashMap.newKeySet(); // interfaces whose link is not as it started

    /** Every link up until set down: the device alone, cabled to the lab everywhere. */
    public LinkStates() {
        this(true);
    }

    private LinkStates(boolean startUp) {
        this.startUp = startUp;
    }

    /** Every link down until the lab network sets it up; loopbacks up. */
    public static LinkStates cabled() {
        return new LinkStates(false);
    }

    /** Whether the link of interface {@code name} is up. */
    public boolean isUp(String name) {
        if (!startUp && name.startsWith("Loopback")) {
            return true;
        }
        return startUp != flipped.contains(name);
    }

    /** Sets the link of interface {@code name} up or down, as a lab network does when a cable or peer changes. */
    public void set(String name, boolean up) {
        if (up == startUp) {
            flipped.remove(name);
        } else {
            flipped.add(name);
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
