package dev.iosemu.lab;

import dev.iosemu.net.datagram.DatagramNetwork;
import java.net.InetSocketAddress;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;

/**
 * Maps lab addresses (such as 192.168.1.10) to the real sockets of the servers that stand for them,
 * usually the embedded lab servers on loopback. An address that is not mapped is a real address on the
 * host's network, reached at the standard port unless the URL names one. It also carries the modelled
 * {@link LabNetwork} when the lab has one, and the {@link
 * NameService} that puts a query to a name server's socket, and the {@link DatagramNetwork} the device's
 * datagrams travel on (UDP on the host unless the lab models its network), and, in a lab that models none, the
 * {@link LabPeers} that stand for the other devices on the lab's segment. Immutable (its peers change).
 */
public final class LabAddressMap {
    private final Map<Ipv4Address, Map<LabService, Supplier<InetSocketAddress>>> endpoints;
    private final NameService names;
    private final DatagramNetwork datagrams;
    private final Optional<LabNetwork> network;
    private final LabPeers peers;

    private LabAddressMap(
            Map<Ipv4Address, Map<LabService, Supplier<InetSocketAddress>>> endpoints,
            NameService names,
            DatagramNetwork datagrams,
            Optional<LabNetwork> network,
            LabPeers peers) {
        this.endpoints = endpoints;
        this.names = names;
        this.datagrams = datagrams;
        this.network = network;
        this.peers = peers;
    }

    /** A map with no lab addresses (every address is a real one), no name service, and UDP on the host. */
    public static LabAddressMap empty() {
        return new LabAddressMap(Map.of(), NameService.NONE, DatagramNetwork.udp(), Optional.empty(), new LabPeers());
    }

    /** A copy of this map whose name queries go through {@code names}. */
    public LabAddressMap withNameService(NameService names) {
        return new LabAddressMap(endpoints, Objects.requireNonNull(names, "names"), datagrams, network, peers);
    }

    /** A copy of this map whose datagrams (TFTP) travel on {@code network}. */
    public LabAddressMap withDatagrams(DatagramNetwork network) {
        return new LabAddressMap(endpoints, names, Objects.requireNonNull(network, "network"), this.network, peers);
    }

    /**
     * A copy of this map for a device in a modelled lab network: what it reaches is what {@code modelled}
     * delivers, and its interfaces are up only when cabled.
     */
    public LabAddressMap withNetwork(LabNetwork modelled) {
        return new LabAddressMap(endpoints, names, datagrams, Optional.of(modelled), peers);
    }

    /** The modelled network the device is in, if its lab models one. */
    public Optional<LabNetwork> network() {
        return network;
    }

    /** A copy of this map whose lab-mates (a lab without a modelled network) are {@code mates}. */
    public LabAddressMap withPeers(LabPeers mates) {
        return new LabAddressMap(endpoints, names, datagrams, network, Objects.requireNonNull(mates, "mates"));
    }

    /** The other devices of the lab as a device alone on the lab's segment reaches them (none by default). */
    public LabPeers peers() {
        return peers;
    }

    /** The network the device's datagrams travel on. */
    public DatagramNetwork datagrams() {
        return datagrams;
    }

    /** How a query reaches a name server's socket. */
    public NameService nameService() {
        return names;
    }

    /** A copy of this map where {@code service} at {@code labAddress} is served by {@code real}. */
    public LabAddressMap with(Ipv4Address labAddress, LabService service, InetSocketAddress real) {
        Objects.requireNonNull(real, "real");
        return with(labAddress, service, () -> real);
    }

    /**
     * A copy of this map where {@code service} at {@code labAddress} is served where {@code real} says when a
     * connection is made: a server started after the device (the lab servers of {@code run --batch}, once the
     * first prompt shows) is asked then, and may make the caller wait until it listens.
     */
    public LabAddressMap with(Ipv4Address labAddress, LabService service, Supplier<InetSocketAddress> real) {
        Objects.requireNonNull(real, "real");
        Map<Ipv4Address, Map<LabService, Supplier<InetSocketAddress>>> copy = new HashMap<>();
        endpoints.forEach((address, services) -> {
            EnumMap<LabService, Supplier<InetSocketAddress>> copied = new EnumMap<>(LabService.class);
            copied.putAll(services);
            copy.put(address, copied);
        });
        copy.computeIfAbsent(labAddress, unused -> new EnumMap<>(LabService.class))
                .put(service, real);
        copy.replaceAll((address, services) -> Map.copyOf(services));
        return new LabAddressMap(Map.copyOf(copy), names, datagrams, network, peers);
    }

    /**
     * A copy of this map where {@code labAddress} is a lab address with no service running behind it (the lab
     * servers turned off): it answers pings, and nothing answers a connection there.
     */
    public LabAddressMap withHost(Ipv4Address labAddress) {
        if (endpoints.containsKey(labAddress)) {
            return this;
        }
        Map<Ipv4Address, Map<LabService, Supplier<InetSocketAddress>>> copy = new HashMap<>(endpoints);
        copy.put(labAddress, Map.of());
        return new LabAddressMap(Map.copyOf(copy), names, datagrams, network, peers);
    }

    /** Whether {@code address} is a lab address (one the profile's lab section names). */
    public boolean isLabAddress(Ipv4Address address) {
        return endpoints.containsKey(address);
    }

    /**
     * The real socket to contact for {@code service} at {@code address}. A port named in the URL
     * applies to real addresses only; a lab address always leads to its mapped server, and a lab
     * address without that service has no socket at all (nothing answers there, and no datagram
     * leaves the machine for a lab address).
     */
    public Optional<InetSocketAddress> socketFor(Ipv4Address address, LabService service, OptionalInt urlPort) {
        Map<LabService, Supplier<InetSocketAddress>> services = endpoints.get(address);
        if (services != null) {
            return Optional.ofNullable(services.get(service)).map(Supplier::get);
        }
        int port = urlPort.orElse(service.standardPort());
        return Optional.of(new InetSocketAddress(address.toInetAddress(), port));
    }
}
