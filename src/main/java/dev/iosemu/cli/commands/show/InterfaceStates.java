package dev.iosemu.cli.commands.show;

import dev.iosemu.device.Router;
import dev.iosemu.device.config.InterfaceConfig;
import dev.iosemu.lab.PortCounters;
import dev.iosemu.profile.Role;

/**
 * What the interface show commands say of one interface's state: the status words, its link, its type and
 * speed, its counters. Stateless; reads the router at each call.
 */
final class InterfaceStates {
    private final Router router;

    InterfaceStates(Router router) {
        this.router = router;
    }

    boolean lineUp(InterfaceConfig ifc) {
        return router.links().lineProtocolUp(ifc);
    }

    /** {@code is up, line protocol is up}, {@code is administratively down, ...}, {@code is down, ...}. */
    String headline(InterfaceConfig ifc) {
        String status = ifc.shutdown() ? "administratively down" : lineUp(ifc) ? "up" : "down";
        return ifc.name() + " is " + status + ", line protocol is " + (lineUp(ifc) ? "up" : "down");
    }

    /** A switch port's word in {@code show interfaces} and {@code show interfaces status}. */
    String portStatus(InterfaceConfig ifc) {
        return ifc.shutdown() ? "disabled" : lineUp(ifc) ? "connected" : "notconnect";
    }

    boolean isSwitch() {
        return router.platform().role() == Role.SWITCH;
    }

    boolean isSwitchPort(String name) {
        return isSwitch() && name.contains("/") && !name.startsWith("Vlan") && !name.startsWith("Loopback");
    }

    /** The small-form-factor slots of a 2960-X (Gi1/0/25-28) hold no module here. */
    boolean isEmptySlot(String name) {
        int slash = name.lastIndexOf('/');
        return isSwitchPort(name) && slash > 0 && Integer.parseInt(name.substring(slash + 1)) > 24;
    }

    String mediaType(String name) {
        if (name.startsWith("FastEthernet")) {
            return "10/100BaseTX";
        }
        return isEmptySlot(name) ? "Not Present" : "10/100/1000BaseTX";
    }

    /** The speed in Mb/s the port runs at while up: what was set, else what it negotiated. */
    String speed(InterfaceConfig ifc) {
        String set = ifc.port().speed();
        return set.equals("auto") ? (ifc.name().startsWith("FastEthernet") ? "100" : "1000") : set;
    }

    String duplex(InterfaceConfig ifc) {
        return ifc.port().duplex().equals("auto") ? "full" : ifc.port().duplex();
    }

    PortCounters counters(String name) {
        return router.network().map(node -> node.attachment().counters(name)).orElse(new PortCounters(0, 0, 0, 0));
    }

    /** {@code Gi1/0/1}, {@code Fa0}: the short name of the status table. */
    static String shortName(String name) {
        int digit = 0;
        while (digit < name.length() && !Character.isDigit(name.charAt(digit))) {
            digit++;
        }
        return digit <= 2 ? name : name.substring(0, 2) + name.substring(digit);
    }

    /** {@code Gig 0/0}, {@code Fas 0}: the short name CDP prints. */
    static String cdpName(String name) {
        int digit = 0;
        while (digit < name.length() && !Character.isDigit(name.charAt(digit))) {
            digit++;
        }
        return digit <= 3 ? name : name.substring(0, 3) + " " + name.substring(digit);
    }
}
