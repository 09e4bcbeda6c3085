package dev.iosemu.device;

import dev.iosemu.fs.local.AccessMode;
import dev.iosemu.fs.local.FileSystemType;
import dev.iosemu.fs.local.LocalFileSystemSpec;
import dev.iosemu.image.ImageSpec;
import dev.iosemu.profile.DeviceProfile;
import dev.iosemu.profile.FileSystemSpec;
import dev.iosemu.profile.FlashFile;
import dev.iosemu.profile.InterfaceSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns a {@link DeviceProfile} into a {@link DeviceSetup}: mounted file systems (plus {@code system:} for
 * the running-config), identity strings, initial files and the startup-config.
 */
final class ProfileSetup {
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
                profile.configRegisterValue()
                        .orElse(platform.factoryConfigRegister().orElse(Platform.NO_REGISTER)),
                profile.fileSystems().stream()
                        .map(spec -> new FileSystemRow(
                                spec.prefix(), spec.type().text(), spec.flags().text()))
                        .toList(),
                profile.hasHardwareCalendar());
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
                out.add(new InitialFile.Image(
                        path, ImageSpec.ofFileSize(platform, ref.version(), ref.featureSet(), size)));
            } else if (file.directory()) {
                out.add(new InitialFile.Directory(path));
            } else {
                out.add(new InitialFile.Text(path, file.text()));
            }
        }
        return out;
    }
}
