package dev.iosemu.device.config;

import dev.iosemu.lab.ConnectedInterface;
import dev.iosemu.lab.Ipv4Address;
import dev.iosemu.lab.RoutingTable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * The running configuration as an immutable value; a change builds a new one through {@link #toBuilder()}.
 * The device swaps whole values, so a reader never sees half a change.
 *
 * <p>It is a handful of sub-values, each an immutable record with its own {@code with} methods and its
 * own section of {@link ConfigRenderer}. A new feature extends the sub-value it belongs to ({@code ip ssh}
 * in {@link Security}, {@code ip scp server} in {@link FileSettings}, a line setting in {@link LineConfig})
 * and is changed through the builder's operator for it ({@code b.security(s -> s.withX(...))}); this
 * record gains a component only for a new area, and stays at eight or fewer.
 *
 * @param hostname {@code hostname}
 * @param security {@code enable secret}, {@code enable password}, {@code service password-encryption},
 *     {@code username}
 * @param names {@code ip domain lookup}, {@code ip domain name}, {@code ip host} and {@code ip name-server}
 * @param interfaces the interfaces, in the device's order
 * @param routing {@code ip route} entries, {@code ip default-gateway} and {@code cdp run}
 * @param bootSystem {@code boot system} entries, in order (routers; a switch keeps BOOT in the loader)
 * @param files {@code file prompt}, {@code file verify auto}, {@code ip ftp ...}, {@code ip tftp ...},
 *     {@code tftp-server}
 * @param lines {@code line} blocks and {@code banner} texts
 */
public record RunningConfig(
        String hostname,
        Security security,
        NameSettings names,
        List<InterfaceConfig> interfaces,
        Routing routing,
        List<String> bootSystem,
        FileSettings files,
        Lines lines) {
    public RunningConfig {
        Objects.requireNonNull(hostname, "hostname");
        Objects.requireNonNull(security, "security");
        Objects.requireNonNull(names, "names");
        interfaces = List.copyOf(interfaces);
        Objects.requireNonNull(routing, "routing");
        bootSystem = List.copyOf(bootSystem);
        Objects.requireNonNull(files, "files");
        Objects.requireNonNull(lines, "lines");
    }

    /** A factory-default configuration with the given hostname, interfaces and lines. */
    public static RunningConfig factory(String hostname, List<InterfaceConfig> interfaces, List<LineConfig> lines) {
        return new RunningConfig(
                hostname,
                Security.defaults(),
                NameSettings.defaults(),
                interfaces,
                Routing.defaults(),
                List.of(),
                FileSettings.defaults(),
                Lines.of(lines));
    }

    /** An IPv4 address as typed, else the first address of the name in the {@code ip host} table. */
    public Optional<Ipv4Address> resolve(String hostOrAddress) {
        return Ipv4Address.tryParse(hostOrAddress).or(() -> host(hostOrAddress));
    }

    /** The first address of a name in the {@code ip host} table, whatever the name's case. */
    public Optional<Ipv4Address> host(String name) {
        return names.host(name);
    }

    /** The interface with exactly this full name. */
    public Optional<InterfaceConfig> findInterface(String name) {
        return interfaces.stream().filter(i -> i.name().equals(name)).findFirst();
    }

    /**
     * The routing view of the configuration alone, as if every link were up; what the device reaches is
     * {@code Router.reachability()}, which knows the links.
     */
    public RoutingTable routingTable() {
        return routingTable(ifc -> !ifc.shutdown());
    }

    /**
     * The routing view of this configuration: addressed interfaces, up when not shut down and their line
     * protocol is (as {@code lineProtocolUp} says from their runtime state), and routes.
     */
    public RoutingTable routingTable(Predicate<InterfaceConfig> lineProtocolUp) {
        List<ConnectedInterface> connected = new ArrayList<>();
        for (InterfaceConfig ifc : interfaces) {
            ifc.address()
                    .ifPresent(a -> connected.add(
                            new ConnectedInterface(ifc.name(), a.address(), a.mask(), lineProtocolUp.test(ifc))));
        }
        return new RoutingTable(connected, routing.routes(), routing.defaultGateway());
    }

    /** What line {@code number} of {@code kind} asks before a session starts on it. */
    public LineAccess lineAccess(LineConfig.LineKind kind, int number) {
        return LineAccess.of(this, kind, number);
    }

    /** A builder holding a copy of this configuration. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Collects changes to a configuration; not thread-safe, used inside one device-locked change. */
    public static final class Builder {
        private String hostname;
        private Security security;
        private NameSettings names;
        private final Map<String, InterfaceConfig> interfaces = new LinkedHashMap<>();
        private Routing routing;
        private final List<String> bootSystem;
        private FileSettings files;
        private Lines lines;

        private Builder(RunningConfig from) {
            hostname = from.hostname;
            security = from.security;
            names = from.names;
            from.interfaces.forEach(i -> interfaces.put(i.name(), i));
            routing = from.routing;
            bootSystem = new ArrayList<>(from.bootSystem);
            files = from.files;
            lines = from.lines;
        }

        public Builder hostname(String value) {
            if (!HostnameRules.isLegal(value)) {
                throw new IllegalArgumentException("bad hostname: \"" + value + "\"");
            }
            hostname = value;
            return this;
        }

        /** Changes the access settings: enable secret and password, password encryption, users. */
        public Builder security(UnaryOperator<Security> change) {
            security = Objects.requireNonNull(change.apply(security));
            return this;
        }

        /** Changes the name settings: domain lookup, domain name, hosts, name servers. */
        public Builder names(UnaryOperator<NameSettings> change) {
            names = Objects.requireNonNull(change.apply(names));
            return this;
        }

        /** Changes an existing interface; throws when the device has no interface of that name. */
        public Builder updateInterface(String name, UnaryOperator<InterfaceConfig> change) {
            InterfaceConfig current = interfaces.get(name);
            if (current == null) {
                throw new IllegalArgumentException("no interface " + name);
            }
            interfaces.put(name, change.apply(current));
            return this;
        }

        /**
         * Adds an interface that comes into being when configured ({@code interface Loopback0}, {@code interface
         * Vlan10}), after the others of its kind; nothing happens when it exists.
         */
        public Builder addInterface(InterfaceConfig created) {
            if (interfaces.containsKey(created.name())) {
                return this;
            }
            if (!created.name().startsWith("Loopback")) {
                interfaces.put(created.name(), created);
                return this;
            }
            List<InterfaceConfig> all = new ArrayList<>(interfaces.values()); // loopbacks list first, as IOS shows them
            int at = 0;
            while (at < all.size() && all.get(at).name().startsWith("Loopback")) {
                at++;
            }
            all.add(at, created);
            interfaces.clear();
            all.forEach(i -> interfaces.put(i.name(), i));
            return this;
        }

        /** {@code no interface Loopback0}: removes a created interface; throws for one the device was built with. */
        public Builder removeInterface(String name) {
            if (interfaces.remove(name) == null) {
                throw new IllegalArgumentException("no interface " + name);
            }
            return this;
        }

        /** Changes the static routes and the default gateway. */
        public Builder routing(UnaryOperator<Routing> change) {
            routing = Objects.requireNonNull(change.apply(routing));
            return this;
        }

        /** Appends a {@code boot system} entry; a repeated entry stays where it was. */
        public Builder addBootSystem(String path) {
            if (!bootSystem.contains(path)) {
                bootSystem.add(path);
            }
            return this;
        }

        /** {@code no boot system [path]}: removes one entry, or all when {@code path} is empty. */
        public Builder removeBootSystem(Optional<String> path) {
            path.ifPresentOrElse(bootSystem::remove, bootSystem::clear);
            return this;
        }

        /** Changes the file settings: prompts, verify auto, transfer settings, served files. */
        public Builder files(UnaryOperator<FileSettings> change) {
            files = Objects.requireNonNull(change.apply(files));
            return this;
        }

        /** {@code files(f -> f.withFtp(change))}, for the most changed part. */
        public Builder ftp(UnaryOperator<FtpSettings> change) {
            return files(f -> f.withFtp(change));
        }

        /** {@code files(f -> f.withTftp(change))}, for the most changed part. */
        public Builder tftp(UnaryOperator<TftpSettings> change) {
            return files(f -> f.withTftp(change));
        }

        /** Changes the line blocks and the banners. */
        public Builder lines(UnaryOperator<Lines> change) {
            lines = Objects.requireNonNull(change.apply(lines));
            return this;
        }

        /** {@code lines(l -> l.withLine(kind, first, last, change))}, for the line configuration mode. */
        public Builder updateLine(LineConfig.LineKind kind, int first, int last, UnaryOperator<LineConfig> change) {
            return lines(l -> l.withLine(kind, first, last, change));
        }

        public RunningConfig build() {
            return new RunningConfig(
                    hostname, security, names, List.copyOf(interfaces.values()), routing, bootSystem, files, lines);
        }
    }
}
