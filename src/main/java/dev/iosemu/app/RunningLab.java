package dev.iosemu.app;

import dev.iosemu.lab.LabNetwork;
import dev.iosemu.lab.file.LabFile;
import dev.iosemu.lab.file.LabNode;
import dev.iosemu.profile.ProfileException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The nodes of a {@link LabFile} booted in one JVM: one {@link Lab} for all of them (one set of lab servers,
 * one in-memory copy of the images, the initial images shared), each node a {@link VirtualDevice} powered on
 * and, unless turned off, with its console line on a telnet port of its own on loopback, as GNS3 and EVE-NG
 * give a node's console. What {@code iosemu lab FILE} runs, and what {@code @IosLab} injects into a test.
 *
 * <pre>{@code
 * try (RunningLab lab = RunningLab.builder(LabFile.read(Path.of("labs/ccna.yaml"))).start()) {
 *     HeadlessSession r1 = lab.device("r1").openSession();
 *     r1.exec("show version");
 * }
 * }</pre>
 *
 * Thread-safe: its nodes are fixed once started; each device is thread-safe.
 */
public final class RunningLab implements AutoCloseable {
    /**
     * One booted node.
     *
     * @param name the node's name in the lab file
     * @param profile the profile as the file names it
     * @param device the device
     * @param console where its console line listens (telnet), unless consoles are off
     */
    public record Node(String name, String profile, VirtualDevice device, Optional<InetSocketAddress> console) {
        /** Where the device's vty lines listen for SSH: empty without, or while the device has no RSA key. */
        public Optional<InetSocketAddress> ssh() {
            return device.sshAddress();
        }

        /** The address of the device's first addressed interface now, as {@code 192.168.1.1/24}. */
        public Optional<String> managementAddress() {
            return device.router().runningConfig().interfaces().stream()
                    .flatMap(ifc -> ifc.address().stream())
                    .findFirst()
                    .map(a -> a.address() + "/" + a.mask().prefixLength());
        }
    }

    private final LabFile file;
    private final Lab lab;
    private final Map<String, Node> nodes; // in file order
    private final List<AutoCloseable> owned; // consoles, devices, the lab: closed in reverse

    private RunningLab(LabFile file, Lab lab, Map<String, Node> nodes, List<AutoCloseable> owned) {
        this.file = file;
        this.lab = lab;
        this.nodes = nodes;
        this.owned = owned;
    }

    public static Builder builder(LabFile file) {
        return new Builder(file);
    }

    /** The lab file the lab was started from. */
    public LabFile file() {
        return file;
    }

    /** The lab the nodes share (its servers' addresses). */
    public Lab lab() {
        return lab;
    }

    /** The nodes, in the order of the lab file. */
    public List<Node> nodes() {
        return List.copyOf(nodes.values());
    }

    /** The node called {@code name}; IllegalArgumentException naming the nodes if there is none. */
    public Node node(String name) {
        Node node = nodes.get(name);
        if (node == null) {
            throw new IllegalArgumentException("no node " + name + " in lab " + file.name() + " (nodes: "
                    + String.join(", ", nodes.keySet()) + ")");
        }
        return node;
    }

    /** The device of node {@code name}. */
    public VirtualDevice device(String name) {
        return node(name).device();
    }

    /** Stops the consoles, the devices and the lab servers. */
    @Override
    public void close() throws IOException {
        IOException failure = null;
        for (int i = owned.size() - 1; i >= 0; i--) {
            try {
                owned.get(i).close();
            } catch (Exception e) {
                if (failure == null) {
                    failure = e instanceof IOException io ? io : new IOException(e);
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    /** Settings of a running lab; everything has a default (servers and consoles on free loopback ports). */
    public static final class Builder {
        private final LabFile file;
        private final Lab.Builder labSettings = Lab.builder();
        private boolean consoles = true;
        private Clock clock; // null: the system clock, as a device left alone has
        private Path state; // null: nothing outlives the lab
        private LabNetwork network; // null: one in real time when the file has links

        private Builder(LabFile file) {
            this.file = Objects.requireNonNull(file, "file");
            labSettings.serverAddress(file.server().address());
        }

        /** Whether each node's console listens on a telnet port (default true). */
        public Builder consoles(boolean enabled) {
            this.consoles = enabled;
            return this;
        }

        /** Lab TFTP on this port, lab FTP on the next; 0 (the default) picks free ports. */
        public Builder labPortBase(int port) {
            labSettings.portBase(port);
            return this;
        }

        /** A folder the lab servers serve instead of the practice images. */
        public Builder images(Path folder) {
            labSettings.images(folder);
            return this;
        }

        /**
         * The modelled network the file's links are cabled in (a test's, on its {@code ManualTime}); without one
         * a lab file with links gets a network in real time, and one without links none (each device as alone).
         */
        public Builder network(LabNetwork modelled) {
            this.network = Objects.requireNonNull(modelled, "modelled");
            return this;
        }

        /** Keeps each node's state in {@code folder}/NODE across runs ({@code lab --state}). */
        public Builder state(Path folder) {
            this.state = Objects.requireNonNull(folder, "folder");
            return this;
        }

        /** Every device's clock (dates in flash, uptime); a test's fixed clock, say. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** Builds every node, powers them all on and opens their consoles; on any failure closes what started. */
        public RunningLab start() throws IOException, ProfileException {
            List<AutoCloseable> owned = new ArrayList<>();
            try {
                if (network != null || !file.links().isEmpty()) {
                    labSettings.network(network != null ? network : LabNetwork.create());
                }
                Lab lab = labSettings.build();
                owned.add(lab);
                List<VirtualDevice> built = InParallel.map(file.nodes(), node -> device(node, lab), owned::add);
                Map<String, VirtualDevice> devices = new LinkedHashMap<>();
                for (int i = 0; i < built.size(); i++) {
                    devices.put(file.nodes().get(i).name(), built.get(i));
                }
                LabCabling.connect(lab, devices, file.server(), file.links());
                InParallel.map(built, VirtualDevice::powerOn, booted -> {});
                Map<String, Node> nodes = new LinkedHashMap<>();
                for (LabNode node : file.nodes()) {
                    VirtualDevice device = devices.get(node.name());
                    Optional<InetSocketAddress> console = Optional.empty();
                    if (consoles) {
                        NodeConsole served = NodeConsole.start(device, node.consolePort());
                        owned.add(served);
                        console = Optional.of(served.address());
                    }
                    nodes.put(node.name(), new Node(node.name(), node.profileName(), device, console));
                }
                return new RunningLab(file, lab, nodes, owned);
            } catch (IOException | ProfileException | RuntimeException e) {
                new RunningLab(file, null, Map.of(), owned).closeQuietly(e);
                throw e;
            }
        }

        private VirtualDevice device(LabNode node, Lab lab) throws IOException, ProfileException {
            VirtualDevice.Builder builder =
                    VirtualDevice.builder().lab(lab).profile(node.profile()).startupConfig(node.startupConfig());
            if (clock != null) {
                builder.clock(clock);
            }
            if (state != null) {
                builder.state(state.resolve(node.name()));
            }
            node.sshPort().ifPresent(port -> builder.sshPort(port).telnetPort(0)); // vty lines other nodes reach
            return builder.build();
        }
    }

    private void closeQuietly(Exception failure) {
        try {
            close();
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }
}
