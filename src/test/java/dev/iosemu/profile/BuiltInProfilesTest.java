package dev.iosemu.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class BuiltInProfilesTest {

    static List<String> builtIns() {
        return DeviceProfiles.builtInNames();
    }

    @ParameterizedTest
    @MethodSource("builtIns")
    void eachBuiltInLoadsUnderItsOwnName(String name) throws ProfileException {
        DeviceProfile profile = DeviceProfiles.load(name);

        assertThat(profile.name()).isEqualTo(name);
        assertThat(profile.defaultFileSystem().isMounted()).isTrue();
        assertThat(profile.fileSystem("nvram:")).isPresent();
        assertThat(profile.lab().servers()).isNotEmpty();
        assertThat(profile.startupConfig())
                .contains("hostname " + profile.hostname())
                .endsWith("end\n");
    }

    @ParameterizedTest
    @MethodSource("builtIns")
    void initialImageIsForTheDevicesOwnPlatform(String name) throws ProfileException {
        DeviceProfile profile = DeviceProfiles.load(name);

        assertThat(profile.initialFlash())
                .filteredOn(file -> file.image() != null)
                .singleElement()
                .satisfies(file -> {
                    assertThat(file.image().platform()).isNull();
                    assertThat(file.path()).startsWith(profile.platform() + "-");
                    assertThat(Path.of("images", file.path())).hasSize(file.size());
                });
    }

    @Test
    void everyProfileFileInDevicesIsListedAsBuiltIn() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("devices"))) {
            assertThat(files.map(p -> p.getFileName().toString().replace(".yaml", "")))
                    .containsExactlyInAnyOrderElementsOf(DeviceProfiles.builtInNames());
        }
        assertThat(DeviceProfiles.builtInNames()).startsWith(DeviceProfiles.defaultName());
    }

    @Test
    void the1941IsAnIsrRouterWithFlash0AliasedAsFlash() throws ProfileException {
        DeviceProfile c1941 = DeviceProfiles.load("c1941");

        assertThat(c1941.traits())
                .isEqualTo(new PlatformTraits(
                        LoaderKind.ROMMON, SoftwareTrain.CLASSIC_IOS, Role.ROUTER, ImageLayout.MONOLITHIC));
        assertThat(c1941.model()).isEqualTo("CISCO1941/K9");
        assertThat(c1941.platform()).isEqualTo("c1900");
        assertThat(c1941.processorLine())
                .isEqualTo("Cisco CISCO1941/K9 (revision 1.0) with 491520K/32768K bytes of memory.");
        assertThat(c1941.fileSystem("flash:")).get().satisfies(fs -> {
            assertThat(fs.prefix()).isEqualTo("flash0:");
            assertThat(fs.size()).isEqualTo(256487424L);
            assertThat(fs.type()).isEqualTo(FileSystemSpec.Type.DISK);
            assertThat(fs.isDefault()).isTrue();
            assertThat(fs.bootable()).isTrue();
        });
        assertThat(c1941.fileSystem("nvram:").orElseThrow().size()).isEqualTo(262136L);
        assertThat(c1941.configRegisterValue()).hasValue(0x2102);
        assertThat(c1941.interfaces())
                .extracting(InterfaceSpec::name)
                .containsExactly("GigabitEthernet0/0", "GigabitEthernet0/1");
        assertThat(c1941.macAddress(1)).isEqualTo("d8b1.9063.8561");
        assertThat(c1941.startupConfig()).contains("ip route 0.0.0.0 0.0.0.0 192.168.1.254", "boot-start-marker");
    }

    @Test
    void the2960xIsASwitchWithoutConfigRegisterAnd28GigabitPorts() throws ProfileException {
        DeviceProfile c2960x = DeviceProfiles.load("c2960x");

        assertThat(c2960x.traits())
                .isEqualTo(new PlatformTraits(
                        LoaderKind.SWITCH, SoftwareTrain.CLASSIC_IOS, Role.SWITCH, ImageLayout.MONOLITHIC));
        assertThat(c2960x.configRegister()).isNull();
        assertThat(c2960x.configRegisterValue()).isEmpty();
        assertThat(c2960x.hasHardwareCalendar()).isFalse();
        assertThat(DeviceProfiles.load("c1941").hasHardwareCalendar()).isTrue();
        assertThat(c2960x.interfaces()).hasSize(30).first().isEqualTo(new InterfaceSpec("Vlan1"));
        assertThat(c2960x.interfaces())
                .filteredOn(i -> i.type().equals("GigabitEthernet"))
                .hasSize(28)
                .last()
                .isEqualTo(new InterfaceSpec("GigabitEthernet1/0/28"));
        assertThat(c2960x.defaultFileSystem().type()).isEqualTo(FileSystemSpec.Type.FLASH);
        assertThat(c2960x.rommon().showVersionLines()).anyMatch(line -> line.startsWith("BOOTLDR: C2960X Boot Loader"));
        assertThat(c2960x.startupConfig()).contains("ip default-gateway 192.168.1.254", "interface Vlan1");
    }

    @Test
    void theIsr4321BootsIosXeFromBootflash() throws ProfileException {
        DeviceProfile isr = DeviceProfiles.load("isr4321");

        assertThat(isr.traits())
                .isEqualTo(
                        new PlatformTraits(LoaderKind.ROMMON, SoftwareTrain.IOS_XE, Role.ROUTER, ImageLayout.BUNDLE));
        assertThat(isr.platform()).isEqualTo("isr4300");
        assertThat(isr.defaultFileSystem().allPrefixes()).containsExactly("bootflash:", "flash:");
        assertThat(isr.defaultFileSystem().size()).isEqualTo(3300917248L);
        assertThat(isr.interfaces())
                .extracting(InterfaceSpec::name)
                .containsExactly("GigabitEthernet0/0/0", "GigabitEthernet0/0/1", "GigabitEthernet0");
    }

    @Test
    void labOffersTftpAndFtpAtTheLabAddressWithTwoAccounts() throws ProfileException {
        LabSection lab = DeviceProfiles.load("c1941").lab();

        assertThat(lab.servers()).singleElement().satisfies(server -> {
            assertThat(server.address()).isEqualTo("192.168.1.10");
            assertThat(server.services())
                    .containsExactly(
                            LabSection.Service.TFTP,
                            LabSection.Service.FTP,
                            LabSection.Service.SCP,
                            LabSection.Service.HTTP,
                            LabSection.Service.HTTPS);
        });
        assertThat(lab.ftpUsers())
                .containsExactly(
                        new LabSection.FtpUser("cisco", "cisco", ".", false),
                        new LabSection.FtpUser("upload", "upload", "upload", true));
        assertThat(lab.anonymous()).isFalse();
    }
}
