package dev.iosemu.lab;

import java.net.InetSocketAddress;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The devices of one lab that models no network, as they reach each other. Without a modelled network every
 * device's interfaces are cabled to the lab's one segment (where the lab server is), so a lab-mate's address
 * answers as the lab server's does: a ping from a device with a route there, a connection to the server the
 * lab-mate runs for the service (its vty lines for {@code telnet} and {@code ssh}, its own TFTP server). A
 * generated fleet is such a lab. Thread-safe; devices join and leave while others look them up.
 */
public final class LabPeers {
    /** One device as its lab-mates reach it. */
    public interface Peer {
        /** The addresses the device answers on now (those of its interfaces whose line protocol is up). */
        Set<Ipv4Address> addresses();

        /** Where the device's server for {@code service} listens on this machine, if it runs one. */
        Optional<InetSocketAddress> serverSocket(LabService service);
    }

    private final Map<Object, Peer> members = new ConcurrentHashMap<>();

    /** Adds {@code peer}, known by {@code member} (what identifies the device in its lab) until it leaves. */
    public void join(Object member, Peer peer) {
        members.put(Objects.requireNonNull(member, "member"), Objects.requireNonNull(peer, "peer"));
    }

    /** Takes the device known by {@code member} out of its lab-mates' reach; nothing if it never joined. */
    public void leave(Object member) {
        members.remove(member);
    }

    /**
     * The device that answers on {@code address} now, if one does. Each question looks at every device's
     * interfaces as they are (a few microseconds a device), which only pings and connections to addresses that
     * are no lab server's ask.
     */
    public Optional<Peer> owner(Ipv4Address address) {
        return members.values().stream()
                .filter(peer -> peer.addresses().contains(address))
                .findFirst();
    }
}
