package dev.iosemu.device;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iosemu.device.boot.BootTarget;
import dev.iosemu.device.config.ConfigStyle;
import dev.iosemu.device.rommon.Rommon;
import dev.iosemu.device.rommon.RommonTftp;
import dev.iosemu.device.rommon.SwitchLoader;
import dev.iosemu.fs.local.DeviceFileSystems;
import dev.iosemu.fs.local.FileSystemType;
import dev.iosemu.fs.local.LocalFileSystemSpec;
import dev.iosemu.image.ImageFamily;
import dev.iosemu.image.ImageHeader;
import dev.iosemu.image.ImageSpec;
import dev.iosemu.profile.DeviceProfile;
import dev.iosemu.profile.DeviceProfiles;
import dev.iosemu.profile.ImageLayout;
import dev.iosemu.profile.LoaderKind;
import dev.iosemu.profile.Role;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Each shipped profile, and a user profile naming its traits, becomes the platform it describes. */
class PlatformMappingTest {
    private static final String MD5 = "0".repeat(32);
    private static final ConfigBootLines CONFIG_LINES = new ConfigBootLines(() -> null, change -> {}, Optional::empty);
    private static final BootMedia MEDIA = new FileSystemBootMedia(DeviceFileSystems.create(
            List.of(LocalFileSystemSpec.of("flash:", FileSystemType.FLASH, 1 << 20)), Clock.systemUTC()));

    @Test
    void the1941IsAClassicIosRouterUnderRommon() throws Exception {
        Platform platform = PlatformMapping.of(DeviceProfiles.load("c1941"));

        assertThat(platform)
                .isEqualTo(new Platform(
                        LoaderKind.ROMMON,
                        ImageFamily.CLASSIC_IOS,
                        Role.ROUTER,
                        ImageLayout.MONOLITHIC,
                        "flash0:",
                        OptionalInt.of(0x2102)));
        assertThat(platform.configStyle()).isEqualTo(ConfigStyle.ROUTER);
        assertThat(platform.foundImagePrefix()).isEqualTo("flash0:");
        assertThat(platform.bootSystemStore(new BootEnvironment(0x2102), CONFIG_LINES))
                .isSameAs(CONFIG_LINES);
        assertThat(platform.loaderShell(
                        new BootEnvironment(0x2102), MEDIA, RommonTftp.unavailable(), "d8:b1:90:63:85:60", "", true))
                .isInstanceOf(Rommon.class);
        assertThat(platform.hasModeButton()).isFalse();
    }

    @Test
    void the2960xIsAClassicSwitchUnderTheSwitchLoaderWithoutARegister() throws Exception {
        Platform platform = PlatformMapping.of(DeviceProfiles.load("c2960x"));

        assertThat(platform)
                .isEqualTo(new Platform(
                        LoaderKind.SWITCH,
                        ImageFamily.CLASSIC_IOS,
                        Role.SWITCH,
                        ImageLayout.MONOLITHIC,
                        "flash:",
                        OptionalInt.empty()));
        assertThat(platform.hasConfigRegister()).isFalse();
        assertThat(platform.configStyle()).isEqualTo(ConfigStyle.SWITCH);
        assertThat(platform.foundImagePrefix()).isEqualTo("flash:/");
        BootEnvironment environment = new BootEnvironment(Platform.NO_REGISTER);
        assertThat(platform.bootSystemStore(environment, CONFIG_LINES)).isEqualTo(new LoaderBootVariable(environment));
        assertThat(platform.loaderShell(environment, MEDIA, RommonTftp.unavailable(), "70:db:98:ac:1a:80", "", true))
                .isInstanceOf(SwitchLoader.class);
        assertThat(platform.hasModeButton()).isTrue();
    }

    @Test
    void theIsr4321IsAnIosXeRouterBootingABundleFromBootflash() throws Exception {
        Platform platform = PlatformMapping.of(DeviceProfiles.load("isr4321"));

        assertThat(platform)
                .isEqualTo(new Platform(
                        LoaderKind.ROMMON,
                        ImageFamily.IOS_XE,
                        Role.ROUTER,
                        ImageLayout.BUNDLE,
                        "bootflash:",
                        OptionalInt.of(0x2102)));
        assertThat(platform.configStyle()).isEqualTo(ConfigStyle.IOS_XE);
        ImageHeader header =
                ImageSpec.of("isr4300", "17.9.4a", "universalk9", 64).withMd5(MD5);
        assertThat(platform.target("bootflash:x.bin", header))
                .isEqualTo(new BootTarget.Bundle("bootflash:x.bin", header));
    }

    @Test
    void aUserProfileNamingCatalyst9300TraitsNeedsNoNewConstant() throws Exception {
        String yaml = Files.readString(Path.of("devices", "c2960x.yaml"))
                .replace("train: classic_ios", "train: ios_xe")
                .replace("imageLayout: monolithic", "imageLayout: install")
                .replace("hardwareCalendar: false\n", "hardwareCalendar: false\nconfigRegister: \"0x102\"\n");
        DeviceProfile profile = DeviceProfiles.parse(yaml, "c9300.yaml");

        Platform platform = PlatformMapping.of(profile);

        assertThat(platform)
                .isEqualTo(new Platform(
                        LoaderKind.SWITCH,
                        ImageFamily.IOS_XE,
                        Role.SWITCH,
                        ImageLayout.INSTALL,
                        "flash:",
                        OptionalInt.of(0x102)));
        assertThat(platform.hasConfigRegister()).isTrue();
        assertThat(ProfileSetup.from(profile).configRegister()).isEqualTo(0x102);
    }

    @Test
    void aMonolithicImageBootsAsAnImage() throws Exception {
        Platform platform = PlatformMapping.of(DeviceProfiles.load("c1941"));
        ImageHeader header =
                ImageSpec.of("c1900", "15.7(3)M8", "universalk9", 64).withMd5(MD5);

        assertThat(platform.target("flash0:x.bin", header)).isEqualTo(new BootTarget.Image("flash0:x.bin", header));
    }
}
