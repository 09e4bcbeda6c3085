package dev.iosemu.cli.commands.show;

import dev.iosemu.device.Router;
import dev.iosemu.device.config.InterfaceConfig;
import dev.iosemu.lab.PortCounters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code show interfaces [IF]} and {@code show ip interface [IF]}: each interface's state, hardware,
 * address and counters in IOS's layout. Stateless.
 */
final class InterfaceDetail {
    private final Router router;
    private final InterfaceStates states;

    InterfaceDetail(Router router) {
        this.router = router;
        this.states = new InterfaceStates(router);
    }

    List<String> showInterfaces(List<InterfaceConfig> interfaces) {
        List<String> out = new ArrayList<>();
        interfaces.forEach(ifc -> out.addAll(showInterface(ifc)));
        return out;
    }

    private List<String> showInterface(InterfaceConfig ifc) {
        List<String> out = new ArrayList<>();
        String suffix = states.isSwitchPort(ifc.name()) ? " (" + states.portStatus(ifc) + ")" : "";
        out.add(states.headline(ifc) + suffix + " ");
        String mac = router.macAddress(ifc.name()).toString();
        out.add("  Hardware is " + hardware(ifc.name()) + ", address is " + mac + " (bia " + mac + ")");
        ifc.description().ifPresent(text -> out.add("  Description: " + text));
        ifc.address()
                .ifPresent(a -> out.add(
                        "  Internet address is " + a.address() + "/" + a.mask().prefixLength()));
        if (ifc.name().startsWith("Loopback")) {
            out.add("  MTU 1514 bytes, BW 8000000 Kbit/sec, DLY 5000 usec, ");
            out.add("     reliability 255/255, txload 1/255, rxload 1/255");
            out.add("  Encapsulation LOOPBACK, loopback not set");
        } else {
            out.add("  MTU 1500 bytes, BW " + bandwidth(ifc) + " Kbit/sec, DLY " + delay(ifc) + " usec, ");
            out.add("     reliability 255/255, txload 1/255, rxload 1/255");
            out.add("  Encapsulation ARPA, loopback not set");
            out.add("  Keepalive set (10 sec)");
            if (isEthernet(ifc.name())) {
                out.add("  " + duplexLine(ifc) + ", media type is " + media(ifc.name()));
                out.add("  output flow-control is unsupported, input flow-control is unsupported");
            }
            out.add("  ARP type: ARPA, ARP Timeout 04:00:00");
        }
        out.addAll(counterLines(states.counters(ifc.name())));
        return out;
    }

    private String hardware(String name) {
        if (name.startsWith("Loopback")) {
            return "Loopback";
        }
        if (name.startsWith("Vlan")) {
            return "EtherSVI";
        }
        if (name.startsWith("FastEthernet")) {
            return "Fast Ethernet";
        }
        return states.isSwitch() ? "Gigabit Ethernet" : "CN Gigabit Ethernet";
    }

    private String bandwidth(InterfaceConfig ifc) {
        return switch (states.speed(ifc)) {
            case "10" -> "10000";
            case "100" -> "100000";
            default -> "1000000";
        };
    }

    private static String delay(InterfaceConfig ifc) {
        return ifc.name().startsWith("FastEthernet") ? "100" : "10";
    }

    private static boolean isEthernet(String name) {
        return name.toLowerCase(Locale.ROOT).contains("ethernet");
    }

    private String duplexLine(InterfaceConfig ifc) {
        if (!states.lineUp(ifc)) {
            return "Auto-duplex, Auto-speed";
        }
        String duplex = states.duplex(ifc);
        String capital = Character.toUpperCase(duplex.charAt(0)) + duplex.substring(1);
        String speed = states.speed(ifc);
        return states.isSwitch()
                ? capital + "-duplex, " + speed + "Mb/s"
                : capital + " Duplex, " + (speed.equals("1000") ? "1Gbps" : speed + "Mbps");
    }

    private String media(String name) {
        return states.isSwitch() ? states.mediaType(name) : "RJ45";
    }

    private static List<String> counterLines(PortCounters c) {
        return List.of(
                "  Last input never, output never, output hang never",
                "  Last clearing of \"show interface\" counters never",
                "  Input queue: 0/75/0/0 (size/max/drops/flushes); Total output drops: 0",
                "  Queueing strategy: fifo",
                "  Output queue: 0/40 (size/max)",
                "  5 minute input rate 0 bits/sec, 0 packets/sec",
                "  5 minute output rate 0 bits/sec, 0 packets/sec",
                "     " + c.packetsIn() + " packets input, " + c.bytesIn() + " bytes, 0 no buffer",
                "     Received 0 broadcasts (0 IP multicasts)",
                "     0 runts, 0 giants, 0 throttles ",
                "     0 input errors, 0 CRC, 0 frame, 0 overrun, 0 ignored",
                "     0 watchdog, 0 multicast, 0 pause input",
                "     " + c.packetsOut() + " packets output, " + c.bytesOut() + " bytes, 0 underruns",
                "     0 output errors, 0 collisions, 0 interface resets",
                "     0 unknown protocol drops",
                "     0 babbles, 0 late collision, 0 deferred",
                "     0 lost carrier, 0 no carrier, 0 pause output",
                "     0 output buffer failures, 0 output buffers swapped out");
    }

    /** {@code show ip interface}: the address and IP settings of each interface. */
    List<String> showIpInterfaces(List<InterfaceConfig> interfaces) {
        List<String> out = new ArrayList<>();
        for (InterfaceConfig ifc : interfaces) {
            out.add(states.headline(ifc));
            if (ifc.address().isEmpty()) {
                out.add("  Internet protocol processing disabled");
                continue;
            }
            var a = ifc.address().get();
            out.add("  Internet address is " + a.address() + "/" + a.mask().prefixLength());
            out.add("  Broadcast address is 255.255.255.255");
            out.add("  Address determined by non-volatile memory");
            out.add("  MTU is " + (ifc.name().startsWith("Loopback") ? 1514 : 1500) + " bytes");
            out.add("  Helper address is not set");
            out.add("  Directed broadcast forwarding is disabled");
            out.add("  Outgoing access list is not set");
            out.add("  Inbound  access list is not set");
            out.add("  Proxy ARP is enabled");
            out.add("  Local Proxy ARP is disabled");
            out.add("  Security level is default");
            out.add("  Split horizon is enabled");
            out.add("  ICMP redirects are always sent");
            out.add("  ICMP unreachables are always sent");
            out.add("  ICMP mask replies are never sent");
            out.add("  IP fast switching is enabled");
            out.add("  IP CEF switching is enabled");
        }
        return out;
    }

    /** {@code show interfaces status} on a switch: one row per port. */
    List<String> status(List<InterfaceConfig> interfaces) {
        String row = "%-9s %-18s %-12s %-10s %6s %6s %s";
        List<String> out = new ArrayList<>();
        out.add("");
        out.add(String.format(Locale.ROOT, row, "Port", "Name", "Status", "Vlan", "Duplex", "Speed", "Type "));
        for (InterfaceConfig ifc : interfaces) {
            if (ifc.name().startsWith("Vlan") || ifc.name().startsWith("Loopback")) {
                continue;
            }
            boolean up = states.lineUp(ifc);
            String vlan = !states.isSwitchPort(ifc.name())
                    ? "routed"
                    : ifc.port().mode() == dev.iosemu.device.config.PortSettings.SwitchportMode.TRUNK
                            ? "trunk"
                            : String.valueOf(ifc.port().accessVlan());
            String duplex = up
                    ? (ifc.port().duplex().equals("auto") ? "a-" : "") + states.duplex(ifc)
                    : ifc.port().duplex();
            String speed = up
                    ? (ifc.port().speed().equals("auto") ? "a-" : "") + states.speed(ifc)
                    : ifc.port().speed();
            String name = ifc.description()
                    .map(d -> d.length() > 18 ? d.substring(0, 18) : d)
                    .orElse("");
            out.add(String.format(
                    Locale.ROOT,
                    row,
                    InterfaceStates.shortName(ifc.name()),
                    name,
                    states.portStatus(ifc),
                    vlan,
                    duplex,
                    speed,
                    states.mediaType(ifc.name())));
        }
        return out;
    }
}
