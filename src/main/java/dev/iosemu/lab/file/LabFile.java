package dev.iosemu.lab.file;

import dev.iosemu.profile.DeviceProfile;
import dev.iosemu.profile.DeviceProfiles;
import dev.iosemu.profile.ProfileException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A lab as its file describes it, in the spirit of containerlab's topology files: devices (each a profile, an
 * optional startup-config and optional ports; a {@code count} makes a fleet), the lab server as a node with its
 * address, and links between named interfaces. Every node is resolved and every rule checked when the file is
 * read, so a lab that reads can be built.
 *
 * <pre>{@code
 * name: ccna
 * nodes:
 *   r1: {profile: c1941, startup-config: ccna/r1.cfg, ports: {console: 5001}}
 *   sw1: {profile: c2960x}
 *   server: {kind: server, address: 192.168.1.10}
 * links:
 *   - endpoints: ["r1:GigabitEthernet0/0", "sw1:GigabitEthernet1/0/1"]
 * }</pre>
 *
 * @param name the lab's name
 * @param source where it was read from (a path, or {@code --generate})
 * @param nodes the devices, fleets expanded, in file order
 * @param server the lab server node (the default address when the file names none)
 * @param links the cables
 */
public record LabFile(String name, String source, List<LabNode> nodes, LabServerNode server, List<LabLink> links) {
    public LabFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
        nodes = List.copyOf(nodes);
        Objects.requireNonNull(server, "server");
        links = List.copyOf(links);
    }

    /** Reads and checks a lab file; its startup-config files and profile files are found beside it. */
    public static LabFile read(Path file) throws LabFileException, IOException {
        return LabFileReader.read(LabSource.file(file));
    }

    /**
     * Reads a lab file from the class path ({@code labs/ccna.yaml}), its startup-configs beside it there.
     *
     * @throws java.nio.file.NoSuchFileException when there is no such resource
     */
    public static LabFile resource(String name, ClassLoader loader) throws LabFileException, IOException {
        return LabFileReader.read(LabSource.resource(name, loader));
    }

    /**
     * A fleet of {@code count} devices of one profile ({@code lab --generate N PROFILE}): distinct hostnames
     * ({@code r1}, {@code r2}, ... for a router; {@code sw1}, ... for a switch), addresses and free ports.
     */
    public static LabFile fleet(String profileName, int count) throws LabFileException {
        String source = "--generate";
        if (count < 1 || count > Fleet.MAX_COUNT) {
            throw new LabFileException(source, 0, "count", "must be 1-" + Fleet.MAX_COUNT + " (was " + count + ")");
        }
        DeviceProfile profile;
        try {
            profile = DeviceProfiles.load(profileName);
        } catch (ProfileException e) {
            throw new LabFileException(source, 0, "profile", e.getMessage());
        }
        Fleet fleet = new Fleet(LabServerNode.DEFAULT_ADDRESS, count);
        String prefix = Fleet.namePrefix(profile);
        List<LabNode> nodes = new java.util.ArrayList<>();
        for (int i = 1; i <= count; i++) {
            nodes.add(fleet.node(prefix + i, profileName, profile, 0, Optional.empty()));
        }
        return new LabFile(
                prefix + "-fleet",
                source,
                nodes,
                new LabServerNode("server", LabServerNode.DEFAULT_ADDRESS),
                List.of());
    }

    /** The node called {@code name}. */
    public Optional<LabNode> node(String name) {
        return nodes.stream().filter(n -> n.name().equals(name)).findFirst();
    }
}
