package dev.iosemu.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iosemu.cli.HeadlessSession;
import dev.iosemu.fs.local.LocalFileSystem;
import dev.iosemu.lab.InMemoryFabric;
import dev.iosemu.testing.LabReady;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Devices sharing one lab whose network is modelled in memory: TFTP between them opens no socket. */
class ModelledLabTest {
    private static final String IMAGE = "c1900-universalk9-mz.SPA.154-3.M3.bin";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T00:00:00Z"), ZoneOffset.UTC);

    @Test
    void r2CopiesAnImageFromR1sTftpServerOverTheModelledNetwork() throws Exception {
        InMemoryFabric fabric = new InMemoryFabric();
        try (Lab lab = Lab.builder().servers(false).fabric(fabric).build();
                VirtualDevice r1 = VirtualDevice.builder().lab(lab).clock(CLOCK).build();
                VirtualDevice r2 = VirtualDevice.builder().lab(lab).clock(CLOCK).build()) {
            r1.powerOn();
            r2.powerOn();
            r1.runScript(configure("10.0.0.1") + "tftp-server flash:" + IMAGE + " alias ios.bin\n");
            r2.runScript(configure("10.0.0.2"));
            HeadlessSession console = r2.openSession();
            LabReady.enable(console);

            String copy = console.exec("copy tftp://10.0.0.1/ios.bin flash:from-r1.bin", "");

            assertThat(copy)
                    .contains("Loading ios.bin from 10.0.0.1 (via GigabitEthernet0/0): !")
                    .contains("[OK - 1044480 bytes]");
            assertThat(bytes(r2, "/from-r1.bin")).isEqualTo(bytes(r1, "/" + IMAGE));
            assertThat(r1.tftpServerAddress()).contains(new InetSocketAddress("0.0.0.0", 69));
            assertThat(fabric.delivered()).isGreaterThan(2040); // 2040 blocks and their ACKs, at least
        }
    }

    private static String configure(String address) {
        return String.join(
                "\n",
                "enable",
                LabReady.SECRET,
                "configure terminal",
                "interface GigabitEthernet0/0",
                "ip address " + address + " 255.255.255.0",
                "no shutdown",
                "exit",
                "");
    }

    private static byte[] bytes(VirtualDevice device, String path) throws Exception {
        LocalFileSystem flash = device.router().fileSystems().defaultFileSystem();
        try (var in = flash.openRead(path)) {
            return in.readAllBytes();
        }
    }
}
