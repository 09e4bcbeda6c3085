package dev.iosemu.cli.commands.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iosemu.cli.CommandRegistry;
import dev.iosemu.cli.HeadlessSession;
import dev.iosemu.device.BootOutcome;
import dev.iosemu.device.ConfigReplayer;
import dev.iosemu.device.Line;
import dev.iosemu.device.RecordingConsole;
import dev.iosemu.device.ReloadReason;
import dev.iosemu.device.Router;
import dev.iosemu.device.TestClock;
import dev.iosemu.device.TestDevices;
import dev.iosemu.device.config.Banner;
import dev.iosemu.lab.LabAddressMap;
import dev.iosemu.profile.DeviceProfiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StartupReplayTest {
    private static StartupReplayer replayer(Router router, CommandRegistry registry) {
        ConfigCommands.register(registry, router, new Random(3));
        return new StartupReplayer(
                registry, ConfigCommands.shellSettings(router).build());
    }

    @Test
    void shippedRouterStartupConfigReplaysWithoutErrors() throws Exception {
        Router router = Router.create(DeviceProfiles.loadBuiltIn("c1941"), new TestClock(), LabAddressMap.empty());
        RecordingConsole console = new RecordingConsole();

        router.powerOn(console.boot(replayer(router, new CommandRegistry())));

        String output = console.output();
        assertThat(output.substring(output.indexOf("Processor board ID"), output.indexOf("Press RETURN")))
                .doesNotContain("%");
        assertThat(output).contains("%SYS-5-CONFIG_I");
        var gi0 = router.runningConfig().findInterface("GigabitEthernet0/0").orElseThrow();
        assertThat(gi0.address().orElseThrow().toString()).isEqualTo("192.168.1.1 255.255.255.0");
        assertThat(gi0.shutdown()).isFalse();
        assertThat(router.runningConfig().routing().routes()).hasSize(1);
        assertThat(router.configModified()).isFalse();
    }

    @Test
    void everyShippedProfileReplaysCleanly() throws Exception {
        for (String name : DeviceProfiles.builtInNames()) {
            Router router = Router.create(DeviceProfiles.loadBuiltIn(name), new TestClock(), LabAddressMap.empty());
            RecordingConsole console = new RecordingConsole();
            router.powerOn(console.boot(replayer(router, new CommandRegistry())));
            String afterHardware = console.output().substring(console.output().lastIndexOf("Processor board ID"));
            assertThat(afterHardware).as(name).doesNotContain("% ");
        }
    }

    @Test
    void writtenConfigSurvivesReloadAndUnsavedChangesDoNot() throws Exception {
        Router router = Router.create(TestDevices.isr(), new TestClock(), LabAddressMap.empty());
        CommandRegistry registry = new CommandRegistry();
        StartupReplayer replayer = replayer(router, registry);
        router.powerOn(new RecordingConsole("no").boot(replayer));
        HeadlessSession cli = HeadlessSession.of(
                registry, ConfigCommands.shellSettings(router).build());
        cli.exec("enable");
        cli.exec("configure terminal");
        cli.exec("hostname Saved");
        cli.exec("interface gi0/1");
        cli.exec("ip address 10.0.0.1 255.255.255.0");
        cli.exec("no shutdown");
        cli.exec("end");
        router.writeMemory();
        cli.exec("configure terminal");
        cli.exec("hostname Unsaved");
        assertThat(router.configModified()).isTrue();

        BootOutcome outcome = router.reload(Line.console(), new RecordingConsole().boot(replayer), ReloadReason.COMMAND)
                .orElseThrow();

        assertThat(outcome).isEqualTo(BootOutcome.IOS_RUNNING);
        assertThat(router.runningConfig().hostname()).isEqualTo("Saved");
        assertThat(router.runningConfig()
                        .findInterface("GigabitEthernet0/1")
                        .orElseThrow()
                        .shutdown())
                .isFalse();
        assertThat(router.runningConfigText())
                .isEqualTo(router.startupConfigText().orElseThrow().lines().toList());
        assertThat(TestDevices.showStartupConfig(router).get(0)).matches("Using \\d+ out of 262136 bytes");
    }

    @Test
    void aStartupConfigWithATooLongHostnameBootsWithTheErrorAndTheRestOfTheConfig() throws Exception {
        String config = "hostname R" + "x".repeat(70) + "\nip host labserver 192.168.1.10\n";
        Router router = Router.create(
                TestDevices.isr(TestDevices.isr().initialFiles(), Optional.of(config), 0x2102),
                new TestClock(),
                LabAddressMap.empty());
        RecordingConsole console = new RecordingConsole("no");

        BootOutcome outcome = router.powerOn(console.boot(replayer(router, new CommandRegistry())));

        assertThat(outcome).isEqualTo(BootOutcome.IOS_RUNNING);
        assertThat(console.output())
                .contains("% Hostname must be fewer than 64 characters.\n")
                .doesNotContain("internal failure");
        assertThat(router.runningConfig().hostname()).isEqualTo("Router");
        assertThat(router.runningConfigText()).contains("ip host labserver 192.168.1.10");
    }

    @Test
    void aStartupConfigThatIsNotUtf8IsShownAndReplayedWithTheBadBytesReplaced() throws Exception {
        Router router = Router.create(TestDevices.isr(), new TestClock(), LabAddressMap.empty());
        CommandRegistry registry = new CommandRegistry();
        StartupReplayer replayer = replayer(router, registry);
        router.powerOn(new RecordingConsole("no").boot(replayer));
        var nvram = router.fileSystems().find("nvram:").orElseThrow();
        byte[] text = "hostname Lab\nbanner motd #caf\u00e9#\n".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(nvram.path("/startup-config"), text);

        assertThat(TestDevices.showStartupConfig(router)).contains("banner motd #caf\ufffd#");
        BootOutcome outcome = router.reload(Line.console(), new RecordingConsole().boot(replayer), ReloadReason.COMMAND)
                .orElseThrow();

        assertThat(outcome).isEqualTo(BootOutcome.IOS_RUNNING);
        assertThat(router.runningConfig().hostname()).isEqualTo("Lab");
    }

    @Test
    void eraseThenReloadComesUpWithFactoryConfigAndTheDialog() throws Exception {
        Router router = Router.create(DeviceProfiles.loadBuiltIn("c1941"), new TestClock(), LabAddressMap.empty());
        CommandRegistry registry = new CommandRegistry();
        StartupReplayer replayer = replayer(router, registry);
        router.powerOn(new RecordingConsole().boot(replayer));

        router.eraseStartupConfig();
        RecordingConsole console = new RecordingConsole("no");
        router.reload(Line.console(), console.boot(replayer), ReloadReason.COMMAND);

        assertThat(TestDevices.showStartupConfig(router)).containsExactly("startup-config is not present");
        assertThat(console.output()).contains("--- System Configuration Dialog ---");
        assertThat(router.runningConfig().routing().routes()).isEmpty();
    }

    @Test
    void newImageBootedAfterBootSystemAndWrite() throws Exception {
        Router router = Router.create(
                TestDevices.isr(
                        java.util.List.of(
                                new dev.iosemu.device.InitialFile.Image(
                                        "flash0:" + TestDevices.OLD_ISR_IMAGE, TestDevices.image("c1900", "15.4(3)M3")),
                                new dev.iosemu.device.InitialFile.Image(
                                        "flash0:" + TestDevices.NEW_ISR_IMAGE,
                                        TestDevices.image("c1900", "15.7(3)M8"))),
                        java.util.Optional.empty(),
                        0x2102),
                new TestClock(),
                LabAddressMap.empty());
        CommandRegistry registry = new CommandRegistry();
        StartupReplayer replayer = replayer(router, registry);
        router.powerOn(new RecordingConsole("no").boot(replayer));
        HeadlessSession cli = HeadlessSession.of(
                registry, ConfigCommands.shellSettings(router).build());
        cli.exec("enable");
        cli.exec("configure terminal");
        cli.exec("boot system flash:" + TestDevices.NEW_ISR_IMAGE);
        cli.exec("end");
        router.writeMemory();

        router.reload(Line.console(), new RecordingConsole().boot(replayer), ReloadReason.COMMAND);

        assertThat(TestDevices.showVersion(router).get(0)).contains("Version 15.7(3)M8");
        assertThat(router.startupConfigText().orElseThrow()).contains("\nversion 15.4\n");
        router.writeMemory();
        assertThat(router.startupConfigText().orElseThrow()).contains("\nversion 15.7\n");
        assertThat(router.runningConfigText())
                .contains("version 15.7", "boot system flash:" + TestDevices.NEW_ISR_IMAGE);
    }

    @Test
    void copyStartupToRunningMergesThroughTheParser() throws Exception {
        Router router = Router.create(DeviceProfiles.loadBuiltIn("c1941"), new TestClock(), LabAddressMap.empty());
        StartupReplayer replayer = replayer(router, new CommandRegistry());
        router.powerOn(new RecordingConsole().boot(replayer));
        router.configure(b -> b.hostname("Changed")
                .routing(r ->
                        r.withoutRoute(router.runningConfig().routing().routes().get(0))));
        RecordingConsole console = new RecordingConsole();

        replayer.replay(ConfigReplayer.configLines(router.startupConfigText().orElseThrow()), console);

        assertThat(router.runningConfig().hostname()).isEqualTo("Router");
        assertThat(router.runningConfig().routing().routes()).hasSize(1);
        assertThat(console.output()).isEmpty();
    }

    @Test
    void bannersReplayWithTheirBlankLinesAndBangLinesAsText() throws Exception {
        Router router = Router.create(DeviceProfiles.loadBuiltIn("c1941"), new TestClock(), LabAddressMap.empty());
        StartupReplayer replayer = replayer(router, new CommandRegistry());
        router.powerOn(new RecordingConsole().boot(replayer));
        RecordingConsole console = new RecordingConsole();

        replayer.replay(
                List.of(
                        "banner exec ^CHello^C",
                        "banner motd ^C",
                        "  Lab router",
                        "",
                        "!",
                        "end",
                        "^C",
                        "hostname After"),
                console);

        assertThat(router.runningConfig().lines().banners())
                .containsEntry(Banner.EXEC, "Hello")
                .containsEntry(Banner.MOTD, "\n  Lab router\n\n!\nend\n");
        assertThat(router.runningConfig().hostname()).isEqualTo("After");
        assertThat(console.output()).isEmpty();
    }

    @Test
    void savedBannersSurviveWriteAndReloadUnchanged() throws Exception {
        Router router = Router.create(DeviceProfiles.loadBuiltIn("c1941"), new TestClock(), LabAddressMap.empty());
        StartupReplayer replayer = replayer(router, new CommandRegistry());
        router.powerOn(new RecordingConsole().boot(replayer));
        router.configure(b -> b.lines(l -> l.withBanner(Banner.MOTD, Optional.of("\nNo entry.\n\n  Really.\n")))
                .lines(l -> l.withBanner(Banner.LOGIN, Optional.of(" one line "))));
        router.writeMemory();
        router.configure(b -> b.lines(l -> l.withBanner(Banner.MOTD, Optional.empty())));

        router.reload(Line.console(), new RecordingConsole().boot(replayer), ReloadReason.COMMAND);

        assertThat(router.runningConfig().lines().banners())
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of(Banner.MOTD, "\nNo entry.\n\n  Really.\n", Banner.LOGIN, " one line "));
    }
}
