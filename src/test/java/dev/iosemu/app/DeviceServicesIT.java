package dev.iosemu.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iosemu.cli.HeadlessSession;
import dev.iosemu.net.Ticker;
import dev.iosemu.net.tftp.TftpClient;
import dev.iosemu.net.tftp.TftpException;
import dev.iosemu.net.tftp.TftpOptions;
import dev.iosemu.net.tftp.TftpTransferListener;
import dev.iosemu.testing.LabReady;
import java.io.ByteArrayOutputStream;
import java.net.InetSocketAddress;
import java.nio.channels.Channels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** What the app wires around the device: its own TFTP server and ROMMON's tftpdnld over the lab network. */
class DeviceServicesIT {
    private static final String OLD_IMAGE = "c1900-universalk9-mz.SPA.154-3.M3.bin";
    private static final String NEW_IMAGE = "c1900-universalk9-mz.SPA.157-3.M8.bin";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T00:00:00Z"), ZoneOffset.UTC);

    @Test
    void tftpServerCommandServesAFlashFileUnderItsAlias() throws Exception {
        try (VirtualDevice device =
                VirtualDevice.builder().labServers(false).clock(CLOCK).build()) {
            device.powerOn();
            HeadlessSession console = device.openSession();
            LabReady.enable(console);
            console.exec("configure terminal");
            console.exec("tftp-server flash:" + OLD_IMAGE + " alias ios.bin");

            byte[] served = fetch(device, "ios.bin");

            assertThat(served).isEqualTo(Files.readAllBytes(Path.of("images", OLD_IMAGE)));
        }
    }

    @Test
    void deviceWithoutATftpServerLineListensOnNothing() throws Exception {
        try (VirtualDevice device =
                VirtualDevice.builder().labServers(false).clock(CLOCK).build()) {
            device.powerOn();

            assertThat(device.tftpServerAddress()).isEmpty();
        }
    }

    @Test
    void removingTheTftpServerEntryStopsServingTheFile() throws Exception {
        try (VirtualDevice device =
                VirtualDevice.builder().labServers(false).clock(CLOCK).build()) {
            device.powerOn();
            HeadlessSession console = device.openSession();
            LabReady.enable(console);
            console.exec("configure terminal");
            console.exec("tftp-server flash:" + OLD_IMAGE + " alias ios.bin");
            InetSocketAddress served = device.tftpServerAddress().orElseThrow();
            console.exec("no tftp-server flash:" + OLD_IMAGE + " alias ios.bin");

            assertThat(device.tftpServerAddress()).isEmpty();
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> fetch(served, "ios.bin"))
                    .isInstanceOf(TftpException.class);
        }
    }

    @Test
    void tftpdnldFromRommonRecoversADeviceWithAnEmptyFlash() throws Exception {
        try (VirtualDevice device = VirtualDevice.builder().clock(CLOCK).build()) {
            device.powerOn();
            String transcript = device.runScript(String.join(
                    "\n",
                    "enable",
                    LabReady.SECRET,
                    "delete /force flash:" + OLD_IMAGE,
                    "write",
                    "reload",
                    "",
                    "IP_ADDRESS=192.168.1.1",
                    "IP_SUBNET_MASK=255.255.255.0",
                    "DEFAULT_GATEWAY=192.168.1.254",
                    "TFTP_SERVER=192.168.1.10",
                    "TFTP_FILE=" + NEW_IMAGE,
                    "tftpdnld",
                    "y",
                    "boot",
                    "enable",
                    LabReady.SECRET,
                    "show version | include System image",
                    ""));

            assertThat(transcript)
                    .contains("rommon 1 > ")
                    .contains("File reception completed.")
                    .contains("System image file is \"flash0:" + NEW_IMAGE + "\"");
        }
    }

    @Test
    void interactiveCopyReachesARealServerWhoseHostAnswerNamesAPort() throws Exception {
        try (VirtualDevice device = VirtualDevice.builder().clock(CLOCK).build()) {
            device.powerOn();
            HeadlessSession console = device.openSession();
            LabReady.enable(console);
            String server = "127.0.0.1:" + device.labTftpAddress().orElseThrow().getPort();

            String first = console.exec("copy tftp: flash:", server, NEW_IMAGE, "");
            String second = console.exec("copy tftp: flash:", "", "", "", "n");

            assertThat(first)
                    .contains("Accessing tftp://" + server + "/" + NEW_IMAGE + "...")
                    .contains("Loading " + NEW_IMAGE + " from 127.0.0.1 (via GigabitEthernet0/0): !")
                    .contains("[OK - 1048576 bytes]");
            // IOS remembers the address, not the port (an extension of ours), as the next default
            assertThat(second)
                    .startsWith("Address or name of remote host [127.0.0.1]? ")
                    .contains("Source filename [" + NEW_IMAGE + "]? ");
        }
    }

    private static byte[] fetch(VirtualDevice device, String name) throws TftpException {
        return fetch(device.tftpServerAddress().orElseThrow(), name);
    }

    private static byte[] fetch(InetSocketAddress server, String name) throws TftpException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TftpOptions quick =
                TftpOptions.builder().timeout(Duration.ofMillis(200)).retries(1).build();
        TftpClient.create(Ticker.system())
                .download(server, name, Channels.newChannel(bytes), quick, new TftpTransferListener() {});
        return bytes.toByteArray();
    }
}
