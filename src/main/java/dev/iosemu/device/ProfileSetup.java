package dev.iosemu.device;

import dev.iosemu.fs.local.AccessMode;
import dev.iosemu.fs.local.FileSystemType;
import dev.iosemu.fs.local.LocalFileSystemSpec;
import dev.iosemu.image.ImageSpec;
import dev.iosemu.profile.DeviceProfile;
import dev.iosemu.profile.FileSystemSpec;
import dev.iosemu.profile.FlashFile;
import dev.iosemu.profile.InterfaceSpec;
import dev.iosemu.profile.LoaderKind;
import dev.iosemu.profile.RsaKeySpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns a {@link DeviceProfile} into a {@link DeviceSetup}: mounted file systems (plus {@code system:} for
 * the running-config), identity strings, initial files (the factory RSA key among them, in private-config)
 * and the startup-config.
 */
final class ProfileSetup {
    /**
     * The rows of {@code show file systems} by the profile's file systems: the same for every device of a
     * profile, so a fleet holds one copy (a c1941 lists 18). Grows by one entry per distinct list in use.
     */
    private static final Map<List<FileSystemSpec>, List<FileSystemRow>> ROWS = new ConcurrentHashMap<>();

    private ProfileSetup() {}

    static DeviceSetup from(DeviceProfile profile) {
        Platform platform = PlatformMapping.of(profile);
        DeviceIdentity identity = new DeviceIdentity(
                platform,
                profile.platform(),
                profile.model(),
                profile.macBase(),
                profile.rommon().version(),
                profile.rommon().bannerLines(),
                profile.rommon().showVersionLines(),
                profile.processorLine(),
                profile.processorBoardId(),
                profile.hardwareLines(),
                profile.licenseLines(),
                profile.inventory(),
                profile.licenses());
        return new DeviceSetup(
                identity,
                profile.hostname(),
                fileSystems(profile),
                profile.interfaces().stream().map(InterfaceSpec::name).toList(),
                initialFiles(profile),
                profile.startupConfig().isBlank() ? Optional.empty() : Optional.of(profile.startupConfig()),
                startRegister(profile, platform),
                ROWS.computeIfAbsent(profile.fileSystems(), ProfileSetup::rows),
                profile.hasHardwareCalendar(),
                startsInSwitchLoader(profile, platform) ? Map.of(BootEnvironment.MANUAL_BOOT, "yes") : Map.of());
    }

    private static List<FileSystemRow> rows(List<FileSystemSpec> fileSystems) {
        return List.copyOf(fileSystems.stream()
                .map(spec -> new FileSystemRow(
                        spec.prefix(), spec.type().text(), spec.flags().text()))
                .toList());
    }

    /**
     * The register a new device has; a ROMMON device that starts in its loader has boot field 0 (0x2100 from
     * 0x2102), which {@code confreg 0x2102} undoes.
     */
    private static int startRegister(DeviceProfile profile, Platform platform) {
        int register = profile.configRegisterValue()
                .orElse(platform.factoryConfigRegister().orElse(Platform.NO_REGISTER));
        boolean rommon = profile.startsInLoader() && platform.loader() == LoaderKind.ROMMON;
        return rommon ? register & ~0xF : register;
    }

    /** A switch that starts in its loader has {@code MANUAL_BOOT=yes}, which {@code unset MANUAL_BOOT} undoes. */
    private static boolean startsInSwitchLoader(DeviceProfile profile, Platform platform) {
        return profile.startsInLoader() && platform.loader() == LoaderKind.SWITCH;
    }

    private static List<LocalFileSystemSpec> fileSystems(DeviceProfile profile) {
        List<LocalFileSystemSpec> out = new ArrayList<>();
        for (FileSystemSpec spec : profile.fileSystems()) {
            if (spec.isMounted()) {
                out.add(new LocalFileSystemSpec(
                        spec.prefix(),
                        spec.aliases(),
                        FileSystemType.valueOf(spec.type().name()),
                        spec.size(),
                        AccessMode.fromLabel(spec.flags().text()),
                        spec.isDefault(),
                        spec.bootable()));
            } else if (spec.prefix().equals("system:")) {
                out.add(LocalFileSystemSpec.of("system:", FileSystemType.OPAQUE, 0));
            }
        }
        return out;
    }

    private static List<InitialFile> initialFiles(DeviceProfile profile) {
        String home = profile.defaultFileSystem().prefix();
        List<InitialFile> out = new ArrayList<>();
        for (FlashFile file : profile.initialFlash()) {
            String path = file.prefix() == null ? home + file.relativePath() : file.path();
            if (file.image() != null) {
                FlashFile.ImageRef ref = file.image();
                String platform = ref.platform() == null ? profile.platform() : ref.platform();
                long size = file.size() == null ? FlashFile.DEFAULT_IMAGE_SIZE : file.size();
                ImageSpec spec = ImageSpec.ofFileSize(platform, ref.version(), ref.featureSet(), size);
                out.add(file.corrupt() ? new InitialFile.CorruptImage(path, spec) : new InitialFile.Image(path, spec));
            } else if (file.source() != null) {
                out.add(new InitialFile.HostFile(path, java.nio.file.Path.of(file.source())));
            } else if (file.directory()) {
                out.add(new InitialFile.Directory(path));
            } else {
                out.add(new InitialFile.Text(path, file.text()));
            }
        }
        RsaKeySpec key = profile.rsaKey();
        if (key != null) {
            // the key's promise, in private-config: its pair is made at first use and then kept there
            out.add(new InitialFile.Text(
                    "nvram:" + PrivateConfigFile.PATH.substring(1),
                    PrivateConfigFile.promised(key.label(), key.modulus())));
        }
        return out;
    }
}
