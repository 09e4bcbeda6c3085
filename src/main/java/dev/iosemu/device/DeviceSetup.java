package dev.iosemu.device;

import dev.iosemu.fs.local.LocalFileSystemSpec;
import dev.iosemu.lab.LabAddressMap;
import dev.iosemu.profile.DeviceProfile;
import java.util.List;
import java.util.Map;
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
 * @param fileSystemRows every row of {@code show file systems} in order (empty: the local ones only)
 * @param hardwareCalendar whether the clock survives power-off; without a calendar it restarts in 1993
 * @param loaderVariables loader variables a new device has ({@code MANUAL_BOOT=yes} to start at {@code switch:})
 */
public record DeviceSetup(
        DeviceIdentity identity,
        String hostname,
        List<LocalFileSystemSpec> fileSystems,
        List<String> interfaces,
        List<InitialFile> initialFiles,
        Optional<String> startupConfig,
        int configRegister,
        List<FileSystemRow> fileSystemRows,
        boolean hardwareCalendar,
        Map<String, String> loaderVariables) {
    public DeviceSetup {
        loaderVariables = Map.copyOf(loaderVariables);
        fileSystemRows = List.copyOf(fileSystemRows);
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(hostname, "hostname");
        fileSystems = List.copyOf(fileSystems);
        interfaces = List.copyOf(interfaces);
        initialFiles = List.copyOf(initialFiles);
        Objects.requireNonNull(startupConfig, "startupConfig");
    }

    /** A setup with a hardware calendar whose {@code show file systems} lists only its local file systems. */
    public DeviceSetup(
            DeviceIdentity identity,
            String hostname,
            List<LocalFileSystemSpec> fileSystems,
            List<String> interfaces,
            List<InitialFile> initialFiles,
            Optional<String> startupConfig,
            int configRegister) {
        this(identity, hostname, fileSystems, interfaces, initialFiles, startupConfig, configRegister, List.of(), true);
    }

    /** The setup a profile describes (what {@link Router#create(DeviceProfile, java.time.Clock, LabAddressMap)} uses). */
    public static DeviceSetup of(DeviceProfile profile) {
        return ProfileSetup.from(profile);
    }

    /**
     * The same setup with a clock that keeps its time across boots: a device whose time a caller chose (a
     * test's clock) shows that time on every model, not the 1993 restart of a model without a calendar.
     */
    public DeviceSetup withHardwareCalendar() {
        return new DeviceSetup(
                identity,
                hostname,
                fileSystems,
                interfaces,
                initialFiles,
                startupConfig,
                configRegister,
                fileSystemRows,
                true,
                loaderVariables);
    }

    /** A setup without loader variables of its own. */
    public DeviceSetup(
            DeviceIdentity identity,
            String hostname,
            List<LocalFileSystemSpec> fileSystems,
            List<String> interfaces,
            List<InitialFile> initialFiles,
            Optional<String> startupConfig,
            int configRegister,
            List<FileSystemRow> fileSystemRows,
            boolean hardwareCalendar) {
        this(
                identity,
                hostname,
                fileSystems,
                interfaces,
                initialFiles,
                startupConfig,
                configRegister,
                fileSystemRows,
                hardwareCalendar,
                Map.of());
    }

    /** The same setup with {@code more} files placed after the profile's own. */
    public DeviceSetup withInitialFiles(List<InitialFile> more) {
        List<InitialFile> files = new java.util.ArrayList<>(initialFiles);
        files.addAll(more);
        return new DeviceSetup(
                identity,
                hostname,
                fileSystems,
                interfaces,
                files,
                startupConfig,
                configRegister,
                fileSystemRows,
                hardwareCalendar,
                loaderVariables);
    }

    /** The same setup booting {@code config} as its first startup-config instead of the profile's. */
    public DeviceSetup withStartupConfig(String config) {
        return new DeviceSetup(
                identity,
                hostname,
                fileSystems,
                interfaces,
                initialFiles,
                Optional.of(config),
                configRegister,
                fileSystemRows,
                hardwareCalendar,
                loaderVariables);
    }

    /** Numbered front-panel ports ({@code GigabitEthernet1/0/1}), as a switch's show version counts them. */
    public int switchPorts() {
        return (int) interfaces.stream()
                .filter(name -> name.matches("[A-Za-z]+\\d+/\\d+/\\d+"))
                .count();
    }
}
