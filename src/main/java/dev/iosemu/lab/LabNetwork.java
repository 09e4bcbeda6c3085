package dev.iosemu.lab;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A modelled network between the nodes of a lab: cables between named interfaces, the carrier each
 * interface has (a cable plugged in, and the far end not shut down), and the frames that cross them.
 * Nodes join with {@link #attach}; {@link #connect} cables two of their interfaces, from Java before any
 * lab file exists:
 *
 * <pre>{@code
 * LabNetwork network = LabNetwork.create();
 * Lab lab = Lab.builder().network(network).build();                // app: devices join it as they are built
 * Link link = network.connect(r1.node(), "Gi0/0", sw.node(), "Gi1/0/1");
 * link.unplug();                                                   // both ends lose their carrier
 * }</pre>
 *
 * Thread-safe: the cabling and the carriers are guarded by one lock; nodes are told of changes outside it.
 */
public final class LabNetwork {
    private final ReentrantLock lock = new ReentrantLock();
    private final LabTimer timer;
    private final Clock clock;
    private final Map<NetworkNode, NetworkAttachment> nodes = new LinkedHashMap<>(); // guarded by lock
    private final Map<LinkEnd, Link> cables = new HashMap<>(); // guarded by lock
    private final List<Link> links = new ArrayList<>(); // guarded by lock; in the order they were made
    private final Map<NetworkNode, List<LinkEnd>> byNode = new HashMap<>(); // guarded by lock; each node's cabled ends
    private final Map<LinkEnd, Boolean> carriers = new HashMap<>(); // guarded by lock; what each end was last told
    private final Map<LinkEnd, Instant> upSince = new HashMap<>(); // guarded by lock; when each carrier came
    private final Map<NetworkNode, NodeState> states = new HashMap<>(); // guarded by lock
    private final AtomicInteger ids = new AtomicInteger();
    private Instant lastProbe = Instant.MIN; // guarded by lock; the network's time only moves forward

    private LabNetwork(LabTimer timer, Clock clock) {
        this.timer = timer;
        this.clock = clock;
    }

    /** An empty network in real time. */
    public static LabNetwork create() {
        return create(LabTimer.system(), Clock.systemUTC());
    }

    /** An empty network that moves only as {@code time} is advanced (give the devices the same clock). */
    public static LabNetwork create(ManualTime time) {
        return create(time, time);
    }

    /**
     * An empty network whose delays (the line protocol after the link, and the like) follow {@code timer} and
     * whose ages (ARP entries, CDP hold times) {@code clock} tells.
     */
    public static LabNetwork create(LabTimer timer, Clock clock) {
        return new LabNetwork(Objects.requireNonNull(timer, "timer"), Objects.requireNonNull(clock, "clock"));
    }

    /** What the ages of its entries are measured by. */
    public Clock clock() {
        return clock;
    }

    /** What the network's delays follow. */
    public LabTimer timer() {
        return timer;
    }

    /** Adds {@code node} to the network, uncabled; a node joins once. */
    public NetworkAttachment attach(NetworkNode node) {
        Objects.requireNonNull(node, "node");
        return locked(() -> {
            if (nodes.containsKey(node)) {
                throw new IllegalArgumentException(node.name() + " is already in the lab network");
            }
            NetworkAttachment attachment = new NetworkAttachment(this, node, nodes.size());
            nodes.put(node, attachment);
            return attachment;
        });
    }

    /**
     * Cables interface {@code interfaceA} of {@code a} to {@code interfaceB} of {@code b}; names may be
     * abbreviated ({@code Gi0/0}). Each end gets its carrier at once if the other end is not shut down.
     *
     * @throws IllegalArgumentException a node is not in this network, has no such interface, or the interface
     *     already has a cable (the message names node and interface)
     */
    public Link connect(NetworkNode a, String interfaceA, NetworkNode b, String interfaceB) {
        LinkEnd endA = end(a, interfaceA);
        LinkEnd endB = end(b, interfaceB);
        if (endA.equals(endB)) {
            throw new IllegalArgumentException("cannot cable " + endA + " to itself");
        }
        Link link = locked(() -> {
            for (LinkEnd end : List.of(endA, endB)) {
                if (!nodes.containsKey(end.node())) {
                    throw new IllegalArgumentException(end.node().name() + " is not in this lab network");
                }
                if (cables.containsKey(end)) {
                    throw new IllegalArgumentException(
                            end + " is already cabled (to " + cables.get(end).peer(end) + ")");
                }
            }
            Link made = new Link(this, endA, endB);
            cables.put(endA, made);
            cables.put(endB, made);
            links.add(made);
            byNode.computeIfAbsent(endA.node(), unused -> new ArrayList<>()).add(endA);
            byNode.computeIfAbsent(endB.node(), unused -> new ArrayList<>()).add(endB);
            return made;
        });
        refresh(List.of(endA, endB));
        return link;
    }

    /** Every cable, in the order they were made. */
    public List<Link> links() {
        return locked(() -> List.copyOf(links));
    }

    /** The cable plugged into {@code end}, if any. */
    public Optional<Link> cable(LinkEnd end) {
        return locked(() -> Optional.ofNullable(cables.get(end)));
    }

    /** The interface at the far end of the cable in {@code end}, while the cable is plugged in. */
    public Optional<LinkEnd> peer(LinkEnd end) {
        return cable(end).filter(Link::isPlugged).map(link -> link.peer(end));
    }

    /** Pulls every cable of {@code node} and forgets it. */
    void detach(NetworkNode node) {
        List<Link> its = locked(() -> {
            nodes.remove(node);
            states.remove(node);
            byNode.remove(node);
            return links.stream()
                    .filter(l -> l.a().node() == node || l.b().node() == node)
                    .toList();
        });
        its.forEach(Link::unplug);
    }

    void plug(Link link, boolean plugged) {
        locked(() -> {
            link.setPlugged(plugged);
            return null;
        });
        refresh(List.of(link.a(), link.b()));
    }

    /** After {@code node} changed, the far ends of its cables may have gained or lost their carrier. */
    void refreshPeersOf(NetworkNode node) {
        List<LinkEnd> far = locked(() -> byNode.getOrDefault(node, List.of()).stream()
                .map(end -> cables.get(end).peer(end))
                .toList());
        refresh(far);
    }

    /** Recomputes the carrier of {@code ends} and tells each node whose carrier changed, outside the lock. */
    private void refresh(List<LinkEnd> ends) {
        Map<LinkEnd, Boolean> changed = locked(() -> {
            Map<LinkEnd, Boolean> news = new LinkedHashMap<>();
            for (LinkEnd end : ends) {
                boolean carrier = carrier(end);
                if (carriers.getOrDefault(end, false) != carrier) {
                    carriers.put(end, carrier);
                    news.put(end, carrier);
                    if (carrier) {
                        upSince.put(end, clock.instant());
                    } else {
                        state(end.node()).portDown(end.interfaceName());
                    }
                }
            }
            return news;
        });
        changed.forEach((end, up) -> end.node().carrierChanged(end.interfaceName(), up));
    }

    /** A plugged cable whose far end is not shut down; the caller holds the lock. */
    private boolean carrier(LinkEnd end) {
        Link link = cables.get(end);
        if (link == null || !link.isPlugged()) {
            return false;
        }
        LinkEnd far = link.peer(end);
        return far.node()
                .view()
                .port(far.interfaceName())
                .map(PortView::adminUp)
                .orElse(false);
    }

    /**
     * Sends one packet of {@code kind} from {@code from} to {@code destination} at {@code at} (the moment the
     * sender's clock says it leaves) and returns what came back, timed in real time.
     */
    Echo probe(NetworkNode from, Ipv4Address destination, Frame.Kind kind, int ttl, Instant at) {
        int id = ids.incrementAndGet();
        return locked(() -> {
            lastProbe = at.isAfter(lastProbe) ? at : lastProbe;
            long start = System.nanoTime();
            Optional<Frame.Payload.Ip> answer =
                    new Exchange(this::plugged, this::state, at).send(from, destination, kind, ttl, id);
            long nanos = System.nanoTime() - start;
            return answer.map(ip -> new Echo(outcome(ip.kind()), Optional.of(ip.source()), nanos))
                    .orElse(new Echo(Echo.Outcome.NONE, Optional.empty(), nanos));
        });
    }

    private static Echo.Outcome outcome(Frame.Kind kind) {
        return switch (kind) {
            case ECHO_REPLY -> Echo.Outcome.REPLY;
            case HOST_UNREACHABLE -> Echo.Outcome.UNREACHABLE;
            case TIME_EXCEEDED -> Echo.Outcome.TIME_EXCEEDED;
            case PORT_UNREACHABLE -> Echo.Outcome.PORT_UNREACHABLE;
            case ECHO, PROBE -> throw new IllegalStateException("not an answer: " + kind);
        };
    }

    /**
     * When a series of probes may start: now, or after the last probe sent, since a ping's timeouts run ahead of
     * the clock without waiting for it (ICMP rate limits count in this time).
     */
    Instant probeTime() {
        Instant now = clock.instant();
        return locked(() -> now.isAfter(lastProbe) ? now : lastProbe.plusMillis(1));
    }

    /** The node that owns {@code address} on an interface that is up, if any. */
    Optional<NetworkNode> owner(Ipv4Address address) {
        List<NetworkNode> all = locked(() -> List.copyOf(nodes.keySet()));
        return all.stream()
                .filter(node -> node.view().ports().stream()
                        .anyMatch(p -> p.up()
                                && p.address()
                                        .filter(a -> a.address().equals(address))
                                        .isPresent()))
                .findFirst();
    }

    /** Runs {@code action} on the remembered state of {@code node} under the lock. */
    <T> T withState(NetworkNode node, java.util.function.Function<NodeState, T> action) {
        return locked(() -> action.apply(state(node)));
    }

    /** When the carrier at {@code end} last came up, while it is up. */
    Optional<Instant> upSince(LinkEnd end) {
        return locked(
                () -> carriers.getOrDefault(end, false) ? Optional.ofNullable(upSince.get(end)) : Optional.empty());
    }

    private NodeState state(NetworkNode node) {
        return states.computeIfAbsent(node, unused -> new NodeState());
    }

    /** The far end of the plugged cable in {@code end}; the caller holds the lock. */
    private Optional<LinkEnd> plugged(LinkEnd end) {
        Link link = cables.get(end);
        return link == null || !link.isPlugged() ? Optional.empty() : Optional.of(link.peer(end));
    }

    private static LinkEnd end(NetworkNode node, String typed) {
        Objects.requireNonNull(node, "node");
        String name = node.cableable(typed)
                .orElseThrow(() -> new IllegalArgumentException(node.name() + " has no interface " + typed));
        return new LinkEnd(node, name);
    }

    private <T> T locked(java.util.function.Supplier<T> action) {
        lock.lock();
        try {
            return action.get();
        } finally {
            lock.unlock();
        }
    }
}
