package dev.iosemu.lab.file;

import com.fasterxml.jackson.core.JacksonException;
import dev.iosemu.lab.Ipv4Address;
import dev.iosemu.profile.DeviceProfile;
import dev.iosemu.profile.DeviceProfiles;
import dev.iosemu.profile.ProfileException;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a lab file into a checked {@link LabFile}: every problem is one {@link LabFileException} naming the
 * file, the line and the field. Not thread-safe; one reader reads one file.
 */
final class LabFileReader {
    private static final Pattern NODE_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9-]{0,55}");
    private static final Set<String> TOP = Set.of("name", "nodes", "links");
    private static final Set<String> DEVICE = Set.of("kind", "profile", "startup-config", "count", "ports");
    private static final Set<String> SERVER = Set.of("kind", "address");
    private static final Set<String> PORTS = Set.of("console", "ssh");

    private final LabSource source;
    private final YamlFields fields;

    private LabFileReader(LabSource source) {
        this.source = source;
        this.fields = new YamlFields(source.name());
    }

    static LabFile read(LabSource source) throws LabFileException, IOException {
        String text = source.text();
        YamlNode root;
        try {
            root = YamlNode.parse(text);
        } catch (YamlNode.DuplicateKey e) {
            throw new LabFileException(source.name(), e.line, e.key, "written twice");
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            String message = e.getOriginalMessage();
            int newline = message.indexOf('\n');
            throw new LabFileException(
                    source.name(),
                    line,
                    "",
                    "not valid YAML: " + (newline < 0 ? message : message.substring(0, newline)));
        }
        return new LabFileReader(source).lab(root);
    }

    private LabFile lab(YamlNode root) throws LabFileException, IOException {
        YamlNode.Mapping top = fields.mapping(root, "", "a lab file (name, nodes, links)");
        fields.knownKeys(top, "", TOP);
        String name = fields.optional(top, "name").isPresent()
                ? fields.text(top.entries().get("name"), "name")
                : baseName(source.name());
        YamlNode.Mapping nodes = fields.mapping(fields.required(top, "", "nodes"), "nodes", "a mapping of node names");
        if (nodes.entries().isEmpty()) {
            throw new LabFileException(source.name(), nodes.line(), "nodes", "a lab needs at least one node");
        }
        LabServerNode server = server(nodes);
        List<LabNode> devices = devices(nodes, server);
        Map<String, LabNode> byName = new HashMap<>();
        devices.forEach(node -> byName.put(node.name(), node));
        List<LabLink> links = new LinkReader(fields, byName, server)
                .links(fields.optional(top, "links").orElse(null));
        return new LabFile(name, source.name(), devices, server, links);
    }

    /** The one node of kind {@code server}, or the default lab server when the file names none. */
    private LabServerNode server(YamlNode.Mapping nodes) throws LabFileException {
        LabServerNode found = null;
        for (var entry : nodes.entries().entrySet()) {
            String path = "nodes." + entry.getKey();
            YamlNode.Mapping node = fields.mapping(entry.getValue(), path, "a mapping (profile, startup-config, ...)");
            if (!kind(node, path).equals("server")) {
                continue;
            }
            if (found != null) {
                throw new LabFileException(
                        source.name(),
                        nodes.keyLines().get(entry.getKey()),
                        path,
                        "a lab has one server (" + found.name() + " is one)");
            }
            fields.knownKeys(node, path, SERVER);
            YamlNode address = fields.required(node, path, "address");
            String text = fields.text(address, path + ".address");
            Ipv4Address parsed = Ipv4Address.tryParse(text)
                    .orElseThrow(() ->
                            fields.error(address, path + ".address", "must be an IPv4 address (was '" + text + "')"));
            found = new LabServerNode(nodeName(entry.getKey(), nodes, path), parsed);
        }
        return found != null ? found : new LabServerNode("server", LabServerNode.DEFAULT_ADDRESS);
    }

    private String kind(YamlNode.Mapping node, String path) throws LabFileException {
        Optional<YamlNode> kind = fields.optional(node, "kind");
        if (kind.isEmpty()) {
            return "device";
        }
        String text = fields.text(kind.get(), path + ".kind");
        if (!text.equals("device") && !text.equals("server")) {
            throw fields.error(kind.get(), path + ".kind", "must be device or server (was '" + text + "')");
        }
        return text;
    }

    private List<LabNode> devices(YamlNode.Mapping nodes, LabServerNode server) throws LabFileException, IOException {
        int total = 0;
        Map<String, Optional<String>> configs = new HashMap<>();
        for (var entry : nodes.entries().entrySet()) {
            YamlNode.Mapping node = (YamlNode.Mapping) entry.getValue();
            String path = "nodes." + entry.getKey();
            if (kind(node, path).equals("device")) {
                total += count(node, path);
                configs.put(entry.getKey(), startupConfig(node, path));
            }
        }
        if (total > Fleet.MAX_COUNT) {
            throw new LabFileException(
                    source.name(),
                    nodes.line(),
                    "nodes",
                    "at most " + Fleet.MAX_COUNT + " devices (the file makes " + total + ")");
        }
        Fleet fleet = new Fleet(server.address(), total);
        configs.values().forEach(config -> config.ifPresent(fleet::reserve));
        Ports ports = new Ports(fields);
        List<LabNode> devices = new ArrayList<>();
        Set<String> names = new java.util.HashSet<>(Set.of(server.name()));
        for (var entry : nodes.entries().entrySet()) {
            String path = "nodes." + entry.getKey();
            YamlNode.Mapping node = (YamlNode.Mapping) entry.getValue();
            if (kind(node, path).equals("server")) {
                continue;
            }
            String name = nodeName(entry.getKey(), nodes, path);
            fields.knownKeys(node, path, DEVICE);
            String profileName = fields.text(fields.required(node, path, "profile"), path + ".profile");
            DeviceProfile profile = profile(node.entries().get("profile"), path + ".profile", profileName);
            Optional<String> config = configs.get(entry.getKey());
            int count = count(node, path);
            YamlNode.Mapping portMap = portMap(node, path);
            int console = ports.port(portMap, path + ".ports", "console", count);
            boolean counted = node.entries().containsKey("count");
            OptionalInt ssh = portMap != null && portMap.entries().containsKey("ssh")
                    ? OptionalInt.of(ports.port(portMap, path + ".ports", "ssh", count))
                    : counted ? OptionalInt.empty() : OptionalInt.of(0); // a fleet's SSH only when asked
            for (int i = 1; i <= count; i++) {
                String each = counted ? name + i : name;
                if (!names.add(each)) {
                    throw new LabFileException(
                            source.name(),
                            nodes.keyLines().get(entry.getKey()),
                            path,
                            "makes node " + each + ", which the lab already has");
                }
                LabNode made = fleet.node(each, profileName, profile, console == 0 ? 0 : console + i - 1, config);
                devices.add(ssh.isEmpty() ? made : withSsh(made, ssh.getAsInt() == 0 ? 0 : ssh.getAsInt() + i - 1));
            }
        }
        return devices;
    }

    private static LabNode withSsh(LabNode node, int port) {
        return new LabNode(
                node.name(),
                node.profileName(),
                node.profile(),
                node.startupConfig(),
                node.consolePort(),
                OptionalInt.of(port));
    }

    private String nodeName(String name, YamlNode.Mapping nodes, String path) throws LabFileException {
        if (!NODE_NAME.matcher(name).matches()) {
            throw new LabFileException(
                    source.name(),
                    nodes.keyLines().get(name),
                    path,
                    "a node name is a hostname: a letter, then letters, digits or '-', at most 56 (was '" + name
                            + "')");
        }
        return name;
    }

    private int count(YamlNode.Mapping node, String path) throws LabFileException {
        Optional<YamlNode> count = fields.optional(node, "count");
        return count.isEmpty() ? 1 : fields.number(count.get(), path + ".count", 1, Fleet.MAX_COUNT);
    }

    private YamlNode.Mapping portMap(YamlNode.Mapping node, String path) throws LabFileException {
        Optional<YamlNode> ports = fields.optional(node, "ports");
        if (ports.isEmpty()) {
            return null;
        }
        YamlNode.Mapping map = fields.mapping(ports.get(), path + ".ports", "a mapping (console, ssh)");
        fields.knownKeys(map, path + ".ports", PORTS);
        return map;
    }

    private DeviceProfile profile(YamlNode at, String path, String name) throws LabFileException {
        String nameOrPath = name;
        if (!DeviceProfiles.builtInNames().contains(name)) {
            Optional<java.nio.file.Path> file = source.path(name);
            if (file.isPresent() && java.nio.file.Files.isRegularFile(file.get())) {
                nameOrPath = file.get().toString();
            }
        }
        try {
            return DeviceProfiles.load(nameOrPath);
        } catch (ProfileException e) {
            String problem = e.source().equals(nameOrPath) && e.fieldPath().isEmpty() ? e.problem() : e.getMessage();
            throw fields.error(at, path, problem);
        }
    }

    /** The node's startup-config: inline text (a value of several lines), or a file beside the lab file. */
    private Optional<String> startupConfig(YamlNode.Mapping node, String path) throws LabFileException {
        Optional<YamlNode> config = fields.optional(node, "startup-config");
        if (config.isEmpty()) {
            return Optional.empty();
        }
        String value = fields.text(config.get(), path + ".startup-config");
        if (value.contains("\n")) {
            return Optional.of(value);
        }
        try {
            return Optional.of(source.read(value));
        } catch (NoSuchFileException e) {
            throw fields.error(config.get(), path + ".startup-config", "no such file: " + value);
        } catch (IOException e) {
            throw fields.error(
                    config.get(), path + ".startup-config", "cannot read " + value + " (" + e.getMessage() + ")");
        }
    }

    private static String baseName(String source) {
        String file = source.substring(source.lastIndexOf('/') + 1);
        int dot = file.lastIndexOf('.');
        return dot > 0 ? file.substring(0, dot) : file;
    }
}
