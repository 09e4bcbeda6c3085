package dev.iosemu.device.config;

import java.util.List;

/**
 * The running-config dialect of a platform: which fixed lines surround the configured ones. The renderer
 * asks the style; nothing else compares styles.
 */
public enum ConfigStyle {
    /** Classic IOS router (ISR G2): {@code boot system} in the config, {@code duplex}/{@code speed auto}. */
    ROUTER(true, List.of(" duplex auto", " speed auto")),
    /** Catalyst switch: BOOT lives in the boot loader, {@code no service pad}, spanning tree, layer-2 ports. */
    SWITCH(false, List.of()),
    /** IOS-XE router (ISR 4000): like a router, with {@code negotiation auto}. */
    IOS_XE(true, List.of(" negotiation auto"));

    private final boolean routed;
    private final List<String> ethernetLines;

    ConfigStyle(boolean routed, List<String> ethernetLines) {
        this.routed = routed;
        this.ethernetLines = ethernetLines;
    }

    /**
     * Whether the device routes: {@code ip cef}, {@code ip forward-protocol nd}, {@code control-plane},
     * {@code boot system} lines and addresses on every interface. A switch instead prints {@code no service
     * pad} and spanning tree, keeps BOOT in its loader, and addresses only its SVIs.
     */
    boolean routed() {
        return routed;
    }

    /** Whether {@code name} is a layer-2 port that prints no address line. */
    boolean isSwitchPort(String name) {
        return !routed && !name.startsWith("Vlan");
    }

    /**
     * The lines under an Ethernet interface after its address: a router lists its duplex and speed always, a
     * switch only when set, an IOS-XE router its negotiation.
     */
    List<String> ethernetLines(PortSettings port) {
        return switch (this) {
            case ROUTER -> List.of(" duplex " + port.duplex(), " speed " + port.speed());
            case SWITCH -> {
                List<String> lines = new java.util.ArrayList<>();
                if (!port.speed().equals("auto")) {
                    lines.add(" speed " + port.speed());
                }
                if (!port.duplex().equals("auto")) {
                    lines.add(" duplex " + port.duplex());
                }
                yield lines;
            }
            case IOS_XE -> ethernetLines;
        };
    }
}
