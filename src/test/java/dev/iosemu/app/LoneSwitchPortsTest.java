package dev.iosemu.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iosemu.cli.HeadlessSession;
import dev.iosemu.testing.LabReady;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * A switch alone has the lab server plugged into its first port and nothing in the others, which are down down
 * ({@code notconnect}); its upgrade through Vlan1 from the lab server still works.
 */
class LoneSwitchPortsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);
    private static final String IMAGE = "c2960x-universalk9-mz.152-7.E8.bin";

    @Test
    void onlyThePortFacingTheLabServerIsConnectedAndTheCopyGoesThroughVlan1() throws Exception {
        try (VirtualDevice device =
                VirtualDevice.builder().profile("c2960x").clock(CLOCK).build()) {
            device.powerOn();
            HeadlessSession console = device.openSession();
            LabReady.enable(console);

            assertThat(console.exec("show interfaces status"))
                    .containsPattern("\\nGi1/0/1 +connected +1 ")
                    .containsPattern("\\nGi1/0/2 +notconnect +1 ")
                    .containsPattern("\\nGi1/0/28 +notconnect +1 ");
            assertThat(console.exec("show ip interface brief"))
                    .containsPattern("\\nVlan1 +192\\.168\\.1\\.2 +YES manual up +up")
                    .containsPattern("\\nGigabitEthernet1/0/1 +unassigned +YES unset +up +up")
                    .containsPattern("\\nGigabitEthernet1/0/2 +unassigned +YES unset +down +down");
            assertThat(console.exec("show interfaces GigabitEthernet1/0/3"))
                    .startsWith("GigabitEthernet1/0/3 is down, line protocol is down (notconnect)");
            assertThat(console.exec("copy tftp://192.168.1.10/" + IMAGE + " flash:", ""))
                    .contains("(via Vlan1)")
                    .contains("[OK - ");
        }
    }

    @Test
    void aRouterAloneKeepsEveryInterfaceCabledToTheLab() throws Exception {
        try (VirtualDevice device =
                VirtualDevice.builder().profile("c1941").clock(CLOCK).build()) {
            device.powerOn();
            HeadlessSession console = device.openSession();
            LabReady.enable(console);

            assertThat(console.exec("show ip interface brief"))
                    .containsPattern("\\nGigabitEthernet0/0 +192\\.168\\.1\\.1 +YES \\S+ +up +up");
        }
    }
}
