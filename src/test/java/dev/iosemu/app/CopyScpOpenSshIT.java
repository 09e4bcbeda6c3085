package dev.iosemu.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.iosemu.cli.HeadlessSession;
import dev.iosemu.fs.local.LocalFileSystem;
import dev.iosemu.testing.FlashContents;
import dev.iosemu.testing.LabReady;
import dev.iosemu.testing.OpenSshd;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code copy scp:} and {@code copy … scp:} against OpenSSH's sshd (Debian openssh-server, skipped when
 * missing) on a loopback port of the test's own: the device logs in with its RSA key, the public half taken
 * from {@code show crypto key mypubkey rsa} into sshd's {@code authorized_keys}, and both directions are
 * byte-exact; a refused key falls back to {@code Password:}, and every failure (refused login, missing file,
 * a server that leaves mid-file) leaves flash byte-identical.
 */
@Tag("interop")
class CopyScpOpenSshIT {
    private static final String USER = System.getProperty("user.name");

    @TempDir
    Path dir;

    private VirtualDevice device;
    private HeadlessSession console;
    private byte[] image;

    @BeforeEach
    void start() throws Exception {
        assumeTrue(OpenSshd.installed(), "OpenSSH sshd is not installed (openssh-server)");
        device = VirtualDevice.builder().labServers(false).build();
        console = device.openSession();
        device.powerOn(console.session());
        LabReady.enable(console);
        image = new byte[300_000];
        new Random(5).nextBytes(image);
    }

    @AfterEach
    void stop() throws Exception {
        if (device != null) {
            device.close();
        }
    }

    @Test
    void theDeviceKeyLogsInAndBothDirectionsAreByteExact() throws Exception {
        Path remote = Files.write(dir.resolve("c1900-universalk9-mz.SPA.157-3.M9.bin"), image);
        try (OpenSshd sshd = OpenSshd.start(sshdDir(), List.of(deviceKey()), List.of())) {
            String down = console.exec("copy " + url(sshd, remote) + " flash:", "", "", "", "");

            assertThat(down)
                    .as(String.join("\n", sshd.log()))
                    .contains(" Sending file modes: C0644 300000 c1900-universalk9-mz.SPA.157-3.M9.bin")
                    .contains("300000 bytes copied in")
                    .doesNotContain("Password:")
                    .doesNotContain("%Error");
            assertThat(Files.readAllBytes(flash().path("/c1900-universalk9-mz.SPA.157-3.M9.bin")))
                    .isEqualTo(image);

            Path uploaded = dir.resolve("uploaded.bin");
            String up =
                    console.exec("copy flash:c1900-universalk9-mz.SPA.157-3.M9.bin " + url(sshd, uploaded), "", "", "");

            assertThat(up)
                    .contains("Writing " + uploaded)
                    .contains(" Sink: C0644 300000 uploaded.bin")
                    .contains("300000 bytes copied in")
                    .doesNotContain("Password:");
            assertThat(Files.readAllBytes(uploaded)).isEqualTo(image);
        }
    }

    @Test
    void aRefusedKeyAsksForThePasswordAndAFailedLoginLeavesFlashAsItWas() throws Exception {
        Path remote = Files.write(dir.resolve("image.bin"), image);
        Map<String, String> before = FlashContents.of(flash());
        try (OpenSshd sshd = OpenSshd.start(sshdDir(), List.of(), List.of())) {
            String out = console.exec("copy " + url(sshd, remote) + " flash:", "", "", "", "", "wrong");

            assertThat(out)
                    .contains("Password: ")
                    .contains("%Error opening scp://*:*@127.0.0.1:" + sshd.port() + "/" + remote
                            + " (Incorrect Login/Password)");
        }
        assertThat(FlashContents.of(flash())).isEqualTo(before);
    }

    @Test
    void aMissingFileOrAServerLeavingMidFileLeavesFlashAsItWas() throws Exception {
        console.execChecked("copy running-config flash:image.bin", "");
        Map<String, String> before = FlashContents.of(flash());
        Path missing = dir.resolve("missing.bin");
        try (OpenSshd sshd = OpenSshd.start(sshdDir(), List.of(deviceKey()), List.of())) {
            String out = console.exec("copy " + url(sshd, missing) + " flash:other.bin", "", "", "", "");

            assertThat(out).contains("%Error opening scp://*:*@127.0.0.1:" + sshd.port() + "/" + missing);
        }
        // The server announces 100 000 bytes, sends 1 000 and ends: a cut mid-file over an existing name.
        List<String> cut = List.of("ForceCommand printf 'C0644 100000 image.bin\\n'; head -c 1000 /dev/zero");
        try (OpenSshd sshd = OpenSshd.start(sshdDir(), List.of(deviceKey()), cut)) {
            String out = console.exec("copy " + url(sshd, dir.resolve("image.bin")) + " flash:", "", "", "", "", "");

            assertThat(out).contains("%Warning:There is a file already existing with this name");
            assertThat(out).contains("%Error reading scp://*:*@127.0.0.1:" + sshd.port() + "/");
        }
        assertThat(FlashContents.of(flash())).isEqualTo(before);
    }

    @Test
    void ipSshSourceInterfaceNamesTheAddressTheClientConnectsFrom() throws Exception {
        for (String line : List.of(
                "configure terminal",
                "interface GigabitEthernet0/1",
                "ip address 10.9.9.1 255.255.255.0",
                "no shutdown",
                "exit",
                "ip ssh source-interface GigabitEthernet0/1",
                "end",
                "debug ip scp")) {
            console.execChecked(line);
        }
        Path remote = Files.write(dir.resolve("r1.cfg"), "hostname R1\n".getBytes(StandardCharsets.US_ASCII));
        String shown = console.exec("show running-config | include ip ssh");
        try (OpenSshd sshd = OpenSshd.start(sshdDir(), List.of(deviceKey()), List.of())) {
            String out = console.exec("copy " + url(sshd, remote) + " flash:", "", "", "", "");

            assertThat(out).contains("SCP: read request for " + remote + " to 127.0.0.1 from 10.9.9.1");
        }
        console.execChecked("configure terminal");
        console.execChecked("no ip ssh source-interface");
        console.execChecked("end");

        assertThat(shown).contains("ip ssh source-interface GigabitEthernet0/1");
        assertThat(console.exec("show running-config | include ip ssh")).doesNotContain("source-interface");
    }

    /** The device's public key as {@code show crypto key mypubkey rsa} prints it, as an authorized_keys line. */
    private String deviceKey() {
        return OpenSshd.authorizedKey(console.exec("show crypto key mypubkey rsa"));
    }

    private Path sshdDir() throws Exception {
        return Files.createTempDirectory(dir, "sshd");
    }

    private static String url(OpenSshd sshd, Path file) {
        return "scp://" + USER + "@127.0.0.1:" + sshd.port() + "/" + file;
    }

    private LocalFileSystem flash() {
        return device.router().fileSystems().find("flash:").orElseThrow();
    }
}
