package dev.iosemu.lab.file;

import dev.iosemu.profile.DeviceProfile;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One device of a lab, ready to build: its name (also its hostname unless its startup-config says otherwise),
 * its profile, the startup-config it boots with, and the loopback ports its console (telnet) and SSH listen on.
 *
 * @param name the node's name, unique in the lab
 * @param profileName the profile as the lab file names it ({@code c1941})
 * @param profile the profile itself
 * @param startupConfig the startup-config text: the node's own file, or the profile's with the node's
 *     hostname and management address put in
 * @param consolePort the telnet console port; 0 picks a free one
 * @param sshPort the SSH port of the vty lines; 0 picks a free one, empty for none
 */
public record LabNode(
        String name,
        String profileName,
        DeviceProfile profile,
        String startupConfig,
        int consolePort,
        OptionalInt sshPort) {
    public LabNode {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(profileName, "profileName");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(startupConfig, "startupConfig");
        Objects.requireNonNull(sshPort, "sshPort");
    }

    /** Whether {@code interfaceName} is one of the node's interfaces. */
    public boolean hasInterface(String interfaceName) {
        return profile.interfaces().stream().anyMatch(i -> i.name().equals(interfaceName));
    }

    /** The first interface address of the startup-config, as {@code 192.168.1.1/24}, if it has one. */
    public Optional<String> managementAddress() {
        return StartupConfigs.firstAddress(startupConfig);
    }
}
