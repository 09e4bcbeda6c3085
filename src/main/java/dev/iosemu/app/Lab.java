package dev.iosemu.app;

import dev.iosemu.device.Router;
import dev.iosemu.device.config.InterfaceAddress;
import dev.iosemu.fs.copy.HeapBudget;
import dev.iosemu.lab.Ipv4Address;
import dev.iosemu.lab.LabAddressMap;
import dev.iosemu.lab.LabFabric;
import dev.iosemu.lab.LabHost;
import dev.iosemu.lab.LabNetwork;
import dev.iosemu.lab.LabPeers;
import dev.iosemu.lab.LabService;
import dev.iosemu.lab.Link;
import dev.iosemu.lab.NetworkNode;
import dev.iosemu.net.StandardPort;
import dev.iosemu.net.ftp.FtpAccount;
import dev.iosemu.profile.DeviceProfiles;
import dev.iosemu.profile.LabSection;
import dev.iosemu.profile.ProfileException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

/**
 * The lab that devices live in, and what they share there: the lab servers (TFTP and FTP over one in-memory
 * copy of {@code images/} with one upload area, counted once against the JVM's heap), the fabric their
 * datagrams travel on, and the lab addresses each device's profile maps onto those servers. A device built
 * alone is a lab of one; several devices in one JVM may share a lab ({@link VirtualDevice.Builder#lab}).
 * Thread-safe; close it after its devices.
 */
public final class Lab implements AutoCloseable {
    private final Optional<LabStart> servers; // empty: a lab without servers
    private final LabFabric fabric;
    private final Optional<LabNetwork> network;
    private final int portBase;
    private final Optional<Ipv4Address> serverAddress; // the lab file's, in place of the profiles' addresses
    private final AtomicBoolean devicePortFree = new AtomicBoolean(true); // portBase + 2, for the first device
    private final LabPeers mates = new LabPeers(); // the devices, when no modelled network carries them

    private Lab(
            Optional<LabStart> servers,
            LabFabric fabric,
            Optional<LabNetwork> network,
            int portBase,
            Optional<Ipv4Address> serverAddress) {
        this.servers = servers;
        this.fabric = fabric;
        this.network = network;
        this.portBase = portBase;
        this.serverAddress = serverAddress;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Whether the lab has servers that are not started yet: a lab that starts them on first use ({@link
     * Builder#deferServers}) has none listening until an address is asked for.
     */
    boolean serversPending() {
        return servers.map(start -> !start.isStarted()).orElse(false);
    }

    /**
     * Where the lab TFTP server listens, if the lab has servers (this and the other addresses start servers
     * deferred until now, and wait for a start under way).
     */
    public Optional<InetSocketAddress> tftpAddress() {
        return servers.map(start -> start.servers().tftpAddress());
    }

    /** Where the lab FTP server listens, if the lab has servers. */
    public Optional<InetSocketAddress> ftpAddress() {
        return servers.map(start -> start.servers().ftpAddress());
    }

    /** Where the lab SCP server listens, if the lab has servers. */
    public Optional<InetSocketAddress> scpAddress() {
        return servers.map(start -> start.servers().scpAddress());
    }

    /** Where the lab HTTP server listens, if the lab has servers. */
    public Optional<InetSocketAddress> httpAddress() {
        return servers.map(start -> start.servers().httpAddress());
    }

    /** Where the lab HTTPS server listens, if the lab has servers. */
    public Optional<InetSocketAddress> httpsAddress() {
        return servers.map(start -> start.servers().httpsAddress());
    }

    /** How the lab carries its devices' datagrams. */
    public LabFabric fabric() {
        return fabric;
    }

    /** The modelled network between the lab's devices, if it models one ({@link Builder#network}). */
    public Optional<LabNetwork> network() {
        return network;
    }

    /**
     * Cables {@code interfaceA} of {@code a} to {@code interfaceB} of {@code b} in the lab's modelled network;
     * names may be abbreviated ({@code Gi0/0}).
     *
     * @throws IllegalStateException the lab models no network
     * @throws IllegalArgumentException a device is in another lab, an interface does not exist or is cabled
     */
    public Link connect(VirtualDevice a, String interfaceA, VirtualDevice b, String interfaceB) {
        return modelled().connect(node(a), interfaceA, node(b), interfaceB);
    }

    /**
     * Puts the lab servers into the modelled network as host {@code name} at {@code address}/{@code mask}
     * (with {@code gateway} for other subnets), ready to be cabled by its interface {@link LabHost#INTERFACE}.
     */
    public LabHost serverHost(String name, Ipv4Address address, Ipv4Address mask, Optional<Ipv4Address> gateway) {
        Map<LabService, InetSocketAddress> services = new EnumMap<>(LabService.class);
        servers.map(LabStart::servers).ifPresent(s -> {
            services.put(LabService.TFTP, s.tftpAddress());
            services.put(LabService.FTP, s.ftpAddress());
            services.put(LabService.SCP, s.scpAddress());
        });
        LabHost host = LabHost.of(name, address, mask, gateway, services);
        modelled().attach(host);
        return host;
    }

    /** {@link #serverHost(String, Ipv4Address, Ipv4Address, Optional)} on a /24 with no gateway (a lab file's server). */
    public LabHost serverHost(String name, Ipv4Address address) {
        return serverHost(name, address, Ipv4Address.mask(24), Optional.empty());
    }

    private LabNetwork modelled() {
        return network.orElseThrow(() -> new IllegalStateException("this lab models no network"));
    }

    private NetworkNode node(VirtualDevice device) {
        if (device.lab() != this) {
            throw new IllegalArgumentException(device.router().runningConfig().hostname() + " is in another lab");
        }
        return device.router().network().orElseThrow();
    }

    /** The addresses of a device's lab section, each standing for the lab servers it names. */
    LabAddressMap addressMap(LabSection section) {
        LabAddressMap map = network.map(LabAddressMap.empty()::withNetwork)
                .orElseGet(() -> LabAddressMap.empty().withPeers(mates));
        for (LabSection.Server server : section.servers()) {
            Ipv4Address address = serverAddress.orElseGet(() -> Ipv4Address.parse(server.address()));
            map = map.withHost(address);
            if (servers.isEmpty()) {
                continue;
            }
            LabStart start = servers.get();
            for (LabSection.Service service : server.services()) {
                map = switch (service) { // asked at each connection: a deferred lab starts then
                    case TFTP ->
                        map.with(address, LabService.TFTP, () -> start.servers().tftpAddress());
                    case FTP ->
                        map.with(address, LabService.FTP, () -> start.servers().ftpAddress());
                    case SCP ->
                        map.with(address, LabService.SCP, () -> start.servers().scpAddress());
                    case HTTP ->
                        map.with(address, LabService.HTTP, () -> start.servers().httpAddress());
                    case HTTPS ->
                        map.with(
                                address, LabService.HTTPS, () -> start.servers().httpsAddress());
                };
            }
        }
        return map;
    }

    /**
     * Makes {@code device} reachable by the lab's other devices: in a lab without a modelled network every
     * device is on the lab's one segment (a fleet's nodes telnet and ssh to each other at their addresses);
     * in a modelled one the cables decide.
     */
    void join(VirtualDevice device) {
        if (network.isEmpty()) {
            mates.join(device, new LabMate(device));
        }
    }

    /** Takes {@code device} out of the lab's network, or out of its lab-mates' reach. */
    void leave(VirtualDevice device) {
        device.router().network().ifPresent(node -> node.leave());
        mates.leave(device);
    }

    /** The addresses a device answers on: those of its interfaces whose line protocol is up. */
    static Set<Ipv4Address> ownAddresses(Router router) {
        if (router == null) {
            return Set.of(); // not built yet
        }
        return router.runningConfig().interfaces().stream()
                .filter(router.links()::lineProtocolUp)
                .flatMap(ifc -> ifc.address().stream())
                .map(InterfaceAddress::address)
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Where a device's own TFTP server listens once it serves a file: the first device of a lab with a port
     * base gets that base + 2, every other device a free port (on a modelled fabric, port 69 of its own).
     */
    InetSocketAddress deviceTftpServerAddress() {
        int port = portBase != 0 && devicePortFree.getAndSet(false) ? portBase + 2 : 0;
        return fabric.serverAddress(StandardPort.TFTP, port);
    }

    @Override
    public void close() throws IOException {
        if (servers.isPresent()) {
            servers.get().close();
        }
    }

    /** Settings of a lab; everything has a default (servers on free loopback ports, the host's UDP). */
    public static final class Builder {
        private boolean serversEnabled = true;
        private Path images;
        private Path folder; // null: the lab root lives in the heap
        private int portBase;
        private LabSection accounts;
        private LabFabric fabric = LabFabric.host();
        private Ipv4Address serverAddress; // null: each profile's own lab addresses
        private LabNetwork network; // null: no modelled network, every interface cabled to the lab
        private boolean deferred; // start the servers on first use rather than with the lab

        private Builder() {}

        /**
         * Starts the lab's servers (and copies its images) when an address is first asked for, a device's
         * connection or the caller's, rather than in {@link #build()}: on free ports in the heap only (a port
         * base, an image folder or a lab on disk start at once, so a port in use or a missing folder still
         * fails the build). A device built alone in such a lab holds its SSH server back too ({@link
         * RemoteConsoles#releaseSsh}); {@code run --batch} starts both once its console waits for input.
         */
        Builder deferServers() {
            this.deferred = true;
            return this;
        }

        /** Whether {@link #deferServers} was asked for (the lab's device holds its SSH server too). */
        boolean defers() {
            return deferred;
        }

        /** Whether to start the lab TFTP and FTP servers (default true). */
        public Builder servers(boolean enabled) {
            this.serversEnabled = enabled;
            return this;
        }

        /**
         * A folder the lab servers serve instead of the practice images shipped with iosemu (the default);
         * {@link #build()} fails if it is not a folder.
         */
        public Builder images(Path folder) {
            this.images = Objects.requireNonNull(folder, "folder");
            return this;
        }

        /** Keeps the lab root in host folder {@code folder}, its uploads outliving the process ({@code --state}). */
        public Builder onDisk(Path folder) {
            this.folder = Objects.requireNonNull(folder, "folder");
            return this;
        }

        /**
         * Lab TFTP on this port, lab FTP on the next, the first device's TFTP server on the one after, then lab
         * SCP, HTTP and HTTPS; 0 picks free ports.
         */
        public Builder portBase(int port) {
            if (port < 0 || port > 65530) {
                throw new IllegalArgumentException("lab port base must be 0-65530 (was " + port + ")");
            }
            this.portBase = port;
            return this;
        }

        /** The FTP accounts (and anonymous access) of a profile's lab section (default: the default profile's). */
        public Builder accounts(LabSection section) {
            this.accounts = Objects.requireNonNull(section, "section");
            return this;
        }

        /** How the devices' datagrams travel (default: UDP on the host). */
        public Builder fabric(LabFabric fabric) {
            this.fabric = Objects.requireNonNull(fabric, "fabric");
            return this;
        }

        /** The one lab address every device reaches the lab servers at, in place of its profile's (a lab file's server). */
        public Builder serverAddress(Ipv4Address address) {
            this.serverAddress = Objects.requireNonNull(address, "address");
            return this;
        }

        /**
         * Models the network between the lab's devices: their interfaces are up only when cabled ({@link
         * Lab#connect}), and what they reach is what {@code modelled} carries, over real sockets on this machine.
         */
        public Builder network(LabNetwork modelled) {
            this.network = Objects.requireNonNull(modelled, "modelled");
            return this;
        }

        /** Creates the lab and starts its servers. */
        public Lab build() throws IOException, ProfileException {
            Optional<LabStart> servers = Optional.empty();
            if (serversEnabled) {
                LabSection section = accounts != null
                        ? accounts
                        : DeviceProfiles.load(DeviceProfiles.defaultName()).lab();
                boolean later = deferred && portBase == 0 && images == null && folder == null;
                servers = Optional.of(
                        later ? LabStart.deferred(() -> start(section)) : LabStart.now(() -> start(section)));
            }
            return new Lab(servers, fabric, Optional.ofNullable(network), portBase, Optional.ofNullable(serverAddress));
        }

        private LabStart.Started start(LabSection section) throws IOException {
            LabRoot root = folder != null
                    ? LabRoot.onDisk(Optional.ofNullable(images), folder)
                    : images != null ? LabRoot.of(images) : LabRoot.practice();
            try {
                LabServers servers = LabServers.start(settings(section, root.root()));
                return new LabStart.Started(root, servers, HeapBudget.jvm().hold(root::heapBytes));
            } catch (IOException | RuntimeException e) {
                root.close();
                throw e;
            }
        }

        private LabServers.Settings settings(LabSection section, Path root) {
            List<FtpAccount> ftpAccounts = section.ftpUsers().stream()
                    .map(user -> new FtpAccount(user.name(), user.password(), user.home(), user.writable()))
                    .toList();
            int ftpPort = portBase == 0 ? 0 : portBase + 1;
            int scpPort = portBase == 0 ? 0 : portBase + 3;
            int httpPort = portBase == 0 ? 0 : portBase + 4;
            int httpsPort = portBase == 0 ? 0 : portBase + 5;
            return new LabServers.Settings(
                    root,
                    InetAddress.getLoopbackAddress(),
                    portBase,
                    ftpPort,
                    scpPort,
                    httpPort,
                    httpsPort,
                    LabServers.TftpWrites.UPLOAD_FOLDER,
                    ftpAccounts,
                    section.anonymous());
        }
    }
}
