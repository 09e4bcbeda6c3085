package dev.iosemu.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.iosemu.cli.CommandResult;
import dev.iosemu.cli.HeadlessSession;
import dev.iosemu.cli.IosCommandException;
import dev.iosemu.testing.LabReady;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class VirtualDeviceTest {
    private static final Clock MARCH_FIRST = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);

    /** A device built from {@code builder} and powered on. */
    private static VirtualDevice booted(VirtualDevice.Builder builder) throws Exception {
        VirtualDevice device = builder.build();
        device.powerOn();
        return device;
    }

    /** The default router without lab servers, on March 1st, powered on. */
    private static VirtualDevice bootedRouter() throws Exception {
        return booted(VirtualDevice.builder().labServers(false).clock(MARCH_FIRST));
    }

    @Test
    void poweredOnDeviceAnswersOnAHeadlessSession() throws Exception {
        try (VirtualDevice device =
                VirtualDevice.builder().labServers(false).clock(MARCH_FIRST).build()) {
            String boot = device.powerOn();
            HeadlessSession console = device.openSession();
            LabReady.enable(console);

            assertThat(boot).contains("Press RETURN to get started!");
            assertThat(console.exec("show version"))
                    .contains("Version 15.4(3)M3")
                    .contains("Configuration register is 0x2102");
        }
    }

    @Test
    void flashFileSeedsTheDeviceWithAHostFileByteForByte(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path host = java.nio.file.Files.write(dir.resolve("odd.bin"), new byte[] {1, 2, 3, 4, 5});
        try (VirtualDevice device = VirtualDevice.builder()
                .labServers(false)
                .clock(MARCH_FIRST)
                .flashFile(host, "flash:odd.bin")
                .build()) {
            device.powerOn();
            HeadlessSession console = device.openSession();
            LabReady.enable(console);

            assertThat(console.exec("dir flash:")).contains("5   Mar 1 2026").contains("odd.bin");
            assertThat(console.exec("verify flash:odd.bin")).contains("odd.bin");
            assertThat(java.nio.file.Files.readAllBytes(
                            device.router().fileSystems().defaultFileSystem().readablePath("/odd.bin")))
                    .containsExactly(1, 2, 3, 4, 5);
        }
    }

    /** Every built-in profile, so one added later is held to the injected clock too. */
    static java.util.List<String> builtInProfiles() {
        return dev.iosemu.profile.DeviceProfiles.builtInNames();
    }

    @ParameterizedTest
    @MethodSource("builtInProfiles")
    void everyProfileShowsTheTimeOfTheInjectedClock(String profile) throws Exception {
        try (VirtualDevice device = booted(
                VirtualDevice.builder().profile(profile).labServers(false).clock(MARCH_FIRST))) {
            HeadlessSession console = device.openSession();

            assertThat(console.exec("show clock")).contains("10:00:00").endsWith("Mar 1 2026\n");
        }
    }

    @Test
    void withoutAnInjectedClockTheSwitchStartsIn1993AsTheRealOneDoes() throws Exception {
        try (VirtualDevice device =
                booted(VirtualDevice.builder().profile("c2960x").labServers(false))) {
            assertThat(device.openSession().exec("show clock")).endsWith("Mar 1 1993\n");
        }
    }

    @Test
    void execResultSaysWhenIosAnsweredWithAnError() throws Exception {
        try (VirtualDevice device = bootedRouter()) {
            HeadlessSession console = device.openSession();

            CommandResult typo = console.execResult("shw ver");
            CommandResult fine = console.execResult("show clock");

            assertThat(typo.failed()).isTrue();
            assertThat(typo.errors()).containsExactly("% Invalid input detected at '^' marker.");
            assertThat(fine.failed()).isFalse();
            assertThatThrownBy(() -> console.execChecked("shw ver"))
                    .isInstanceOf(IosCommandException.class)
                    .hasMessage("'shw ver': % Invalid input detected at '^' marker.");
            assertThat(console.execChecked("show clock")).contains("2026");
        }
    }

    @Test
    void theLabTftpServerTakesUploadsIntoItsUploadFolderAndServesThemBack() throws Exception {
        try (VirtualDevice device = booted(VirtualDevice.builder().clock(MARCH_FIRST))) {
            HeadlessSession console = device.openSession();
            LabReady.enable(console);

            CommandResult upload = console.execResult("copy running-config tftp:", "192.168.1.10", "");
            CommandResult back = console.execResult("copy tftp://192.168.1.10/router-confg flash:back.cfg", "");

            assertThat(upload.failed()).as(upload.output()).isFalse();
            assertThat(upload.output()).contains("bytes copied");
            assertThat(back.failed()).as(back.output()).isFalse();
            assertThat(console.exec("more flash:back.cfg")).contains("hostname Router");
        }
    }

    @Test
    void aLoneSIsAmbiguousAsOnIosBecauseRealCommandsShareIt() throws Exception {
        try (VirtualDevice device = bootedRouter()) {
            HeadlessSession console = device.openSession();

            String user = console.exec("s");
            LabReady.enable(console);

            assertThat(user).isEqualTo("% Ambiguous command:  \"s\"\n");
            assertThat(console.exec("s")).isEqualTo("% Ambiguous command:  \"s\"\n");
            assertThat(console.exec("sh")).isEqualTo("% Incomplete command.\n\n");
            assertThat(console.exec("sh clock")).contains("2026");
            assertThat(console.exec("ssh -l cisco 10.1.1.1")) // modelled: nothing owns 10.1.1.1
                    .isEqualTo("% Connection timed out; remote host not responding\n");
        }
    }

    @Test
    void openConsoleShowsTheConfiguredBannersAsASessionOpens() throws Exception {
        try (VirtualDevice device =
                VirtualDevice.builder().labServers(false).clock(MARCH_FIRST).build()) {
            device.powerOn();
            HeadlessSession admin = device.openSession();
            HeadlessSession quiet = device.openSession();
            assertThat(device.openConsole(quiet.session())).isTrue();
            LabReady.enable(admin);
            admin.exec("configure terminal");
            admin.exec("banner motd #Keep out#");
            admin.exec("end");

            HeadlessSession next = device.openSession();
            assertThat(device.openConsole(next.session())).isTrue();

            assertThat(quiet.transcript()).isEmpty();
            assertThat(next.transcript()).isEqualTo("Keep out\n\n");
        }
    }

    @Test
    void labServersServeTheImagesAtTheProfilesLabAddress() throws Exception {
        try (VirtualDevice device = VirtualDevice.builder().clock(MARCH_FIRST).build()) {
            device.powerOn();
            HeadlessSession console = device.openSession();
            LabReady.enable(console);

            String copy = console.exec("copy tftp://192.168.1.10/c1900-universalk9-mz.SPA.157-3.M8.bin flash:", "");

            assertThat(device.labTftpAddress()).isPresent();
            assertThat(device.labFtpAddress()).isPresent();
            assertThat(copy).contains("[OK - 1048576 bytes]");
        }
    }

    @Test
    void sessionsShareTheDeviceButNotTheirMode() throws Exception {
        try (VirtualDevice device =
                VirtualDevice.builder().labServers(false).clock(MARCH_FIRST).build()) {
            device.powerOn();
            HeadlessSession first = device.openSession();
            HeadlessSession second = device.openSession();
            LabReady.enable(first);
            first.exec("configure terminal");
            first.exec("hostname Edge");

            assertThat(second.session().prompt()).isEqualTo("Edge>");
            assertThat(first.session().prompt()).isEqualTo("Edge(config)#");
        }
    }

    @Test
    void scriptRunsLikeBatchMode() throws Exception {
        try (VirtualDevice device =
                VirtualDevice.builder().labServers(false).clock(MARCH_FIRST).build()) {
            device.powerOn();

            assertThat(device.runScript(LabReady.ENABLE_LINES + "show clock\n"))
                    .isEqualTo(
                            "Router>enable\nPassword: \nRouter#show clock\n*10:00:00.000 UTC Sun Mar 1 2026\nRouter#");
        }
    }
}
