package dev.iosemu.device.rommon;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iosemu.device.BootEnvironment;
import dev.iosemu.device.BootMedia;
import dev.iosemu.device.BootOutcome;
import dev.iosemu.device.LineInput;
import dev.iosemu.device.RecordingConsole;
import dev.iosemu.device.Router;
import dev.iosemu.device.TestClock;
import dev.iosemu.device.TestDevices;
import dev.iosemu.lab.LabAddressMap;
import dev.iosemu.net.xmodem.XmodemLink;
import dev.iosemu.net.xmodem.XmodemPipe;
import dev.iosemu.net.xmodem.XmodemSender;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.channels.Channels;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SwitchLoaderTest {
    private Router router;

    @BeforeEach
    void createSwitch() throws IOException {
        router = Router.create(TestDevices.catalyst(), new TestClock(), LabAddressMap.empty());
    }

    private SwitchLoader loader(boolean flashInitialized) {
        return new SwitchLoader(router.bootEnvironment(), BootMedia.over(router.fileSystems()), flashInitialized);
    }

    @Test
    void setBootAndUnsetChangeTheLoaderEnvironment() {
        RecordingConsole console =
                new RecordingConsole("set BOOT flash:/x.bin", "set MANUAL_BOOT yes", "unset MANUAL_BOOT", "set");

        loader(true).run(console, console);

        assertThat(router.bootEnvironment().bootPath()).containsExactly("flash:/x.bin");
        assertThat(router.bootEnvironment().get(BootEnvironment.MANUAL_BOOT)).isEmpty();
        assertThat(console.output()).contains("switch: set\nBOOT=flash:/x.bin\n");
    }

    @Test
    void dirNeedsFlashInitWhenTheBootWasInterrupted() {
        RecordingConsole console = new RecordingConsole("dir flash:", "flash_init", "dir flash:");

        loader(false).run(console, console);

        assertThat(console.output())
                .contains("unable to stat flash:/: invalid argument")
                .contains("Initializing Flash...")
                .contains("Directory of flash:/")
                .containsPattern(" +\\d+  -rwx  \\d+ +<date> +" + TestDevices.SWITCH_IMAGE.replace(".", "\\."))
                .containsPattern("\\d+ bytes available \\(\\d+ bytes used\\)");
    }

    @Test
    void deleteAsksAndRenameMoves() {
        RecordingConsole console = new RecordingConsole(
                "rename flash:" + TestDevices.SWITCH_IMAGE + " flash:renamed.bin", "delete flash:renamed.bin", "y");

        loader(true).run(console, console);

        assertThat(console.output())
                .contains("Are you sure you want to delete \"flash:renamed.bin\" (y/n)?y")
                .contains("File \"flash:renamed.bin\" deleted");
        assertThat(BootMedia.over(router.fileSystems()).list("flash:").orElseThrow())
                .isEmpty();
    }

    @Test
    void bootWithAFileLeavesTheLoader() {
        RecordingConsole console = new RecordingConsole("boot flash:/x.bin");

        assertThat(loader(true).run(console, console)).isEqualTo(new RommonExit.Boot(Optional.of("flash:/x.bin")));
    }

    @Test
    void missingBootImageStopsAtSwitchPromptAndBootFromThereWorks() {
        router.bootEnvironment().setBootPath(List.of("flash:/gone.bin"));
        router.bootEnvironment().set(BootEnvironment.MANUAL_BOOT, "yes");
        RecordingConsole console = new RecordingConsole("boot flash:/" + TestDevices.SWITCH_IMAGE, "no");

        BootOutcome outcome = router.powerOn(console.boot());

        assertThat(outcome).isEqualTo(BootOutcome.IOS_RUNNING);
        assertThat(console.output())
                .contains("The system is not configured to boot automatically.")
                .contains("switch: boot flash:/" + TestDevices.SWITCH_IMAGE);
        assertThat(TestDevices.showVersion(router))
                .contains("System image file is \"flash:/" + TestDevices.SWITCH_IMAGE + "\"");
    }

    @Test
    void badBootVariableWithEmptyFlashPrintsTheRealFailure() throws IOException {
        BootMedia.over(router.fileSystems()).delete("flash:" + TestDevices.SWITCH_IMAGE);
        router.bootEnvironment().setBootPath(List.of("flash:c2960-lanbasek9-mz.150-2.SE11.bin"));
        RecordingConsole console = new RecordingConsole();

        BootOutcome outcome = router.powerOn(console.boot());

        assertThat(outcome).isEqualTo(BootOutcome.IN_LOADER);
        assertThat(console.output())
                .contains(
                        "Loading \"flash:c2960-lanbasek9-mz.150-2.SE11.bin\"...flash:c2960-lanbasek9-mz.150-2.SE11.bin:"
                                + " no such file or directory\n\nError loading \"flash:c2960-lanbasek9-mz.150-2.SE11.bin\"")
                .contains("The system is unable to boot automatically.  The BOOT\nenvironment variable needs to be set")
                .endsWith("switch: ");
    }

    /** {@code console}'s lines, with a terminal program at the far end that sends {@code file} over XMODEM. */
    private static LineInput sending(RecordingConsole console, byte[] file, ExecutorService threads) {
        return new LineInput() {
            @Override
            public Optional<String> readLine(String prompt) {
                return console.readLine(prompt);
            }

            @Override
            public boolean askYesNo(String prompt) {
                return console.askYesNo(prompt);
            }

            @Override
            public Optional<XmodemLink> openTransfer() {
                XmodemPipe pipe = new XmodemPipe();
                threads.submit(() -> {
                    try (XmodemLink far = pipe.far()) {
                        return XmodemSender.send(far, Channels.newChannel(new ByteArrayInputStream(file)));
                    }
                });
                return Optional.of(pipe.near());
            }
        };
    }

    @Test
    void copyXmodemStoresTheImageTheTerminalSendsExactlyAndItBoots() throws Exception {
        byte[] image = UnpaddedImageTest.image();
        String name = "flash:c2960x-universalk9-mz.152-7.E8.bin";
        RecordingConsole console = new RecordingConsole("copy xmodem: " + name, "boot " + name);

        RommonExit exit;
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            exit = loader(true).run(sending(console, image, threads), console);
        }

        assertThat(console.output())
                .contains("switch: copy xmodem: " + name + "\nBegin the Xmodem or Xmodem-1K transfer now...\n")
                .contains("File \"xmodem:\" successfully copied to \"" + name + "\"");
        assertThat(java.nio.file.Files.readAllBytes(
                        BootMedia.over(router.fileSystems()).find(name).orElseThrow()))
                .isEqualTo(image);
        assertThat(exit).isEqualTo(new RommonExit.Boot(Optional.of(name)));
    }

    @Test
    void copyXmodemOnAConsoleOfTextLinesSaysSoAndWritesNothing() {
        RecordingConsole console = new RecordingConsole("copy xmodem: flash:new.bin", "dir flash:");

        loader(true).run(console, console);

        assertThat(console.output())
                .contains("unable to copy xmodem: to flash:new.bin: this console carries no XMODEM transfer");
        assertThat(BootMedia.over(router.fileSystems()).find("flash:new.bin")).isEmpty();
    }

    @Test
    void aTransferNobodySendsTimesOutAndLeavesFlashAsItWas() throws IOException {
        RecordingConsole console = new RecordingConsole("copy xmodem: flash:new.bin");
        LineInput silent = new LineInput() {
            @Override
            public Optional<String> readLine(String prompt) {
                return console.readLine(prompt);
            }

            @Override
            public boolean askYesNo(String prompt) {
                return false;
            }

            @Override
            public Optional<XmodemLink> openTransfer() {
                return Optional.of(new XmodemLink() {
                    @Override
                    public int read(java.time.Duration timeout) {
                        return TIMEOUT; // nobody at the far end, and no real time waited
                    }

                    @Override
                    public void write(byte... bytes) {}
                });
            }
        };
        List<String> before = names();

        loader(true).run(silent, console);

        assertThat(console.output()).contains("unable to copy xmodem: to flash:new.bin: timed out");
        assertThat(names()).isEqualTo(before);
    }

    private List<String> names() {
        return BootMedia.over(router.fileSystems()).list("flash:").orElseThrow().stream()
                .map(dev.iosemu.device.MediaEntry::name)
                .toList();
    }
}
