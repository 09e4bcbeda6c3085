package dev.iosemu.app;

import dev.iosemu.device.DeviceFactory;
import dev.iosemu.device.DeviceSetup;
import dev.iosemu.device.Router;
import dev.iosemu.fs.local.DeviceStorage;
import dev.iosemu.fs.remote.DeviceTftpServer;
import dev.iosemu.fs.state.StateFolder;
import dev.iosemu.lab.LabAddressMap;
import dev.iosemu.lab.LabService;
import dev.iosemu.net.datagram.DatagramNetwork;
import dev.iosemu.profile.DeviceProfile;
import dev.iosemu.profile.DeviceProfiles;
import dev.iosemu.profile.FileSystemSpec;
import dev.iosemu.profile.ProfileException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

/**
 * How {@link VirtualDevice.Builder#build()} assembles a device from its settings: state folder, lab, router,
 * the device's own servers. A step that fails closes what the earlier ones started, in reverse order.
 */
final class DeviceBuild {
    private DeviceBuild() {}

    static VirtualDevice build(VirtualDevice.Builder b) throws IOException, ProfileException {
        DeviceProfile resolved = b.profile != null ? b.profile : DeviceProfiles.load(b.profileName);
        List<AutoCloseable> started = new ArrayList<>();
        try {
            Optional<StateFolder> state = Optional.empty();
            if (b.stateFolder != null) {
                state = Optional.of(StateFolder.open(b.stateFolder, resolved.name(), fileSystemFolders(resolved)));
                started.add(state.get());
                b.ownLab.onDisk(state.get().labFolder());
            }
            Lab home = b.lab != null ? b.lab : b.ownLab.accounts(resolved.lab()).build();
            if (b.lab == null) {
                started.add(home);
            }
            AtomicReference<Router> self = new AtomicReference<>(); // the fabric asks before it is built
            DatagramNetwork datagrams = home.fabric().attach(() -> Lab.ownAddresses(self.get()));
            LabAddressMap map = home.addressMap(resolved.lab())
                    .withNameService(b.nameService)
                    .withDatagrams(datagrams);
            DeviceStorage storage = state.map(StateFolder::storage).orElse(DeviceStorage.overlay(b.imageStore));
            DeviceSetup setup = DeviceSetup.of(resolved).withInitialFiles(b.flashFiles);
            if (state.isEmpty()) {
                PracticeImages.seed(b.imageStore, setup.initialFiles()); // copied rather than built
            }
            setup = b.startupConfig == null ? setup : setup.withStartupConfig(b.startupConfig);
            Router router =
                    DeviceFactory.create(b.clockChosen ? setup.withHardwareCalendar() : setup, b.clock, map, storage);
            self.set(router);
            started.add(router.fileSystems());
            if (state.isPresent()) {
                state.get().opened(router.fileSystems());
            }
            DeviceTftpServer deviceTftp = DeviceTftpServer.on(datagrams, home.deviceTftpServerAddress());
            router.network().ifPresent(node -> node.serve(LabService.TFTP, deviceTftp::address));
            started.add(deviceTftp);
            VirtualDevice device = new VirtualDevice(b, router, home, b.lab == null, deviceTftp, state);
            router.network()
                    .ifPresent(
                            node -> { // what telnet, ssh and scp from another device reach
                                node.serve(LabService.TELNET, device::telnetAddress);
                                node.serve(LabService.SSH, device::sshAddress);
                                node.serve(LabService.SCP, device::sshAddress);
                            });
            home.join(device);
            return device;
        } catch (IOException | RuntimeException e) {
            closeAll(started, e);
            throw e;
        }
    }

    /** The folder names of a profile's sized file systems, as a state folder holds them. */
    static Set<String> fileSystemFolders(DeviceProfile profile) {
        return profile.fileSystems().stream()
                .filter(FileSystemSpec::isMounted)
                .map(fs -> fs.prefix().substring(0, fs.prefix().length() - 1))
                .collect(Collectors.toSet());
    }

    /** Closes what a failed build had started, in reverse order, keeping {@code failure} as the cause. */
    private static void closeAll(List<AutoCloseable> started, Exception failure) {
        for (int i = started.size() - 1; i >= 0; i--) {
            try {
                started.get(i).close();
            } catch (Exception suppressed) {
                failure.addSuppressed(suppressed);
            }
        }
    }
}
