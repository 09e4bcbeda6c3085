package dev.iosemu.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iosemu.cli.HeadlessSession;
import dev.iosemu.testing.LabReady;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Network boot through the real lab: the embedded TFTP server on loopback, reached at 192.168.1.10 over the
 * device's configured route, by the loader after a reload ({@code boot system tftp://...}) and by the ISR 4321
 * ROMMON ({@code boot tftp://...} with its monitor variables).
 */
@Timeout(60)
class NetworkBootIT {
    private static final Clock MARCH_FIRST = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void aRouterBootsTheImageItsBootSystemLineNamesOnTheLabServer() throws Exception {
        try (VirtualDevice device = VirtualDevice.builder().clock(MARCH_FIRST).build()) {
            device.powerOn();
            HeadlessSession console = device.openSession();
            LabReady.enable(console);
            console.exec("configure terminal");
            console.exec("boot system tftp://192.168.1.10/c1900-universalk9-mz.SPA.157-3.M8.bin");
            console.exec("end");
            console.exec("write");

            String reload = console.exec("reload", "");
            LabReady.enable(console);

            assertThat(reload)
                    .contains("Loading c1900-universalk9-mz.SPA.157-3.M8.bin from 192.168.1.10 (via"
                            + " GigabitEthernet0/0): !!!!!!!!!!!!!!!!\n[OK - 1048576 bytes]");
            assertThat(console.exec("show version"))
                    .contains("Version 15.7(3)M8")
                    .contains("System image file is \"tftp://192.168.1.10/c1900-universalk9-mz.SPA.157-3.M8.bin\"");
        }
    }

    @Test
    void theIosXeRommonBootsABundleOverTftpWithItsMonitorVariables() throws Exception {
        try (VirtualDevice device =
                VirtualDevice.builder().profile("isr4321").clock(MARCH_FIRST).build()) {
            device.powerOn();
            String transcript = device.runScript(String.join(
                    "\n",
                    "enable",
                    LabReady.SECRET,
                    "delete /force bootflash:isr4300-universalk9.16.09.05.SPA.bin",
                    "write",
                    "reload",
                    "",
                    "IP_ADDRESS=192.168.1.2",
                    "IP_SUBNET_MASK=255.255.255.0",
                    "DEFAULT_GATEWAY=192.168.1.254",
                    "boot tftp://192.168.1.10/isr4300-universalk9.17.09.04a.SPA.bin",
                    "enable",
                    LabReady.SECRET,
                    "show version | include image",
                    ""));

            assertThat(transcript)
                    .contains(" server    : 192.168.1.10")
                    .contains("System image file is \"tftp://192.168.1.10/isr4300-universalk9.17.09.04a.SPA.bin\"");
        }
    }
}
