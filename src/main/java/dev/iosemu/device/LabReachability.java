package dev.iosemu.device;

import dev.iosemu.device.config.RunningConfig;
import dev.iosemu.lab.Egress;
import dev.iosemu.lab.Ipv4Address;
import dev.iosemu.lab.LabAddressMap;
import dev.iosemu.lab.LabService;
import dev.iosemu.net.datagram.DatagramNetwork;
import java.net.InetSocketAddress;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;

/**
 * Reachability as the lab has it without a modelled network: a destination the routing table (connected
 * subnets of interfaces whose line protocol is up, static routes, the default gateway) has a route to
 * answers, and the lab address map gives its socket. Thread-safe: the table is rebuilt from the running
 * configuration and links at each question.
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
        return route(destination).isPresent();
    }

    @Override
    public Optional<InetSocketAddress> socketFor(Ipv4Address destination, LabService service, OptionalInt urlPort) {
        return lab.socketFor(destination, service, urlPort);
    }

    @Override
    public DatagramNetwork datagrams() {
        return lab.datagrams();
    }
}
