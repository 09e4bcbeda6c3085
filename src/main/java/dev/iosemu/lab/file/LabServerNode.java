package dev.iosemu.lab.file;

import dev.iosemu.lab.Ipv4Address;
import java.util.Objects;

/**
 * The lab server as a node of the lab: the TFTP and FTP servers every device reaches at {@code address}, with
 * one interface, {@code eth0}, that links may cable.
 *
 * @param name the node's name
 * @param address the lab address the devices reach the servers at
 */
public record LabServerNode(String name, Ipv4Address address) {
    /** The name of the server's one interface. */
    public static final String INTERFACE = "eth0";

    /** The address the shipped profiles map onto the lab servers. */
    public static final Ipv4Address DEFAULT_ADDRESS = Ipv4Address.parse("192.168.1.10");

    public LabServerNode {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(address, "address");
    }
}
