package dev.iosemu.lab;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A node's place in a {@link LabNetwork}: what the node tells the network (its interfaces changed), and what
 * it asks of it: echoes and traceroute probes, whether a TCP or UDP peer is reachable, its ARP cache, MAC
 * table, interface counters and CDP neighbours. Thread-safe.
 */
public final class NetworkAttachment {
    /** How many times a connection's first packet is sent before the peer counts as unreachable. */
    private static final int CONNECT_TRIES = 3;

    private final LabNetwork network;
    private final NetworkNode node;
    private final int ordinal;

    NetworkAttachment(LabNetwork network, NetworkNode node, int ordinal) {
        this.network = network;
        this.node = node;
        this.ordinal = ordinal;
    }

    /**
     * The node's place in the order nodes joined (0 for the first): devices built from one profile share its
     * base MAC, so each counts its hardware addresses from the base plus 256 times this.
     */
    public int ordinal() {
        return ordinal;
    }

    /** The network the node is in. */
    public LabNetwork network() {
        return network;
    }

    /** The node changed what its far ends see (an interface shut or opened, the node powered on or off). */
    public void interfacesChanged() {
        network.refreshPeersOf(node);
    }

    /** The node leaves the network: its cables are pulled, and the far ends lose their carrier. */
    public void detach() {
        network.detach(node);
    }

    /** Whether {@code interfaceName} has a cable plugged in at both ends. */
    public boolean isCabled(String interfaceName) {
        return network.cable(new LinkEnd(node, interfaceName))
                .filter(Link::isPlugged)
                .isPresent();
    }

    /**
     * Sends {@code count} ICMP echoes to {@code destination}, each when the last was answered or timed out
     * after {@code timeout} (on the network's clock, not waited for), and returns what came back for each.
     */
    public List<Echo> ping(Ipv4Address destination, int count, Duration timeout) {
        List<Echo> echoes = new ArrayList<>();
        Instant at = network.probeTime();
        for (int i = 0; i < count; i++) {
            Echo echo = network.probe(node, destination, Frame.Kind.ECHO, 255, at);
            echoes.add(echo);
            at = at.plus(echo.outcome() == Echo.Outcome.NONE ? timeout : Duration.ofMillis(1));
        }
        return echoes;
    }

    /**
     * Traceroute: {@code probes} probes with a time to live of 1, 2, ... up to {@code maxTtl}, until the
     * destination (or an unreachable) answers; one list of answers per hop.
     */
    public List<List<Echo>> traceroute(Ipv4Address destination, int maxTtl, int probes, Duration timeout) {
        List<List<Echo>> hops = new ArrayList<>();
        Instant at = network.probeTime();
        for (int ttl = 1; ttl <= maxTtl; ttl++) {
            List<Echo> hop = new ArrayList<>();
            for (int i = 0; i < probes; i++) {
                Echo echo = network.probe(node, destination, Frame.Kind.PROBE, ttl, at);
                hop.add(echo);
                at = at.plus(echo.outcome() == Echo.Outcome.NONE ? timeout : Duration.ofMillis(1));
            }
            hops.add(hop);
            if (hop.stream()
                    .anyMatch(e ->
                            e.outcome() == Echo.Outcome.PORT_UNREACHABLE || e.outcome() == Echo.Outcome.UNREACHABLE)) {
                break;
            }
        }
        return hops;
    }

    /**
     * The node that owns {@code destination}, when the network carries packets there and back (a connection's
     * first packets may resolve ARP on the way, as a real client's retries do); empty when it does not.
     */
    public Optional<NetworkNode> reach(Ipv4Address destination) {
        for (int i = 0; i < CONNECT_TRIES; i++) {
            Echo echo = network.probe(
                    node, destination, Frame.Kind.ECHO, 255, network.clock().instant());
            if (echo.outcome() == Echo.Outcome.REPLY) {
                return network.owner(destination);
            }
        }
        return Optional.empty();
    }

    /**
     * A TCP connection to {@code service} at {@code destination}: its first packet goes out (and is sent again,
     * as a real client retries, so ARP may resolve on the way); an answer from the owner leads to the owner's
     * server for the service, if it runs one.
     */
    public TcpAnswer connect(Ipv4Address destination, LabService service) {
        for (int i = 0; i < CONNECT_TRIES; i++) {
            Echo echo = network.probe(
                    node, destination, Frame.Kind.ECHO, 255, network.clock().instant());
            switch (echo.outcome()) {
                case REPLY -> {
                    return network.owner(destination)
                            .flatMap(owner -> owner.serverSocket(service))
                            .<TcpAnswer>map(TcpAnswer.Open::new)
                            .orElseGet(TcpAnswer.Refused::new);
                }
                case UNREACHABLE -> {
                    return new TcpAnswer.Unreachable();
                }
                default -> {
                    // lost: try again
                }
            }
        }
        return new TcpAnswer.TimedOut();
    }

    /** {@code show ip arp}: the node's own addresses and what it learned, by address. */
    public List<ArpEntry> arpTable() {
        List<ArpEntry> entries = new ArrayList<>();
        for (PortView port : node.view().ports()) {
            if (port.up()) {
                port.address()
                        .ifPresent(
                                a -> entries.add(new ArpEntry(a.address(), Optional.empty(), port.mac(), port.name())));
            }
        }
        Instant now = network.clock().instant();
        network.withState(node, state -> state.arpEntries(now))
                .forEach((address, learned) -> entries.add(
                        new ArpEntry(address, Optional.of(learned.at()), learned.mac(), learned.interfaceName())));
        entries.sort(
                Comparator.comparingLong(e -> Integer.toUnsignedLong(e.address().bits())));
        return entries;
    }

    /** {@code clear arp-cache}: forgets what was learned. */
    public void clearArp() {
        network.withState(node, state -> {
            state.clearArp();
            return null;
        });
    }

    /** {@code show mac address-table}: the addresses learned, by VLAN and address. */
    public List<MacEntry> macTable() {
        Instant now = network.clock().instant();
        List<MacEntry> entries = new ArrayList<>(network.withState(node, state -> state.macEntries(now)));
        entries.sort(Comparator.comparingInt(MacEntry::vlan)
                .thenComparingLong(e -> e.mac().bits()));
        return entries;
    }

    /** The packets and bytes {@code interfaceName} has received and sent. */
    public PortCounters counters(String interfaceName) {
        return network.withState(node, state -> state.counters(interfaceName));
    }

    /**
     * {@code show cdp neighbors}: the far end of each cable, where both ends are up and run CDP; the hold time
     * counts down from 180 s and is refreshed every 60 s from when the link came up.
     */
    public List<CdpNeighbour> cdpNeighbours() {
        NodeView mine = node.view();
        if (mine.cdp().isEmpty()) {
            return List.of();
        }
        Instant now = network.clock().instant();
        List<CdpNeighbour> neighbours = new ArrayList<>();
        for (PortView port : mine.ports()) {
            if (!port.up() || !port.cdp()) {
                continue;
            }
            LinkEnd here = new LinkEnd(node, port.name());
            Optional<LinkEnd> far = network.peer(here);
            Optional<Instant> since = network.upSince(here);
            if (far.isEmpty() || since.isEmpty()) {
                continue;
            }
            NodeView theirs = far.get().node().view();
            boolean heard = theirs.port(far.get().interfaceName())
                    .filter(p -> p.up() && p.cdp())
                    .isPresent();
            if (heard && theirs.cdp().isPresent()) {
                long age = Duration.between(since.get(), now).toSeconds();
                int holdtime = 180 - Math.floorMod(age, 60);
                neighbours.add(new CdpNeighbour(
                        theirs.cdp().get(), port.name(), far.get().interfaceName(), holdtime));
            }
        }
        return neighbours;
    }

    /** The node as attached. */
    NetworkNode node() {
        return node;
    }
}
