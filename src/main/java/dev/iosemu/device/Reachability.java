package dev.iosemu.device;

import dev.iosemu.lab.Egress;
import dev.iosemu.lab.Ipv4Address;
import dev.iosemu.lab.LabService;
import dev.iosemu.lab.TcpAnswer;
import dev.iosemu.net.datagram.DatagramNetwork;
import java.net.InetSocketAddress;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What the device reaches on the lab network and how: the one port that {@code ping}, copies and name
 * lookups ask, so a modelled network can answer in place of the routing table and the lab address map.
 * Thread-safe; each answer reflects the configuration and links of the moment.
 */
public interface Reachability {
    /** The egress interface and source address towards {@code destination}; empty when there is no route. */
    Optional<Egress> route(Ipv4Address destination);

    /** Whether an ICMP echo to {@code destination} would be answered. */
    boolean answersEcho(Ipv4Address destination);

    /**
     * The socket that stands for {@code service} at {@code destination}: the lab server mapped there, or the
     * address itself at the URL's port or the standard one; empty when nothing would ever answer.
     */
    Optional<InetSocketAddress> socketFor(Ipv4Address destination, LabService service, OptionalInt urlPort);

    /**
     * What a TCP connection to {@code service} at {@code destination} meets ({@code telnet}, {@code ssh}): with no
     * route it is unreachable; otherwise it goes where the network delivers it, to the real socket standing for
     * the service there. {@code port} is the port typed, if any; a lab address always leads to its own server.
     */
    TcpAnswer connect(Ipv4Address destination, LabService service, OptionalInt port);

    /** The network the device's datagrams (TFTP) travel on. */
    DatagramNetwork datagrams();
}
