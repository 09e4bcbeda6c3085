package dev.iosemu.lab;

import java.net.InetSocketAddress;
import java.util.Optional;

/**
 * Something a lab network cables: a device, or a host such as the lab server. The network asks it what it
 * is now ({@link #view()}) and tells it when the carrier on one of its interfaces comes or goes; the node
 * tells the network through its {@link NetworkAttachment} when it shuts or opens an interface itself.
 * Implementations are thread-safe and never call back into the network from {@link #view()}.
 */
public interface NetworkNode {
    /** The node's name in the lab (a device's hostname). */
    String name();

    /** The full name of the interface {@code typed} names, abbreviated or not ({@code gi0/0}), if it takes a cable. */
    Optional<String> cableable(String typed);

    /** The node as the network needs it now; cheap, lock-free where it can be. */
    NodeView view();

    /** The carrier on {@code interfaceName} came up or went down: a cable plugged or pulled, the far end shut or opened. */
    void carrierChanged(String interfaceName, boolean up);

    /** Shuts {@code interfaceName} down or opens it, as {@code shutdown} / {@code no shutdown} on it would. */
    void shutdown(String interfaceName, boolean shutdown);

    /**
     * Where the node's own server for {@code service} listens on this machine, if it runs one: what a TCP or
     * UDP client that the modelled network lets through actually connects to.
     */
    Optional<InetSocketAddress> serverSocket(LabService service);
}
