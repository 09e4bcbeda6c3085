package dev.iosemu.device;

import dev.iosemu.fs.local.LocalFileSystemSpec;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a new device is made from, in the device's own terms; {@link Router#create} fills it from a
 * profile, tests build it directly.
 *
 * @param identity fixed facts for the console and show version
 * @param hostname the factory hostname
 * @param fileSystems the local file systems, one of them {@code nvram:}
 * @param interfaces interface names in order
 * @param initialFiles files placed at creation
 * @param startupConfig the initial startup-config text, if any
 * @param configRegister the initial configuration register
 */
public record DeviceSetup(
        DeviceIdentity identity,
        String hostname,
        List<LocalFileSystemSpec> fileSystems,
        List<String> interfaces,
        List<InitialFile> initialFiles,
        Optional<String> startupConfig,
        int configRegister) {
    public DeviceSetup {
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(hostname, "hostname");
        fileSystems = List.copyOf(fileSystems);
        interfaces = List.copyOf(interfaces);
        initialFiles = List.copyOf(initialFiles);
        Objects.requireNonNull(startupConfig, "startupConfig");
    }

    /** Numbered front-panel ports ({@code GigabitEthernet1/0/1}), as a switch's show version counts them. */
    public int switchPorts() {
        return (int) interfaces.stream()
                .filter(name -> name.matches("[A-Za-z]+\\d+/\\d+/\\d+"))
                .count();
    }
}
