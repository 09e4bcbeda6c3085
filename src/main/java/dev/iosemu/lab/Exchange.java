package dev.iosemu.lab;

import dev.iosemu.lab.Frame.Kind;
import dev.iosemu.lab.Frame.Payload;
import dev.iosemu.lab.Frame.Payload.Arp;
import dev.iosemu.lab.Frame.Payload.Ip;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * One packet's journey through the modelled network and everything it sets off: ARP requests and replies,
 * switching by VLAN and MAC table, routing hop by hop, answers coming back. Frames are queued and handled one
 * at a time until none is left, so a loop in the cabling only ends the exchange early. A packet that needs an
 * ARP entry its sender lacks is dropped while the request goes out, as IOS drops it. Runs under the
 * network's lock; reads each node's view once.
 */
final class Exchange {
    private static final int MAX_FRAMES = 10_000;

    private record Arrival(NetworkNode node, String port, Frame frame) {}

    private final Function<LinkEnd, Optional<LinkEnd>> cable; // the far end of a plugged cable
    private final Function<NetworkNode, NodeState> states;
    private final Instant now;
    private final Map<NetworkNode, NodeView> views = new HashMap<>();
    private final Deque<Arrival> queue = new ArrayDeque<>();
    private final List<Ip> answers = new ArrayList<>(); // answers that reached the origin
    private NetworkNode origin;

    Exchange(Function<LinkEnd, Optional<LinkEnd>> cable, Function<NetworkNode, NodeState> states, Instant now) {
        this.cable = cable;
        this.states = states;
        this.now = now;
    }

    /** Sends {@code kind} from {@code from} to {@code destination} and returns the answer that came back first. */
    Optional<Ip> send(NetworkNode from, Ipv4Address destination, Kind kind, int ttl, int id) {
        origin = from;
        Optional<Ipv4Address> source = sourceFor(from, destination);
        if (source.isEmpty()) {
            return Optional.empty(); // no route: IOS drops it before it leaves
        }
        route(from, new Ip(source.get(), destination, ttl, kind, id), false);
        int handled = 0;
        while (!queue.isEmpty() && handled++ < MAX_FRAMES) {
            Arrival next = queue.poll();
            receive(next.node(), next.port(), next.frame());
        }
        return answers.stream().filter(ip -> ip.id() == id).findFirst();
    }

    /** The source address of a packet the node originates: its own address if it is the destination, else its egress. */
    private Optional<Ipv4Address> sourceFor(NetworkNode node, Ipv4Address destination) {
        if (owns(view(node), destination)) {
            return Optional.of(destination);
        }
        return view(node).routes().nextHop(destination).map(RoutingTable.NextHop::source);
    }

    private NodeView view(NetworkNode node) {
        return views.computeIfAbsent(node, NetworkNode::view);
    }

    private static boolean owns(NodeView view, Ipv4Address address) {
        return view.ports().stream()
                .anyMatch(p -> p.up()
                        && p.address().filter(a -> a.address().equals(address)).isPresent());
    }

    /**
     * Sends or forwards {@code ip} from {@code node}: to itself, or out of the egress its routes give. A router
     * without a route for a packet it forwards tells the sender so.
     */
    private void route(NetworkNode node, Ip ip, boolean forwarded) {
        NodeView view = view(node);
        if (owns(view, ip.destination())) {
            local(node, ip);
            return;
        }
        Optional<RoutingTable.NextHop> hop = view.routes().nextHop(ip.destination());
        if (hop.isEmpty()) {
            if (forwarded && !ip.kind().isAnswer()) {
                unreachable(node, ip);
            }
            return;
        }
        PortView port = view.port(hop.get().interfaceName()).orElseThrow();
        Optional<NodeState.Learned> neighbour = states.apply(node).arp(hop.get().neighbour(), now);
        if (neighbour.isEmpty()) {
            Arp request =
                    new Arp(true, hop.get().source(), port.mac(), hop.get().neighbour());
            emit(node, port, new Frame(port.mac(), MacAddress.BROADCAST, 0, request));
            return; // the packet waiting on ARP is dropped
        }
        emit(node, port, new Frame(port.mac(), neighbour.get().mac(), 0, ip));
    }

    private void unreachable(NetworkNode router, Ip ip) {
        if (states.apply(router).mayReportUnreachable(now)) {
            sourceFor(router, ip.source())
                    .ifPresent(from ->
                            route(router, new Ip(from, ip.source(), 255, Kind.HOST_UNREACHABLE, ip.id()), false));
        }
    }

    /** A packet for one of the node's own addresses. */
    private void local(NetworkNode node, Ip ip) {
        switch (ip.kind()) {
            case ECHO -> route(node, new Ip(ip.destination(), ip.source(), 255, Kind.ECHO_REPLY, ip.id()), false);
            case PROBE ->
                route(node, new Ip(ip.destination(), ip.source(), 255, Kind.PORT_UNREACHABLE, ip.id()), false);
            default -> {
                if (node == origin) {
                    answers.add(ip);
                }
            }
        }
    }

    /** A frame leaving an interface: onto its cable, or into the switch behind a VLAN interface. */
    private void emit(NetworkNode node, PortView port, Frame frame) {
        if (!port.up()) {
            return;
        }
        if (port.mode() instanceof PortMode.Svi svi) {
            bridge(node, svi.vlan(), null, frame);
        } else {
            transmit(node, port.name(), frame);
        }
    }

    private void transmit(NetworkNode node, String portName, Frame frame) {
        Optional<LinkEnd> far = cable.apply(new LinkEnd(node, portName));
        states.apply(node).count(portName, false, frame.size());
        far.ifPresent(end -> queue.add(new Arrival(end.node(), end.interfaceName(), frame)));
    }

    private void receive(NetworkNode node, String portName, Frame frame) {
        Optional<PortView> found = view(node).port(portName);
        if (found.isEmpty() || !found.get().up()) {
            return;
        }
        PortView port = found.get();
        states.apply(node).count(portName, true, frame.size());
        switch (port.mode()) {
            case PortMode.Routed routed -> {
                if (frame.vlan() == 0
                        && (frame.destination().isBroadcast()
                                || frame.destination().equals(port.mac()))) {
                    deliver(node, port, frame.payload());
                }
            }
            case PortMode.Access access -> {
                if (frame.vlan() == 0) {
                    bridge(node, access.vlan(), port.name(), frame);
                }
            }
            case PortMode.Trunk trunk ->
                bridge(node, frame.vlan() == 0 ? trunk.nativeVlan() : frame.vlan(), port.name(), frame.tagged(0));
            case PortMode.Svi svi -> {}
        }
    }

    /** Switches an untagged frame within {@code vlan}; {@code from} is the port it came in on (null: the switch). */
    private void bridge(NetworkNode node, int vlan, String from, Frame frame) {
        NodeView view = view(node);
        if (!view.vlans().contains(vlan)) {
            return;
        }
        NodeState state = states.apply(node);
        if (from != null) {
            state.learnMac(vlan, frame.source(), from, now);
            for (PortView svi : view.ports()) {
                if (svi.mode() instanceof PortMode.Svi s
                        && s.vlan() == vlan
                        && svi.up()
                        && (frame.destination().isBroadcast()
                                || frame.destination().equals(svi.mac()))) {
                    deliver(node, svi, frame.payload());
                }
            }
        }
        Optional<String> known =
                frame.destination().isBroadcast() ? Optional.empty() : state.macPort(vlan, frame.destination(), now);
        for (PortView out : view.ports()) {
            boolean carries =
                    out.mode() instanceof PortMode.Access a && a.vlan() == vlan || out.mode() instanceof PortMode.Trunk;
            boolean wanted = known.map(out.name()::equals).orElse(true);
            if (carries && wanted && out.up() && !out.name().equals(from)) {
                int tag = out.mode() instanceof PortMode.Trunk t && t.nativeVlan() != vlan ? vlan : 0;
                transmit(node, out.name(), frame.tagged(tag));
            }
        }
    }

    /** A payload for the node's IP stack, arrived on {@code port}. */
    private void deliver(NetworkNode node, PortView port, Payload payload) {
        switch (payload) {
            case Arp arp -> arp(node, port, arp);
            case Ip ip -> {
                if (owns(view(node), ip.destination())) {
                    local(node, ip);
                } else if (view(node).forwardsIp()) {
                    forward(node, port, ip);
                }
            }
        }
    }

    private void arp(NetworkNode node, PortView port, Arp arp) {
        Optional<ConnectedInterface> own = port.address();
        if (own.isEmpty() || !own.get().address().equals(arp.targetIp())) {
            return;
        }
        states.apply(node).learnArp(arp.senderIp(), arp.senderMac(), port.name(), now);
        if (arp.request()) {
            Arp reply = new Arp(false, arp.targetIp(), port.mac(), arp.senderIp());
            emit(node, port, new Frame(port.mac(), arp.senderMac(), 0, reply));
        }
    }

    private void forward(NetworkNode node, PortView in, Ip ip) {
        if (ip.ttl() <= 1) {
            in.address()
                    .ifPresent(a ->
                            route(node, new Ip(a.address(), ip.source(), 255, Kind.TIME_EXCEEDED, ip.id()), false));
            return;
        }
        route(node, ip.hop(), true);
    }
}
