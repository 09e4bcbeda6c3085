package dev.iosemu.cli.commands.copy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.iosemu.device.config.TftpServerEntry;
import dev.iosemu.device.rommon.RommonTftp;
import dev.iosemu.device.rommon.TftpDownloadException;
import dev.iosemu.device.rommon.TftpDownloadException.Failure;
import dev.iosemu.fs.local.Staging;
import dev.iosemu.fs.remote.DeviceTftpServer;
import dev.iosemu.lab.Ipv4Address;
import dev.iosemu.lab.LabAddressMap;
import dev.iosemu.lab.LabService;
import dev.iosemu.net.Ticker;
import dev.iosemu.net.datagram.DatagramNetwork;
import dev.iosemu.net.tftp.TftpClient;
import dev.iosemu.net.tftp.TftpException;
import dev.iosemu.net.tftp.TftpOptions;
import dev.iosemu.net.tftp.TftpTransferListener;
import dev.iosemu.net.tftp.codes.TftpError;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.Channels;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The device serving its flash by TFTP ({@code tftp-server}) and ROMMON's {@code tftpdnld} hook. */
class DeviceServingIT {
    private static final TftpOptions FAST =
            TftpOptions.builder().timeout(Duration.ofMillis(200)).retries(1).build();

    private CopyLab lab;

    @BeforeEach
    void startLab() throws Exception {
        lab = new CopyLab();
    }

    @AfterEach
    void stopLab() throws Exception {
        lab.close();
    }

    @Test
    void tftpServerEntriesServeFlashFilesUnderTheirAliasOrName() throws Exception {
        lab.router.configure(
                b -> b.files(f -> f.withTftpServer(new TftpServerEntry("flash:cpconfig-19xx.cfg", Optional.of("cp"))))
                        .files(f -> f.withTftpServer(new TftpServerEntry("flash:home.shtml", Optional.empty()))));
        try (DeviceTftpServer server = loopbackServer()) {
            server.serve(TftpServerFiles.of(lab.router));

            assertThat(fetch(server, "cp"))
                    .isEqualTo(Files.readAllBytes(lab.flash().path("/cpconfig-19xx.cfg")));
            assertThat(fetch(server, "home.shtml"))
                    .isEqualTo(Files.readAllBytes(lab.flash().path("/home.shtml")));
            assertThat(fetch(server, "flash:home.shtml"))
                    .hasSize((int) lab.flash().size("/home.shtml"));
            assertThatThrownBy(() -> fetch(server, "cpconfig-19xx.cfg"))
                    .isInstanceOfSatisfying(
                            TftpException.class, e -> assertThat(e.error()).isEqualTo(TftpError.FILE_NOT_FOUND));
        }
    }

    @Test
    void servedFilesFollowTheConfiguration() throws Exception {
        try (DeviceTftpServer server = loopbackServer()) {
            server.serve(TftpServerFiles.of(lab.router));
            assertThat(server.address())
                    .as("nothing to serve, nothing listening")
                    .isEmpty();

            lab.router.configure(
                    b -> b.files(f -> f.withTftpServer(new TftpServerEntry("flash:home.shtml", Optional.empty()))));
            server.serve(TftpServerFiles.of(lab.router));
            assertThat(fetch(server, "home.shtml")).isNotEmpty();

            lab.router.configure(b -> b.files(f -> f.withoutTftpServer("flash:home.shtml")));
            server.serve(TftpServerFiles.of(lab.router));
            assertThat(server.address())
                    .as("the last file removed, the server stops")
                    .isEmpty();
        }
    }

    @Test
    void rommonDownloadFetchesTheImageAndReportsProgress() throws Exception {
        RommonTftp hook = new RommonTftpDownloads(labMap(), CopyLab.TIMEOUTS);
        List<Long> progress = new ArrayList<>();

        try (Staging target = lab.flash().openStaged("/rommon.bin")) {
            hook.download(request("192.168.1.10"), target.channel(), progress::add);
            target.commit();
        }

        assertThat(Files.readAllBytes(lab.flash().readablePath("/rommon.bin")))
                .isEqualTo(lab.serverFile(CopyLab.NEW_IMAGE));
        assertThat(progress).last().isEqualTo((long) lab.serverFile(CopyLab.NEW_IMAGE).length);
    }

    @Test
    void rommonDownloadFromAnotherSubnetNeedsAGatewayOnOurs() {
        RommonTftp hook = new RommonTftpDownloads(labMap(), CopyLab.TIMEOUTS);
        RommonTftp.Request request = new RommonTftp.Request(
                ip("192.168.1.84"), ip("255.255.255.0"), ip("10.0.0.1"), ip("10.9.9.9"), CopyLab.NEW_IMAGE);

        assertThatThrownBy(
                        () -> hook.download(request, Channels.newChannel(OutputStream.nullOutputStream()), bytes -> {}))
                .isInstanceOfSatisfying(TftpDownloadException.class, e -> assertThat(e.failure())
                        .isEqualTo(new Failure.ArpTimeout(ip("10.0.0.1"))))
                .hasMessage("Timed out waiting for ARP reply from 10.0.0.1");
    }

    @Test
    void rommonDownloadOfAMissingFileSaysFileNotFound() {
        RommonTftp hook = new RommonTftpDownloads(labMap(), CopyLab.TIMEOUTS);
        RommonTftp.Request request = new RommonTftp.Request(
                ip("192.168.1.84"), ip("255.255.255.0"), ip("192.168.1.254"), ip("192.168.1.10"), "missing.bin");

        assertThatThrownBy(
                        () -> hook.download(request, Channels.newChannel(OutputStream.nullOutputStream()), bytes -> {}))
                .isInstanceOfSatisfying(TftpDownloadException.class, e -> assertThat(e.failure())
                        .isEqualTo(new Failure.ServerError("File not found")))
                .hasMessage("File not found");
    }

    private LabAddressMap labMap() {
        return LabAddressMap.empty().with(CopyLab.SERVER, LabService.TFTP, lab.tftp.address());
    }

    private static RommonTftp.Request request(String server) {
        return new RommonTftp.Request(
                ip("192.168.1.84"), ip("255.255.255.0"), ip("192.168.1.254"), ip(server), CopyLab.NEW_IMAGE);
    }

    private static Ipv4Address ip(String text) {
        return Ipv4Address.parse(text);
    }

    private static DeviceTftpServer loopbackServer() {
        return DeviceTftpServer.on(DatagramNetwork.udp(), new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    }

    private static byte[] fetch(DeviceTftpServer server, String name) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TftpClient.create(Ticker.system())
                .download(
                        server.address().orElseThrow(),
                        name,
                        Channels.newChannel(out),
                        FAST,
                        TftpTransferListener.NONE);
        return out.toByteArray();
    }
}
