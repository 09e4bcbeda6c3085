package dev.iosemu.cli.commands.show;

import dev.iosemu.device.VlanDatabase;
import dev.iosemu.device.config.InterfaceConfig;
import dev.iosemu.device.config.PortSettings.SwitchportMode;
import dev.iosemu.lab.ArpEntry;
import dev.iosemu.lab.CdpAdvert;
import dev.iosemu.lab.CdpNeighbour;
import dev.iosemu.lab.MacAddress;
import dev.iosemu.lab.MacEntry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The tables of the lab network in IOS's layouts: {@code show ip arp}, {@code show mac address-table},
 * {@code show vlan brief}, {@code show cdp neighbors [detail]}. Stateless.
 */
final class NetworkTables {
    /** The addresses a Catalyst sends to its CPU: CDP/VTP, the IEEE reserved range, broadcast. */
    private static final List<String> CPU_ADDRESSES = cpuAddresses();

    private static final Map<String, String> CAPABILITIES =
            Map.of("R", "Router", "B", "Source-Route-Bridge", "S", "Switch", "I", "IGMP", "H", "Host");

    private NetworkTables() {}

    static List<String> arp(List<ArpEntry> entries, Instant now) {
        List<String> out = new ArrayList<>();
        out.add("Protocol  Address          Age (min)  Hardware Addr   Type   Interface");
        for (ArpEntry entry : entries) {
            String age = entry.learned()
                    .map(at ->
                            String.valueOf(Math.max(0, Duration.between(at, now).toMinutes())))
                    .orElse("-");
            out.add(String.format(
                    Locale.ROOT,
                    "%-10s%-16s%8s   %-14s  %-4s   %s",
                    "Internet",
                    entry.address(),
                    age,
                    entry.mac(),
                    "ARPA",
                    entry.interfaceName()));
        }
        return out;
    }

    static List<String> macTable(List<MacEntry> entries) {
        String row = "%4s    %-14s    %-8s    %s";
        List<String> out = new ArrayList<>();
        out.add("          Mac Address Table");
        out.add("-------------------------------------------");
        out.add("");
        out.add("Vlan    Mac Address       Type        Ports");
        out.add("----    -----------       --------    -----");
        CPU_ADDRESSES.forEach(mac -> out.add(String.format(Locale.ROOT, row, "All", mac, "STATIC", "CPU")));
        for (MacEntry entry : entries) {
            out.add(String.format(
                    Locale.ROOT, row, entry.vlan(), entry.mac(), "DYNAMIC", InterfaceStates.shortName(entry.port())));
        }
        out.add("Total Mac Addresses for this criterion: " + (CPU_ADDRESSES.size() + entries.size()));
        return out;
    }

    private static List<String> cpuAddresses() {
        List<String> macs = new ArrayList<>();
        macs.add("0100.0ccc.cccc");
        macs.add("0100.0ccc.cccd");
        for (int last = 0; last <= 0x10; last++) {
            macs.add(new MacAddress(0x0180_c200_0000L + last).toString());
        }
        macs.add("ffff.ffff.ffff");
        return List.copyOf(macs);
    }

    /** {@code show vlan brief}: each VLAN with the access ports in it, wrapped as IOS wraps them. */
    static List<String> vlanBrief(List<VlanDatabase.Vlan> vlans, List<InterfaceConfig> switchPorts) {
        String row = "%-4s %-32s %-9s %s";
        List<String> out = new ArrayList<>();
        out.add("");
        out.add(String.format(Locale.ROOT, row, "VLAN", "Name", "Status", "Ports"));
        out.add("---- -------------------------------- --------- -------------------------------");
        for (VlanDatabase.Vlan vlan : vlans) {
            List<String> ports = switchPorts.stream()
                    .filter(ifc -> ifc.port().mode() != SwitchportMode.TRUNK
                            && ifc.port().accessVlan() == vlan.id())
                    .map(ifc -> InterfaceStates.shortName(ifc.name()))
                    .toList();
            List<String> lines = wrap(ports, 31);
            out.add(String.format(Locale.ROOT, row, vlan.id(), vlan.name(), "active", lines.getFirst()));
            lines.stream().skip(1).forEach(line -> out.add(" ".repeat(48) + line));
        }
        out.add("1002 fddi-default                     act/unsup ");
        out.add("1003 token-ring-default               act/unsup ");
        out.add("1004 fddinet-default                  act/unsup ");
        out.add("1005 trnet-default                    act/unsup ");
        return out;
    }

    private static List<String> wrap(List<String> ports, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String port : ports) {
            String piece = line.isEmpty() ? port : ", " + port;
            if (line.length() + piece.length() > width) {
                lines.add(line + ",");
                line = new StringBuilder(port);
            } else {
                line.append(piece);
            }
        }
        lines.add(line.toString());
        return lines.stream()
                .map(l -> l.endsWith(",") ? l.substring(0, l.length() - 1) : l)
                .toList();
    }

    static List<String> cdpNeighbours(List<CdpNeighbour> neighbours) {
        List<String> out = new ArrayList<>();
        out.add("Capability Codes: R - Router, T - Trans Bridge, B - Source Route Bridge");
        out.add("                  S - Switch, H - Host, I - IGMP, r - Repeater, P - Phone, ");
        out.add("                  D - Remote, C - CVTA, M - Two-port Mac Relay ");
        out.add("");
        out.add("Device ID        Local Intrfce     Holdtme    Capability  Platform  Port ID");
        for (CdpNeighbour n : neighbours) {
            String id = n.advert().deviceId();
            String rest = String.format(
                    Locale.ROOT,
                    "%-17s %-10d %11s %-9s %s",
                    InterfaceStates.cdpName(n.localInterface()),
                    n.holdtime(),
                    n.advert().capabilities(),
                    platform(n.advert()),
                    InterfaceStates.cdpName(n.portId()));
            if (id.length() > 16) {
                out.add(id);
                out.add(" ".repeat(17) + rest);
            } else {
                out.add(String.format(Locale.ROOT, "%-16s %s", id, rest));
            }
        }
        out.add("");
        out.add("Total cdp entries displayed : " + neighbours.size());
        return out;
    }

    /** The platform column: the model, cut to nine characters as IOS cuts it. */
    private static String platform(CdpAdvert advert) {
        String model = advert.platform().replaceFirst("^[Cc]isco ", "");
        return model.length() > 9 ? model.substring(0, 9) : model;
    }

    static List<String> cdpDetail(List<CdpNeighbour> neighbours) {
        List<String> out = new ArrayList<>();
        for (CdpNeighbour n : neighbours) {
            CdpAdvert advert = n.advert();
            out.add("-------------------------");
            out.add("Device ID: " + advert.deviceId());
            out.add("Entry address(es): ");
            advert.managementAddress().ifPresent(a -> out.add("  IP address: " + a));
            out.add("Platform: " + advert.platform() + ",  Capabilities: " + capabilityWords(advert) + " ");
            out.add("Interface: " + n.localInterface() + ",  Port ID (outgoing port): " + n.portId());
            out.add("Holdtime : " + n.holdtime() + " sec");
            out.add("");
            out.add("Version :");
            out.addAll(advert.version());
            out.add("");
            out.add("advertisement version: 2");
            out.add("Duplex: full");
            out.add("Management address(es): ");
            advert.managementAddress().ifPresent(a -> out.add("  IP address: " + a));
            out.add("");
        }
        out.add("");
        out.add("Total cdp entries displayed : " + neighbours.size());
        return out;
    }

    private static String capabilityWords(CdpAdvert advert) {
        List<String> words = new ArrayList<>();
        for (String code : advert.capabilities().split(" ")) {
            words.add(CAPABILITIES.getOrDefault(code, code));
        }
        return String.join(" ", words);
    }
}
