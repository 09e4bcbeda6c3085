package dev.iosemu.device.rommon;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iosemu.device.BootEnvironment;
import dev.iosemu.device.BootMedia;
import dev.iosemu.device.RecordingConsole;
import dev.iosemu.device.Router;
import dev.iosemu.device.TestClock;
import dev.iosemu.device.TestDevices;
import dev.iosemu.lab.LabAddressMap;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RommonTest {
    private Router router;
    private BootEnvironment environment;

    @BeforeEach
    void createDevice() throws IOException {
        router = Router.create(TestDevices.isr(), new TestClock(), LabAddressMap.empty());
        environment = router.bootEnvironment();
    }

    private Rommon rommon(RommonTftp tftp) {
        return new Rommon(environment, BootMedia.over(router.fileSystems()), tftp, "d8:b1:90:63:85:60", "flash0:");
    }

    @Test
    void promptNumberCountsEveryLineAndInputEndLeavesTheLoader() {
        RecordingConsole console = new RecordingConsole("", "set", "bogus");

        RommonExit exit = rommon(RommonTftp.unavailable()).run(console, console);

        assertThat(exit).isEqualTo(new RommonExit.InputEnded());
        assertThat(console.prompts()).containsExactly("rommon 1 > ", "rommon 2 > ", "rommon 3 > ", "rommon 4 > ");
        assertThat(console.output()).contains("PS1=rommon ! >").contains("monitor: command \"bogus\" not found");
    }

    @Test
    void bootWithAFileLeavesRommonForThatFile() {
        RecordingConsole console = new RecordingConsole("boot flash:x.bin");

        assertThat(rommon(RommonTftp.unavailable()).run(console, console))
                .isEqualTo(new RommonExit.Boot(Optional.of("flash:x.bin")));
    }

    @Test
    void bareBootAndResetLeaveRommon() {
        RecordingConsole boot = new RecordingConsole("boot");
        RecordingConsole reset = new RecordingConsole("reset");

        assertThat(rommon(RommonTftp.unavailable()).run(boot, boot)).isEqualTo(new RommonExit.Boot(Optional.empty()));
        assertThat(rommon(RommonTftp.unavailable()).run(reset, reset)).isEqualTo(new RommonExit.Reset());
    }

    @Test
    void confregSetsTheRegisterForTheNextBoot() {
        RecordingConsole console = new RecordingConsole("confreg 0x2142", "confreg 2102");

        rommon(RommonTftp.unavailable()).run(console, console);

        assertThat(environment.nextConfigRegister()).isEqualTo(0x2102);
        assertThat(console.output())
                .contains(
                        "rommon 1 > confreg 0x2142\n\nYou must reset or power cycle for new config to take effect\n\n");
    }

    @Test
    void variablesAreSetListedAndUnset() {
        RecordingConsole console =
                new RecordingConsole("IP_ADDRESS=192.168.1.84", "TFTP_FILE=x.bin", "unset TFTP_FILE", "set");

        rommon(RommonTftp.unavailable()).run(console, console);

        assertThat(environment.get("IP_ADDRESS")).contains("192.168.1.84");
        assertThat(environment.get("TFTP_FILE")).isEmpty();
        assertThat(console.output()).contains("PS1=rommon ! >\nIP_ADDRESS=192.168.1.84\n");
    }

    @Test
    void dirListsFlashInIndexOrder() {
        RecordingConsole console = new RecordingConsole("dir flash:");

        rommon(RommonTftp.unavailable()).run(console, console);

        assertThat(console.output())
                .contains("Directory of flash:\n\n")
                .containsPattern("\\d+ +\\d+ +-rw- +" + TestDevices.OLD_ISR_IMAGE.replace(".", "\\."));
    }

    @Test
    void tftpdnldWithoutVariablesPrintsUsage() {
        RecordingConsole console = new RecordingConsole("tftpdnld");

        rommon(RommonTftp.unavailable()).run(console, console);

        assertThat(console.output()).contains("usage: tftpdnld [-ur]").contains("TFTP_FILE: The filename to fetch");
    }

    @Test
    void tftpdnldReplacesFlashWithTheDownloadedFile() throws IOException {
        RommonTftp fake = (request, destination, progress) -> {
            destination.write(java.nio.ByteBuffer.wrap(
                    ("image bytes from " + request.server()).getBytes(StandardCharsets.UTF_8)));
            progress.accept(600_000);
        };
        RecordingConsole console = new RecordingConsole(
                "IP_ADDRESS=192.168.1.84",
                "IP_SUBNET_MASK=255.255.255.0",
                "DEFAULT_GATEWAY=192.168.1.254",
                "TFTP_SERVER=192.168.1.10",
                "TFTP_FILE=new.bin",
                "tftpdnld",
                "y",
                "dir flash:");

        rommon(fake).run(console, console);

        assertThat(console.output())
                .contains("        IP_ADDRESS: 192.168.1.84")
                .contains("      TFTP_MACADDR: d8:b1:90:63:85:60")
                .contains("Do you wish to continue? y/n:  [n]:  y")
                .contains("Receiving new.bin from 192.168.1.10 !!")
                .contains("File reception completed.");
        assertThat(BootMedia.over(router.fileSystems()).list("flash0:").orElseThrow())
                .extracting(e -> e.name())
                .containsExactly("new.bin");
        assertThat(Files.readString(BootMedia.over(router.fileSystems())
                        .find("flash:new.bin")
                        .orElseThrow()))
                .isEqualTo("image bytes from 192.168.1.10");
    }

    @Test
    void failedTftpdnldLeavesFlashAsItWas() throws IOException {
        RecordingConsole console = new RecordingConsole(
                "IP_ADDRESS=192.168.1.84",
                "IP_SUBNET_MASK=255.255.255.0",
                "DEFAULT_GATEWAY=192.168.1.254",
                "TFTP_SERVER=10.9.9.9",
                "TFTP_FILE=new.bin",
                "tftpdnld",
                "y");

        rommon(RommonTftp.unavailable()).run(console, console);

        assertThat(console.output()).contains("ERROR: Timed out waiting for ARP reply from 10.9.9.9");
        assertThat(BootMedia.over(router.fileSystems()).list("flash0:").orElseThrow())
                .extracting(e -> e.name())
                .containsExactly(TestDevices.OLD_ISR_IMAGE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "dir/", "a\u0000b", "..", "x/.", "\u0007"})
    void tftpdnldWithATftpFileThatNamesNoFileStaysInRommonWithTheUsage(String file) {
        RecordingConsole console = new RecordingConsole(
                "IP_ADDRESS=192.168.1.84",
                "IP_SUBNET_MASK=255.255.255.0",
                "DEFAULT_GATEWAY=192.168.1.254",
                "TFTP_SERVER=192.168.1.10",
                "TFTP_FILE=" + file,
                "tftpdnld",
                "y",
                "set");

        RommonExit exit = rommon((request, destination, progress) -> {
                    throw new AssertionError("no download for " + request.file());
                })
                .run(console, console);

        assertThat(exit).isEqualTo(new RommonExit.InputEnded());
        assertThat(console.output()).contains("usage: tftpdnld [-ur]").contains("rommon 8 > set\nPS1=rommon ! >");
        assertThat(BootMedia.over(router.fileSystems()).list("flash0:").orElseThrow())
                .extracting(e -> e.name())
                .containsExactly(TestDevices.OLD_ISR_IMAGE);
    }
}
