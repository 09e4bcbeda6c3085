package dev.iosemu.device;

import dev.iosemu.lab.Egress;
import dev.iosemu.lab.Ipv4Address;
import dev.iosemu.lab.LabAddressMap;
import dev.iosemu.lab.LabService;
import dev.iosemu.lab.NetworkNode;
import dev.iosemu.lab.TcpAnswer;
import dev.iosemu.net.datagram.DatagramNetwork;
import java.net.InetSocketAddress;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Reachability in a modelled lab network: a destination answers only when the network carries a packet there
 * and back, and a connection goes to the server of the node that owns the address, over a real socket on
 * this machine. Thread-safe: every answer asks the network anew.
 */
final class ModelledReachability implements Reachability {
    private final Router router;
    private final LabAddressMap lab;

    ModelledReachability(Router router, LabAddressMap lab) {
        this.router = router;
        this.lab = lab;
    }

    @Override
    public Optional<Egress> route(Ipv4Address destination) {
        return router.runningConfig()
                .routingTable(router.links()::lineProtocolUp)
                .lookup(destination);
    }

    @Override
    public boolean answersEcho(Ipv4Address destination) {
        return reach(destination).isPresent();
    }

    @Override
    public Optional<InetSocketAddress> socketFor(Ipv4Address destination, LabService service, OptionalInt urlPort) {
        return reach(destination).flatMap(node -> node.serverSocket(service));
    }

    @Override
    public TcpAnswer connect(Ipv4Address destination, LabService service, OptionalInt port) {
        if (route(destination).isEmpty()) {
            return new TcpAnswer.Unreachable();
        }
        TcpAnswer answer = router.network()
                .map(presence -> presence.attachment().connect(destination, service))
                .orElseGet(TcpAnswer.TimedOut::new);
        boolean otherPort = port.isPresent() && port.getAsInt() != service.standardPort();
        return otherPort && answer instanceof TcpAnswer.Open
                ? new TcpAnswer.Refused()
                : answer; // a device listens on its own
    }

    @Override
    public DatagramNetwork datagrams() {
        return lab.datagrams();
    }

    private Optional<NetworkNode> reach(Ipv4Address destination) {
        return router.network().flatMap(presence -> presence.attachment().reach(destination));
    }
}
