package dev.iosemu.device.config;

import java.util.Objects;

/**
 * The layer-2 and physical settings of an interface: its switchport mode and access VLAN (switch ports),
 * whether CDP runs on it, and its speed and duplex. Immutable.
 *
 * @param mode {@code switchport mode}; a switch port is in dynamic auto until set
 * @param accessVlan {@code switchport access vlan N} (1 by default)
 * @param cdp {@code cdp enable} (the default) or {@code no cdp enable}
 * @param speed {@code speed} ({@code auto}, {@code 10}, {@code 100}, {@code 1000})
 * @param duplex {@code duplex} ({@code auto}, {@code full}, {@code half})
 */
public record PortSettings(SwitchportMode mode, int accessVlan, boolean cdp, String speed, String duplex) {
    /** How a switch port takes part in VLANs. */
    public enum SwitchportMode {
        /** Negotiates (DTP); against a router it is an access port. The default. */
        DYNAMIC_AUTO,
        /** One VLAN, untagged. */
        ACCESS,
        /** Every VLAN, tagged but for the native VLAN 1. */
        TRUNK
    }

    /** What a new interface has. */
    public static final PortSettings DEFAULT = new PortSettings(SwitchportMode.DYNAMIC_AUTO, 1, true, "auto", "auto");

    public PortSettings {
        Objects.requireNonNull(mode, "mode");
        if (accessVlan < 1 || accessVlan > 4094) {
            throw new IllegalArgumentException("VLAN " + accessVlan + " is not in 1-4094");
        }
        Objects.requireNonNull(speed, "speed");
        Objects.requireNonNull(duplex, "duplex");
    }

    public PortSettings withMode(SwitchportMode value) {
        return new PortSettings(value, accessVlan, cdp, speed, duplex);
    }

    public PortSettings withAccessVlan(int value) {
        return new PortSettings(mode, value, cdp, speed, duplex);
    }

    public PortSettings withCdp(boolean value) {
        return new PortSettings(mode, accessVlan, value, speed, duplex);
    }

    public PortSettings withSpeed(String value) {
        return new PortSettings(mode, accessVlan, cdp, value, duplex);
    }

    public PortSettings withDuplex(String value) {
        return new PortSettings(mode, accessVlan, cdp, speed, value);
    }
}
