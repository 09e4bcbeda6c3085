package dev.iosemu.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iosemu.cli.HeadlessSession;
import dev.iosemu.testing.LabReady;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A 2960 keeps its VLANs in flash:vlan.dat across a reload; without the file it boots with the defaults. */
class VlanDatTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);

    private VirtualDevice device;
    private HeadlessSession console;

    @BeforeEach
    void boot() throws Exception {
        device = VirtualDevice.builder()
                .profile("c2960x")
                .labServers(false)
                .clock(CLOCK)
                .build();
        device.powerOn();
        console = device.openSession();
        LabReady.enable(console);
    }

    @AfterEach
    void close() throws Exception {
        device.close();
    }

    private void makeVlan10() {
        console.exec("configure terminal");
        console.exec("vlan 10");
        console.exec("name SALES");
        console.exec("end");
    }

    @Test
    void noFileUntilTheFirstChangeThenTheVlansOutliveAReloadUnsaved() {
        assertThat(console.exec("dir flash:")).doesNotContain("vlan.dat");
        makeVlan10();

        assertThat(console.exec("dir flash:")).contains("vlan.dat");
        console.exec("reload", ""); // nothing to save: the VLANs are not in the configuration
        LabReady.enable(console);

        assertThat(console.exec("show vlan brief")).containsPattern("\\n10 +SALES +active");
        assertThat(console.exec("show running-config")).doesNotContain("vlan 10");
    }

    @Test
    void deletingVlanDatAndReloadingLeavesTheDefaultVlans() {
        makeVlan10();

        assertThat(console.exec("delete flash:vlan.dat", "", "")).doesNotContain("%Error");
        assertThat(console.exec("show vlan brief")).contains("SALES"); // until the reload
        console.exec("reload", "");
        LabReady.enable(console);

        assertThat(console.exec("show vlan brief")).doesNotContain("SALES").containsPattern("\\n1 +default +active");
    }

    @Test
    void noVlanIsKeptToo() {
        makeVlan10();
        console.exec("configure terminal");
        console.exec("no vlan 10");
        console.exec("end");
        console.exec("reload", "");
        LabReady.enable(console);

        assertThat(console.exec("show vlan brief")).doesNotContain("SALES");
    }
}
