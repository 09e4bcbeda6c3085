package dev.iosemu.device;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iosemu.lab.LabAddressMap;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RouterBootTest {
    private final TestClock clock = new TestClock();

    private Router router(DeviceSetup setup) throws IOException {
        return Router.create(setup, clock, LabAddressMap.empty());
    }

    @Test
    void powerOnBootsTheFirstImageInFlashAndPrintsTheIsrSequence() throws IOException {
        Router router = router(TestDevices.isr());
        RecordingConsole console = new RecordingConsole("no");

        BootOutcome outcome = router.powerOn(console.boot());

        assertThat(outcome).isEqualTo(BootOutcome.IOS_RUNNING);
        assertThat(router.bootState().state()).isEqualTo(DeviceState.IOS);
        assertThat(console.output())
                .contains("System Bootstrap, Version 15.0(1r)M16, RELEASE SOFTWARE (fc1)")
                .contains("Readonly ROMMON initialized")
                .contains("Self decompressing the image : ########")
                .contains("[OK]\n\nSmart Init is enabled\nsmart init is sizing iomem\n")
                .contains("Rounded IOMEM up to: 36MB.\nUsing 7 percent iomem. [36MB/512MB]\n\n")
                .contains("Cisco IOS Software, C1900 Software (C1900-UNIVERSALK9-M), Version 15.4(3)M3, RELEASE"
                        + " SOFTWARE (fc2)")
                .contains("Cisco CISCO1941/K9 (revision 1.0) with 487424K/36864K bytes of memory.")
                .contains("Would you like to enter the initial configuration dialog? [yes/no]: no")
                .contains("Press RETURN to get started!");
        assertThat(DeviceFacts.versionInfo(router).orElseThrow().systemImageFile())
                .isEqualTo("flash0:" + TestDevices.OLD_ISR_IMAGE);
    }

    @Test
    void startupConfigGoesToTheReplayerWholeSinceCommentsMayBeBannerText() throws IOException {
        DeviceSetup setup = TestDevices.isr(
                TestDevices.isr().initialFiles(),
                Optional.of("!\nhostname R1\n!\ninterface Gi0/0\n shutdown\nend\n"),
                0x2102);
        Router router = router(setup);
        List<String> replayed = new ArrayList<>();
        RecordingConsole console = new RecordingConsole();

        router.powerOn(console.boot((lines, out) -> {
            replayed.addAll(lines);
            router.configure(b -> b.hostname("R1"));
        }));

        assertThat(replayed).containsExactly("!", "hostname R1", "!", "interface Gi0/0", " shutdown", "end");
        assertThat(router.runningConfig().hostname()).isEqualTo("R1");
        assertThat(router.configModified()).isFalse();
        assertThat(console.output()).contains("%SYS-5-CONFIG_I: Configured from memory by console");
        assertThat(console.prompts()).isEmpty();
    }

    @Test
    void bootSystemFromTheStartupConfigChoosesTheImageAndShowVersionNamesItAsTyped() throws IOException {
        DeviceSetup setup = TestDevices.isr(
                List.of(
                        new InitialFile.Image(
                                "flash0:" + TestDevices.OLD_ISR_IMAGE, TestDevices.image("c1900", "15.4(3)M3")),
                        new InitialFile.Image(
                                "flash0:" + TestDevices.NEW_ISR_IMAGE, TestDevices.image("c1900", "15.7(3)M8"))),
                Optional.of(
                        "boot-start-marker\nboot system flash:" + TestDevices.NEW_ISR_IMAGE + "\nboot-end-marker\n"),
                0x2102);
        Router router = router(setup);
        router.powerOn(new RecordingConsole().boot());
        clock.advance(Duration.ofMinutes(75));

        List<String> version = TestDevices.showVersion(router);

        assertThat(version.get(0)).contains("Version 15.7(3)M8");
        assertThat(version)
                .contains("Router uptime is 1 hour, 15 minutes")
                .contains("System returned to ROM by power-on")
                .contains("System image file is \"flash:" + TestDevices.NEW_ISR_IMAGE + "\"")
                .contains("Configuration register is 0x2102");
    }

    @Test
    void missingBootSystemEntryIsReportedAndTheFirstImageBoots() throws IOException {
        DeviceSetup setup =
                TestDevices.isr(TestDevices.isr().initialFiles(), Optional.of("boot system flash:gone.bin\n"), 0x2102);
        Router router = router(setup);
        RecordingConsole console = new RecordingConsole();

        router.powerOn(console.boot());

        assertThat(console.output())
                .contains("boot: cannot open \"flash:gone.bin\"")
                .contains("boot: cannot load \"flash:gone.bin\"");
        assertThat(DeviceFacts.versionInfo(router).orElseThrow().systemImageFile())
                .isEqualTo("flash0:" + TestDevices.OLD_ISR_IMAGE);
    }

    @Test
    void emptyFlashStopsInRommonWithTheRealMessage() throws IOException {
        Router router = router(TestDevices.isr(List.of(), Optional.empty(), 0x2102));
        RecordingConsole console = new RecordingConsole();

        BootOutcome outcome = router.powerOn(console.boot());

        assertThat(outcome).isEqualTo(BootOutcome.IN_LOADER);
        assertThat(router.bootState().state()).isEqualTo(DeviceState.LOADER);
        assertThat(console.output())
                .contains("boot: cannot determine first executable file name ondevice \"flash0:\"")
                .endsWith("rommon 1 > ");
    }

    @Test
    void registerWithBootFieldZeroStopsInRommonAndBootFileLeavesIt() throws IOException {
        Router router = router(TestDevices.isr());
        router.powerOn(new RecordingConsole("no").boot());
        router.bootEnvironment().setNextConfigRegister(0x0);
        assertThat(TestDevices.showVersion(router))
                .contains("Configuration register is 0x2102 (will be 0x0 at next reload)");
        RecordingConsole console =
                new RecordingConsole("confreg 0x2102", "boot flash:" + TestDevices.OLD_ISR_IMAGE, "no");

        BootOutcome outcome = router.reload(Line.console(), console.boot(), ReloadReason.COMMAND)
                .orElseThrow();

        assertThat(outcome).isEqualTo(BootOutcome.IOS_RUNNING);
        assertThat(console.output())
                .contains("%SYS-5-RELOAD: Reload requested by console. Reload Reason: Reload Command.")
                .contains("rommon 1 > confreg 0x2102")
                .contains("You must reset or power cycle for new config to take effect")
                .contains("rommon 2 > boot flash:");
        assertThat(TestDevices.showVersion(router))
                .contains("Configuration register is 0x0 (will be 0x2102 at next reload)")
                .contains("Last reload reason: Reload Command");
    }

    @Test
    void theModeButtonStopsTheSwitchLoaderBeforeFlashUntilFlashInitAndCountsForOneBootOnly() throws IOException {
        Router router = router(TestDevices.catalyst());
        RecordingConsole console = new RecordingConsole("dir flash:", "flash_init", "boot", "no");

        assertThat(router.holdModeButton()).isTrue();
        BootOutcome outcome = router.powerOn(console.boot());

        assertThat(outcome).isEqualTo(BootOutcome.IOS_RUNNING);
        String text = console.output();
        assertThat(text)
                .contains("Xmodem file system is available.\nThe system has been interrupted prior to"
                        + " initializing the\nflash filesystem.")
                .contains("flash_init\n boot\nswitch: dir flash:\nunable to stat flash:/: invalid argument\n")
                .contains("switch: flash_init\nInitializing Flash...")
                .contains("switch: boot\nLoading \"flash:/");
        assertThat(text.indexOf("Initializing Flash...")).isGreaterThan(text.indexOf("interrupted prior"));

        RecordingConsole next = new RecordingConsole("no");
        router.reload(Line.console(), next.boot(), ReloadReason.COMMAND).orElseThrow();
        assertThat(next.output()).doesNotContain("interrupted prior").contains("Initializing Flash...");
    }

    @Test
    void aRouterHasNoModeButton() throws IOException {
        Router router = router(TestDevices.isr());

        assertThat(router.holdModeButton()).isFalse();
        RecordingConsole console = new RecordingConsole("no");
        assertThat(router.powerOn(console.boot())).isEqualTo(BootOutcome.IOS_RUNNING);
        assertThat(console.output()).doesNotContain("interrupted prior");
    }

    @Test
    void rommonResetAppliesThePendingRegisterAndBootsNormally() throws IOException {
        Router router = router(TestDevices.isr(TestDevices.isr().initialFiles(), Optional.empty(), 0x2100));
        RecordingConsole console = new RecordingConsole("confreg 0x2102", "reset", "no");

        BootOutcome outcome = router.powerOn(console.boot());

        assertThat(outcome).isEqualTo(BootOutcome.IOS_RUNNING);
        assertThat(router.bootEnvironment().configRegister()).isEqualTo(0x2102);
        assertThat(console.output().split("Readonly ROMMON initialized", -1)).hasSize(3);
    }

    @Test
    void ignoreStartupBitSkipsTheReplay() throws IOException {
        DeviceSetup setup = TestDevices.isr(TestDevices.isr().initialFiles(), Optional.of("hostname R1\n"), 0x2142);
        Router router = router(setup);
        List<String> replayed = new ArrayList<>();

        router.powerOn(new RecordingConsole("no").boot((lines, out) -> replayed.addAll(lines)));

        assertThat(replayed).isEmpty();
        assertThat(router.startupConfigText()).contains("hostname R1\n");
    }
}
