package dev.iosemu.device;

import dev.iosemu.device.config.EnableSecret;
import dev.iosemu.lab.Ipv4Address;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the configuration dialog collected, and the configuration command script it makes of it, as IOS
 * shows it under {@code The following configuration command script was created:}.
 *
 * @param hostname the host name
 * @param secret the enable secret, already hashed as IOS shows it
 * @param enablePassword the enable password
 * @param vtyPassword the virtual terminal password
 * @param addresses the address and mask of each interface configured, by name, in interface order; every
 *     other interface is shut down
 * @param interfaces the interfaces the dialog covers, in order
 */
record SetupScript(
        String hostname,
        EnableSecret secret,
        String enablePassword,
        String vtyPassword,
        Map<String, Address> addresses,
        List<String> interfaces) {

    /** An interface address and its mask. */
    record Address(Ipv4Address address, Ipv4Address mask) {}

    /** The script's lines as the dialog shows them, ending with {@code end}. */
    List<String> lines() {
        return lines("");
    }

    /** The same with the lines of each interface and line block indented, as configuration text is read. */
    List<String> configLines() {
        return lines(" ");
    }

    private List<String> lines(String indent) {
        List<String> lines = new ArrayList<>();
        lines.add("hostname " + hostname);
        lines.add("enable secret 5 " + secret.hash());
        lines.add("enable password " + enablePassword);
        lines.add("line vty 0 4");
        lines.add(indent + "password " + vtyPassword);
        lines.add("!");
        for (String name : interfaces) {
            lines.add("!");
            lines.add("interface " + name);
            Optional<Address> address = Optional.ofNullable(addresses.get(name));
            if (address.isPresent()) {
                lines.add(indent + "no shutdown");
                lines.add(indent + "ip address " + address.get().address() + " "
                        + address.get().mask());
            } else {
                lines.add(indent + "shutdown");
                lines.add(indent + "no ip address");
            }
        }
        lines.add("!");
        lines.add("end");
        return lines;
    }
}
