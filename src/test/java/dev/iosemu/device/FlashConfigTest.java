package dev.iosemu.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.iosemu.fs.local.FileEntry;
import dev.iosemu.fs.local.FileSystemType;
import dev.iosemu.fs.local.LocalFileSystem;
import dev.iosemu.fs.local.LocalFileSystemSpec;
import dev.iosemu.lab.LabAddressMap;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A 2960 keeps its startup-config in flash (config.text, private-config.text); its nvram: names them. */
class FlashConfigTest {
    private static final String IMAGE = "flash:" + TestDevices.SWITCH_IMAGE;

    private final TestClock clock = new TestClock();

    private static DeviceSetup switchSetup(long flashBytes, Optional<String> startup, List<InitialFile> files) {
        return new DeviceSetup(
                TestDevices.switchIdentity(),
                "Switch",
                List.of(
                        LocalFileSystemSpec.of("flash:", FileSystemType.FLASH, flashBytes)
                                .asDefault()
                                .asBootable(),
                        LocalFileSystemSpec.of("nvram:", FileSystemType.NVRAM, 65536)),
                List.of("GigabitEthernet1/0/1", "Vlan1"),
                files,
                startup,
                0xF);
    }

    private static DeviceSetup switchWithImage(Optional<String> startup) {
        return switchSetup(
                64L << 20,
                startup,
                List.of(
                        new InitialFile.Image(IMAGE, TestDevices.image("c2960x", "15.2(7)E8")),
                        new InitialFile.Text("flash:multiple-fs", "flash: 1\n")));
    }

    private static LocalFileSystem fs(Router router, String prefix) {
        return router.fileSystems().find(prefix).orElseThrow();
    }

    private static List<String> names(LocalFileSystem fs) throws IOException {
        return fs.list("/").stream().map(FileEntry::name).toList();
    }

    @Test
    void writeMemoryWritesConfigTextPrivateConfigAndMultipleFsTogetherWhichNvramNames() throws IOException {
        Router router = Router.create(switchWithImage(Optional.empty()), clock, LabAddressMap.empty());
        LocalFileSystem flash = fs(router, "flash:");
        LocalFileSystem nvram = fs(router, "nvram:");
        assertThat(names(flash)).containsExactly(TestDevices.SWITCH_IMAGE, "multiple-fs");

        router.configure(b -> b.hostname("S1"));
        router.writeMemory();

        assertThat(names(flash))
                .containsExactly(TestDevices.SWITCH_IMAGE, "config.text", "private-config.text", "multiple-fs");
        assertThat(flash.readText("/multiple-fs")).isEqualTo("flash: 1\n");
        assertThat(flash.readText("/config.text")).contains("hostname S1\n");
        assertThat(router.startupConfigText().orElseThrow()).isEqualTo(flash.readText("/config.text"));
        assertThat(nvram.list("/"))
                .extracting(FileEntry::name, FileEntry::permissions, FileEntry::size)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("startup-config", "-rw-", flash.size("/config.text")),
                        org.assertj.core.groups.Tuple.tuple(
                                "private-config", "----", flash.size("/private-config.text")),
                        org.assertj.core.groups.Tuple.tuple("underlying-config", "-rw-", flash.size("/config.text")),
                        org.assertj.core.groups.Tuple.tuple("persistent-data", "----", 0L));
        assertThat(nvram.readText("/startup-config")).isEqualTo(flash.readText("/config.text"));
        assertThatThrownBy(() -> nvram.openRead("/private-config")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void eraseDeletesBothFilesFromFlashAndNvramListsItsNamesAtZeroBytes() throws IOException {
        Router router = Router.create(switchWithImage(Optional.of("hostname S1\n")), clock, LabAddressMap.empty());
        LocalFileSystem flash = fs(router, "flash:");
        assertThat(flash.exists("/config.text")).isTrue();

        router.eraseStartupConfig();

        assertThat(names(flash)).containsExactly(TestDevices.SWITCH_IMAGE, "multiple-fs");
        assertThat(router.startupConfigText()).isEmpty();
        assertThat(fs(router, "nvram:").list("/"))
                .extracting(FileEntry::name, FileEntry::size)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("startup-config", 0L),
                        org.assertj.core.groups.Tuple.tuple("private-config", 0L),
                        org.assertj.core.groups.Tuple.tuple("underlying-config", 0L),
                        org.assertj.core.groups.Tuple.tuple("persistent-data", 0L));
    }

    @Test
    void aWriteThatDoesNotFitLeavesTheOldStartupConfigAndItsPrivatePart() throws IOException {
        Router router = Router.create(
                switchSetup(256 * 1024, Optional.of("hostname S1\n"), List.of()), clock, LabAddressMap.empty());
        LocalFileSystem flash = fs(router, "flash:");
        String before = flash.readText("/config.text");
        flash.write("/filler", new byte[(int) flash.freeBytes()]);
        router.configure(b -> b.hostname("S2"));

        assertThatThrownBy(router::writeMemory).isInstanceOf(IOException.class);

        assertThat(flash.readText("/config.text")).isEqualTo(before);
        assertThat(names(flash)).containsExactly("config.text", "private-config.text", "filler");
        assertThat(router.configModified()).isTrue();
    }

    @Test
    void renamingConfigTextAtTheLoaderBootsTheSwitchWithoutItsConfiguration() throws IOException {
        Router router = Router.create(switchWithImage(Optional.of("hostname S1\n")), clock, LabAddressMap.empty());
        router.holdModeButton();
        RecordingConsole console =
                new RecordingConsole("flash_init", "rename flash:config.text flash:config.old", "boot", "no");

        router.powerOn(console.boot());

        assertThat(console.output()).contains("Would you like to enter the initial configuration dialog?");
        assertThat(router.startupConfigText()).isEmpty();
        assertThat(fs(router, "flash:").readText("/config.old")).isEqualTo("hostname S1\n");
    }
}
