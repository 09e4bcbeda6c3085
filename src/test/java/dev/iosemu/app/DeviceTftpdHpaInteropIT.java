package dev.iosemu.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.iosemu.image.CatalystArchive;
import dev.iosemu.image.ImageSpec;
import dev.iosemu.net.tftp.TftpPeers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A {@link VirtualDevice} copying over TFTP from and to a private tftpd-hpa on loopback (a child
 * process, {@code in.tftpd -L -s [-c]}), reached by a real address with the port in the URL: default
 * and tuned {@code ip tftp blocksize/windowsize} downloads, config uploads with and without {@code -c},
 * a missing file, and the seed's upgrade as a golden transcript.
 */
@Tag("interop")
@Timeout(120)
class DeviceTftpdHpaInteropIT {
    @TempDir
    Path served;

    private Process tftpd;
    private int port;
    private InteropDevice router;
    private String shippedMd5;

    @BeforeEach
    void bootRouterAndServeTheImage() throws Exception {
        Files.setPosixFilePermissions(served, PosixFilePermissions.fromString("rwxrwxrwx"));
        Path image = Files.copy(InteropDevice.SHIPPED_NEW_IMAGE, served.resolve(InteropDevice.NEW_IMAGE));
        Files.setPosixFilePermissions(image, PosixFilePermissions.fromString("rw-r--r--"));
        shippedMd5 = InteropDevice.md5(image);
        router = InteropDevice.start();
    }

    @AfterEach
    void stopPeers() throws Exception {
        TftpPeers.stop(tftpd);
        if (router != null) {
            router.close();
        }
    }

    /** Starts tftpd-hpa on a free port; {@code create} is its {@code -c} (uploads may create files). */
    private void startTftpd(boolean create) throws IOException {
        Optional<Path> program = TftpPeers.find("in.tftpd");
        assumeTrue(program.isPresent(), "tftpd-hpa (in.tftpd) is not installed");
        port = TftpPeers.freeUdpPort();
        tftpd = TftpPeers.startTftpdHpa(program.get(), served, port, create);
    }

    private String url(String file) {
        return "tftp://127.0.0.1:" + port + "/" + file;
    }

    @Test
    void downloadsTheImageByteForByteWithDefaultOptions() throws IOException {
        startTftpd(false);

        String copy = router.console.exec("copy " + url(InteropDevice.NEW_IMAGE) + " flash:", "");

        assertThat(copy)
                .contains("Loading " + InteropDevice.NEW_IMAGE
                        + " from 127.0.0.1 (via GigabitEthernet0/0): !!!!!!!!!!!!!!!!\n[OK - 1048576 bytes]")
                .contains("1048576 bytes copied in 0.250 secs (4194304 bytes/sec)");
        assertThat(router.md5("flash:" + InteropDevice.NEW_IMAGE)).isEqualTo(shippedMd5);
    }

    // tftpd-hpa negotiates blksize (RFC 2348) but not windowsize (RFC 7440): its OACK leaves the window
    // out, so the device must fall back to lock-step while keeping the big blocks.
    @ParameterizedTest(name = "blocksize {0}, windowsize {1}")
    @CsvSource({"8192, 1", "8192, 16", "512, 16", "1468, 4"})
    void downloadsByteForByteWithTunedBlocksAndWindows(int blockSize, int windowSize) throws IOException {
        startTftpd(false);
        router.configure("ip tftp blocksize " + blockSize, "ip tftp windowsize " + windowSize);
        router.console.exec("debug tftp packets");

        String copy = router.console.exec("copy " + url(InteropDevice.NEW_IMAGE) + " flash:", "");

        // 512 is the protocol's default block size, so the device does not ask for it; nor does it ask for a
        // timeout, which would override the server's own timer (as IOS, it leaves the server its own).
        String blksize = blockSize == 512 ? "" : "blksize=" + blockSize + " ";
        assertThat(copy)
                .contains("TFTP: Sent RRQ " + InteropDevice.NEW_IMAGE + " octet " + blksize + "tsize=0")
                .contains("TFTP: Received OACK " + blksize + "tsize=1048576")
                .contains("TFTP: Received DATA block 1, " + blockSize + " bytes")
                .contains("[OK - 1048576 bytes]");
        assertThat(copy.lines().filter(line -> line.startsWith("TFTP: Received OACK")))
                .noneMatch(line -> line.contains("windowsize"));
        assertThat(copy.lines().filter(line -> line.startsWith("TFTP: Sent RRQ")))
                .noneMatch(line -> line.contains("timeout"));
        assertThat(router.md5("flash:" + InteropDevice.NEW_IMAGE)).isEqualTo(shippedMd5);
    }

    @Test
    void uploadsTheRunningConfigAsShownByShowRunningConfig() throws IOException {
        startTftpd(true);

        String copy = router.console.exec("copy running-config " + url("r1-confg"), "", "");

        String uploaded = Files.readString(served.resolve("r1-confg"), StandardCharsets.US_ASCII);
        assertThat(copy)
                .startsWith("Address or name of remote host [127.0.0.1]? \nDestination filename [r1-confg]? \n!!")
                .contains(uploaded.length() + " bytes copied in 0.250 secs");
        assertThat(uploaded)
                .startsWith("!\nversion 15.4\n")
                .contains("\nhostname Router\n")
                .endsWith("\nend\n");
        assertThat(router.console.exec("show running-config")).endsWith(uploaded);
    }

    @ParameterizedTest(name = "blocksize {0}")
    @CsvSource({"512", "8192"})
    void uploadsAFlashFileByteForByte(int blockSize) throws IOException {
        startTftpd(true);
        router.configure("ip tftp blocksize " + blockSize, "ip tftp windowsize 16");
        String expected = router.md5("flash:" + InteropDevice.OLD_IMAGE);

        String copy = router.console.exec("copy flash:" + InteropDevice.OLD_IMAGE + " " + url("old.bin"), "", "");

        assertThat(copy).endsWith("!!!!!!!!!!!!!!!\n1044480 bytes copied in 0.250 secs (4177920 bytes/sec)\n");
        assertThat(InteropDevice.md5(served.resolve("old.bin"))).isEqualTo(expected);
    }

    @Test
    void uploadWithoutCreatePermissionIsNoSuchFile() throws IOException {
        startTftpd(false);

        String copy = router.console.exec("copy running-config " + url("r1-confg"), "", "");

        assertThat(copy).endsWith("%Error opening " + url("r1-confg") + " (No such file or directory)\n");
        assertThat(served.resolve("r1-confg")).doesNotExist();
    }

    @Test
    void missingFileIsNoSuchFileAndLeavesFlashAlone() throws IOException {
        startTftpd(false);
        String before = router.flashListing();

        String copy = router.console.exec("copy " + url("c1900-missing.bin") + " flash:", "");

        assertThat(copy).endsWith("%Error opening " + url("c1900-missing.bin") + " (No such file or directory)\n");
        assertThat(router.flashListing()).isEqualTo(before);
    }

    @Test
    void archiveDownloadSwFromATarServedByTftpdHpa() throws Exception {
        ImageSpec spec = ImageSpec.ofFileSize("c2960x", "15.2(7)E8", "universalk9", 400_000);
        Path tar = served.resolve(CatalystArchive.fileName(spec));
        CatalystArchive.write(spec, tar);
        Files.setPosixFilePermissions(tar, PosixFilePermissions.fromString("rw-r--r--"));
        startTftpd(false);
        try (InteropDevice sw = InteropDevice.booted("c2960x")) {
            String transcript = InteropGolden.check(sw.console, "tftpd-hpa-archive-download", port);

            assertThat(transcript)
                    .contains("New software image installed in flash:/c2960x-universalk9-mz.152-7.E8")
                    .contains("System image file is \"flash:/c2960x-universalk9-mz.152-7.E8/"
                            + "c2960x-universalk9-mz.152-7.E8.bin\"");
        }
    }

    @Test
    void seedUpgradeOverTftpdHpa() throws Exception {
        startTftpd(true);
        try (InteropDevice fresh = InteropDevice.booted()) {
            String transcript = InteropGolden.check(fresh.console, "tftpd-hpa-seed-upgrade", port);

            assertThat(transcript)
                    .contains("[OK - 1048576 bytes]")
                    .contains("System image file is \"flash:" + InteropDevice.NEW_IMAGE + "\"");
            assertThat(fresh.md5("flash:" + InteropDevice.NEW_IMAGE)).isEqualTo(shippedMd5);
            assertThat(fresh.flashListing()).doesNotContain(InteropDevice.OLD_IMAGE);
            assertThat(Files.readString(served.resolve("r1-confg"), StandardCharsets.US_ASCII))
                    .contains("boot system flash:" + InteropDevice.NEW_IMAGE);
        }
    }
}
