package dev.iosemu.lab;

/** What an interface does with frames: routes them itself, or switches them in one VLAN or many. */
public sealed interface PortMode {
    /** A routed interface (a router's port, a loopback, a switch's management port): it is an IP host. */
    record Routed() implements PortMode {}

    /** A switch port in one VLAN ({@code switchport mode access}, and the default on a switch). */
    record Access(int vlan) implements PortMode {}

    /** A switch port carrying every VLAN, tagged but for the native one ({@code switchport mode trunk}). */
    record Trunk(int nativeVlan) implements PortMode {}

    /** A switch's own IP interface in a VLAN ({@code interface Vlan N}): the switch as a host on that VLAN. */
    record Svi(int vlan) implements PortMode {}

    /** The routed mode. */
    static PortMode routed() {
        return new Routed();
    }
}
