package dev.iosemu.device;

import dev.iosemu.device.config.RunningConfig;
import dev.iosemu.lab.Egress;
import dev.iosemu.lab.Ipv4Address;
import dev.iosemu.lab.LabAddressMap;
import dev.iosemu.lab.LabPeers;
import dev.iosemu.lab.LabService;
import dev.iosemu.lab.TcpAnswer;
import dev.iosemu.net.datagram.DatagramNetwork;
import java.net.InetSocketAddress;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;

/**
 * Reachability as the lab has it without a modelled network: a destination the routing table (connected
 * subnets of interfaces whose line protocol is up, static routes, the default gateway) has a route to is
 * reached, and the lab address map gives its socket; pings are answered by the device's own addresses, the
 * lab's servers, the other devices of the lab (its {@link LabPeers}, all on the lab's one segment) and this
 * machine's loopback, since nothing else exists to answer them. Thread-safe: the table is rebuilt from the
 * running configuration and links at each question.
 */
final class LabReachability implements Reachability {
    private final Supplier<RunningConfig> running;
    private final LinkStates links;
    private final LabAddressMap lab;

    LabReachability(Supplier<RunningConfig> running, LinkStates links, LabAddressMap lab) {
        this.running = running;
        this.links = links;
        this.lab = lab;
    }

    @Override
    public Optional<Egress> route(Ipv4Address destination) {
        return running.get().routingTable(links::lineProtocolUp).lookup(destination);
    }

    @Override
    public boolean answersEcho(Ipv4Address destination) {
        if (ownsAddress(destination)) {
            return true;
        }
        return route(destination).isPresent()
                && (lab.isLabAddress(destination)
                        || isHostLoopback(destination)
                        || mate(destination).isPresent());
    }

    /** The other device of the lab that answers on {@code destination}, unless a lab server stands there. */
    private Optional<LabPeers.Peer> mate(Ipv4Address destination) {
        return lab.isLabAddress(destination) ? Optional.empty() : lab.peers().owner(destination);
    }

    /** An address on one of the device's interfaces whose line protocol is up. */
    private boolean ownsAddress(Ipv4Address destination) {
        return running.get().interfaces().stream().filter(links::lineProtocolUp).anyMatch(ifc -> ifc.address()
                .filter(a -> a.address().equals(destination))
                .isPresent());
    }

    /** 127.0.0.0/8: this machine, which a device alone reaches through its default route (see design §5). */
    private static boolean isHostLoopback(Ipv4Address destination) {
        return destination.bits() >>> 24 == 127;
    }

    @Override
    public Optional<InetSocketAddress> socketFor(Ipv4Address destination, LabService service, OptionalInt urlPort) {
        return mate(destination)
                .flatMap(peer -> peer.serverSocket(service))
                .or(() -> lab.socketFor(destination, service, urlPort));
    }

    /**
     * Alone, a device connects to what exists: a lab address leads to the lab server there (which runs no vty),
     * another device of the lab to its server for the service (at its standard port only), this machine's
     * loopback to the port typed; its own addresses have no vty socket here, and anything else never answers.
     */
    @Override
    public TcpAnswer connect(Ipv4Address destination, LabService service, OptionalInt port) {
        if (route(destination).isEmpty() && !ownsAddress(destination)) {
            return new TcpAnswer.Unreachable();
        }
        if (!answersEcho(destination)) {
            return new TcpAnswer.TimedOut();
        }
        if (ownsAddress(destination)) {
            return new TcpAnswer.Refused();
        }
        Optional<LabPeers.Peer> mate = mate(destination);
        if (mate.isPresent()) {
            boolean otherPort = port.isPresent() && port.getAsInt() != service.standardPort();
            Optional<InetSocketAddress> socket =
                    otherPort ? Optional.empty() : mate.get().serverSocket(service);
            return socket.<TcpAnswer>map(TcpAnswer.Open::new).orElseGet(TcpAnswer.Refused::new);
        }
        return lab.socketFor(destination, service, port)
                .<TcpAnswer>map(TcpAnswer.Open::new)
                .orElseGet(TcpAnswer.Refused::new);
    }

    @Override
    public DatagramNetwork datagrams() {
        return lab.datagrams();
    }
}
