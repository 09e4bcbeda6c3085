package dev.iosemu.device;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iosemu.lab.Ipv4Address;
import dev.iosemu.lab.LabAddressMap;
import dev.iosemu.profile.DeviceProfiles;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProfileDevicesTest {
    @ParameterizedTest
    @ValueSource(strings = {"c1941", "c2960x", "isr4321"})
    void everyShippedProfileBootsIntoIosAndReplaysItsStartupConfig(String name) throws Exception {
        Router router = Router.create(DeviceProfiles.loadBuiltIn(name), new TestClock(), LabAddressMap.empty());
        List<String> replayed = new ArrayList<>();
        RecordingConsole console = new RecordingConsole();

        BootOutcome outcome = router.powerOn(console.boot((lines, out) -> replayed.addAll(lines)));

        assertThat(outcome).isEqualTo(BootOutcome.IOS_RUNNING);
        assertThat(replayed).isNotEmpty();
        assertThat(console.output()).contains("Press RETURN to get started!");
        assertThat(TestDevices.showVersion(router)).anyMatch(line -> line.startsWith("System image file is"));
        assertThat(router.fileSystems().find("system:").orElseThrow().exists("/running-config"))
                .isTrue();
    }

    @Test
    void theDefaultRouterPrintsItsRommonBannerOnce() throws Exception {
        Router router = Router.create(DeviceProfiles.loadBuiltIn("c1941"), new TestClock(), LabAddressMap.empty());
        RecordingConsole console = new RecordingConsole();

        router.powerOn(console.boot());

        assertThat(console.output().split("Copyright \\(c\\) 2012 by cisco Systems", -1))
                .hasSize(2);
        assertThat(DeviceFacts.versionInfo(router).orElseThrow().systemImageFile())
                .isEqualTo("flash0:c1900-universalk9-mz.SPA.154-3.M3.bin");
    }

    @Test
    void routingTableFollowsTheRunningConfig() throws Exception {
        Router router = Router.create(DeviceProfiles.loadBuiltIn("c1941"), new TestClock(), LabAddressMap.empty());
        router.powerOn(new RecordingConsole().boot());
        router.configure(b -> b.updateInterface("GigabitEthernet0/0", ifc -> ifc.withShutdown(false)
                .withAddress(java.util.Optional.of(new dev.iosemu.device.config.InterfaceAddress(
                        Ipv4Address.parse("192.168.1.1"), Ipv4Address.parse("255.255.255.0"))))));

        var egress = router.runningConfig()
                .routingTable()
                .lookup(Ipv4Address.parse("192.168.1.10"))
                .orElseThrow();

        assertThat(egress.interfaceName()).isEqualTo("GigabitEthernet0/0");
        assertThat(router.runningConfig().routingTable().lookup(Ipv4Address.parse("10.9.9.9")))
                .isEmpty();
    }
}
