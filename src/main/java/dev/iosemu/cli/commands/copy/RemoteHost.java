package dev.iosemu.cli.commands.copy;

import dev.iosemu.lab.Egress;
import dev.iosemu.lab.Ipv4Address;
import java.net.InetSocketAddress;

/**
 * A remote host the device can reach for one service: its lab address, the egress interface IOS
 * names in {@code (via ...)}, and the real socket standing for it.
 */
record RemoteHost(Ipv4Address address, Egress egress, InetSocketAddress socket) {}
