package dev.iosemu.device;

import dev.iosemu.device.config.InterfaceConfig;
import dev.iosemu.profile.Role;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The runtime state of the device's interfaces, kept apart from their configuration: whether each one's link
 * (its cable and the peer at the other end) is up. A device alone is cabled to the lab on its routed
 * interfaces, and a switch alone on its first port only (where the lab server is plugged in), so the rest of
 * its ports start down ({@link #alone}); in a modelled lab network ({@link #cabled()}) a link is up only while
 * the network says so, and a loopback's always is. Thread-safe.
 */
public final class LinkStates {
    private final boolean startUp;
    private final Set<String> startOtherwise; // interfaces that start the other way
    private final Set<String> flipped = ConcurrentHashMap.newKeySet(); // interfaces whose link is not as it started

    /** Every link up until set down: a device cabled to the lab everywhere. */
    public LinkStates() {
        this(true, Set.of());
    }

    private LinkStates(boolean startUp, Set<String> startOtherwise) {
        this.startUp = startUp;
        this.startOtherwise = Set.copyOf(startOtherwise);
    }

    /** Every link down until the lab network sets it up; loopbacks up. */
    public static LinkStates cabled() {
        return new LinkStates(false, Set.of());
    }

    /**
     * A device alone: a router's interfaces (and a switch's management and VLAN interfaces) are cabled to the
     * lab, a switch's first port faces the lab server, and its other ports have nothing plugged in.
     */
    public static LinkStates alone(Role role, List<String> interfaces) {
        if (role != Role.SWITCH) {
            return new LinkStates();
        }
        List<String> ports =
                interfaces.stream().filter(name -> name.contains("/")).toList();
        return new LinkStates(true, ports.isEmpty() ? Set.of() : Set.copyOf(ports.subList(1, ports.size())));
    }

    /** Whether the link of interface {@code name} is up. */
    public boolean isUp(String name) {
        if (!startUp && name.startsWith("Loopback")) {
            return true;
        }
        return startsUp(name) != flipped.contains(name);
    }

    private boolean startsUp(String name) {
        return startUp != startOtherwise.contains(name);
    }

    /** Sets the link of interface {@code name} up or down, as a lab network does when a cable or peer changes. */
    public void set(String name, boolean up) {
        if (up == startsUp(name)) {
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
