package dev.iosemu.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.iosemu.net.ftp.ExternalProgram;
import dev.iosemu.net.ftp.VsftpdDaemon;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A {@link VirtualDevice} copying over FTP from and to a private vsftpd on loopback (anonymous login
 * with a checked password, see {@link VsftpdDaemon}), reached by a real address with the port in the
 * URL: passive and active downloads, uploads, refused logins, missing files and the seed's upgrade.
 */
@Tag("interop")
@Timeout(120)
class DeviceVsftpdInteropIT {
    private static final String LOGIN = VsftpdDaemon.USER + ":" + VsftpdDaemon.PASSWORD;

    @TempDir
    static Path work;

    private static VsftpdDaemon vsftpd;
    private static String shippedMd5;

    private InteropDevice router;

    @BeforeAll
    static void startVsftpd() throws IOException {
        Optional<Path> program = ExternalProgram.find("vsftpd");
        assumeTrue(program.isPresent(), "vsftpd is not installed");
        vsftpd = VsftpdDaemon.start(program.get(), work);
        Files.copy(InteropDevice.SHIPPED_NEW_IMAGE, vsftpd.root.resolve(InteropDevice.NEW_IMAGE));
        shippedMd5 = InteropDevice.md5(InteropDevice.SHIPPED_NEW_IMAGE);
    }

    @AfterAll
    static void stopVsftpd() {
        if (vsftpd != null) {
            vsftpd.close();
        }
    }

    @BeforeEach
    void bootRouter() throws Exception {
        router = InteropDevice.start();
    }

    @AfterEach
    void closeRouter() throws IOException {
        router.close();
    }

    private static String url(String login, String file) {
        return "ftp://" + login + "@127.0.0.1:" + vsftpd.port() + "/" + file;
    }

    @ParameterizedTest(name = "passive {0}")
    @ValueSource(booleans = {true, false})
    void downloadsTheImageByteForByte(boolean passive) {
        router.configure(passive ? "ip ftp passive" : "no ip ftp passive");
        router.console.exec("debug ip ftp");

        String copy = router.console.exec("copy " + url(LOGIN, InteropDevice.NEW_IMAGE) + " flash:", "");

        assertThat(copy)
                .contains("Accessing ftp://*:*@127.0.0.1:" + vsftpd.port() + "/" + InteropDevice.NEW_IMAGE + "...")
                .contains("FTP: ---> " + (passive ? "PASV" : "PORT 127,0,0,1,"))
                .contains("[OK - 1048576/4096 bytes]")
                .contains("1048576 bytes copied in 0.250 secs (4194304 bytes/sec)")
                .doesNotContain(VsftpdDaemon.PASSWORD);
        assertThat(router.md5("flash:" + InteropDevice.NEW_IMAGE)).isEqualTo(shippedMd5);
    }

    @ParameterizedTest(name = "passive {0}")
    @ValueSource(booleans = {true, false})
    void uploadsAFlashFileByteForByte(boolean passive) throws IOException {
        router.configure(passive ? "ip ftp passive" : "no ip ftp passive");
        String name = "upload/" + (passive ? "passive-" : "active-") + InteropDevice.OLD_IMAGE;
        String expected = router.md5("flash:" + InteropDevice.OLD_IMAGE);

        String copy = router.console.exec("copy flash:" + InteropDevice.OLD_IMAGE + " " + url(LOGIN, name), "", "");

        assertThat(copy).contains("1044480 bytes copied in 0.250 secs");
        assertThat(InteropDevice.md5(vsftpd.root.resolve(name))).isEqualTo(expected);
    }

    @Test
    void configRoundTripsThroughTheServer() throws IOException {
        String shown = router.console.exec("show running-config");

        router.console.exec("copy running-config " + url(LOGIN, "upload/r1-confg"), "", "");
        String config = Files.readString(vsftpd.root.resolve("upload/r1-confg"), StandardCharsets.US_ASCII);
        String edited = config.replace("\nhostname Router\n", "\nhostname Edge\n");
        Files.writeString(vsftpd.root.resolve("r1-edited"), edited, StandardCharsets.US_ASCII);
        String merge = router.console.exec("copy " + url(LOGIN, "r1-edited") + " running-config", "");

        assertThat(shown).endsWith(config);
        assertThat(merge).contains("[OK - " + edited.length() + "/4096 bytes]");
        assertThat(router.console.session().prompt()).isEqualTo("Edge#");
    }

    @Test
    void wrongPasswordIsIncorrectLoginAndLeavesFlashAlone() {
        String before = router.flashListing();

        String copy = router.console.exec(
                "copy " + url(VsftpdDaemon.USER + ":wrong", InteropDevice.NEW_IMAGE) + " flash:", "");

        assertThat(copy)
                .endsWith("%Error opening ftp://*:*@127.0.0.1:" + vsftpd.port() + "/" + InteropDevice.NEW_IMAGE
                        + " (Incorrect Login/Password)\n");
        assertThat(router.flashListing()).isEqualTo(before);
    }

    @Test
    void missingFileIsNoSuchFileAndLeavesFlashAlone() {
        String before = router.flashListing();

        String copy = router.console.exec("copy " + url(LOGIN, "c1900-missing.bin") + " flash:", "");

        assertThat(copy)
                .endsWith("%Error opening ftp://*:*@127.0.0.1:" + vsftpd.port()
                        + "/c1900-missing.bin (No such file or directory)\n");
        assertThat(router.flashListing()).isEqualTo(before);
    }

    @Test
    void seedUpgradeWithConfiguredLogin() throws Exception {
        try (InteropDevice fresh = InteropDevice.booted()) {
            String transcript = InteropGolden.check(fresh.console, "vsftpd-seed-upgrade", vsftpd.port());

            assertThat(transcript)
                    .contains("[OK - 1048576/4096 bytes]")
                    .contains("System image file is \"flash:" + InteropDevice.NEW_IMAGE + "\"")
                    .contains("Version 15.7(3)M8");
            assertThat(fresh.md5("flash:" + InteropDevice.NEW_IMAGE)).isEqualTo(shippedMd5);
            assertThat(fresh.flashListing()).doesNotContain(InteropDevice.OLD_IMAGE);
        }
    }

    @Test
    void seedUpgradeWithCredentialsInTheUrl() throws Exception {
        try (InteropDevice fresh = InteropDevice.booted()) {
            String transcript = InteropGolden.check(fresh.console, "vsftpd-seed-upgrade-url", vsftpd.port());

            assertThat(transcript).contains("Version 15.7(3)M8");
            assertThat(fresh.md5("flash:" + InteropDevice.NEW_IMAGE)).isEqualTo(shippedMd5);
        }
    }

    @Test
    void seedUpgradeInActiveMode() throws Exception {
        try (InteropDevice fresh = InteropDevice.booted()) {
            String transcript = InteropGolden.check(fresh.console, "vsftpd-seed-upgrade-active", vsftpd.port());

            assertThat(transcript)
                    .contains("no ip ftp passive")
                    .contains("[OK - 1048576/4096 bytes]")
                    .contains("Version 15.7(3)M8");
            assertThat(fresh.md5("flash:" + InteropDevice.NEW_IMAGE)).isEqualTo(shippedMd5);
            assertThat(fresh.flashListing()).doesNotContain(InteropDevice.OLD_IMAGE);
        }
    }
}
