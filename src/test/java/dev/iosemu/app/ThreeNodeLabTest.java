package dev.iosemu.app;

import static dev.iosemu.app.ThreeNodeLab.console;
import static org.assertj.core.api.Assertions.assertThat;

import dev.iosemu.cli.HeadlessSession;
import dev.iosemu.fs.local.LocalFileSystem;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two c1941 routers and a c2960x switch cabled in Java ({@link ThreeNodeLab}): pings, link messages and a TFTP
 * copy go only where the modelled network carries them.
 */
class ThreeNodeLabTest {
    private static final String IMAGE = "c1900-universalk9-mz.SPA.154-3.M3.bin";

    private ThreeNodeLab lab;

    @BeforeEach
    void start() throws Exception {
        lab = new ThreeNodeLab();
    }

    @AfterEach
    void stop() throws Exception {
        lab.close();
    }

    @Test
    void pingAcrossTheSwitchFailsBeforeAddressingAndLosesOneToArpAfter() {
        HeadlessSession r2Console = console(lab.r2);
        assertThat(r2Console.exec("ping 10.0.0.1")).contains(".....", "Success rate is 0 percent (0/5)");

        lab.addressed();

        assertThat(r2Console.exec("ping 10.0.0.1")).contains(".!!!!", "Success rate is 80 percent (4/5)");
        assertThat(r2Console.exec("ping 10.0.0.1")).contains("!!!!!", "Success rate is 100 percent (5/5)");
        assertThat(r2Console.exec("ping 10.0.0.5")).contains(".....", "Success rate is 0 percent (0/5)");
        assertThat(r2Console.exec("ping 8.8.8.8")).contains("Success rate is 0 percent (0/5)");
    }

    @Test
    void unconnectedAndConnectedPortsShowTheirRealState() {
        String brief = console(lab.sw).exec("show ip interface brief");
        assertThat(brief).containsPattern("GigabitEthernet1/0/1 +unassigned +YES unset +up +up");
        assertThat(brief).containsPattern("GigabitEthernet1/0/3 +unassigned +YES unset +down +down");
        assertThat(console(lab.r1).exec("show ip interface brief"))
                .containsPattern("GigabitEthernet0/1 +unassigned +YES unset +administratively down +down");
    }

    @Test
    void shuttingALinkFailsThePingAndPrintsLinkMessagesAtBothEnds() {
        lab.addressed();
        HeadlessSession r2Console = console(lab.r2);
        assertThat(r2Console.exec("ping 10.0.0.1")).contains("!!!!");
        HeadlessSession r1Console = console(lab.r1);
        HeadlessSession swConsole = console(lab.sw);

        r1Console.exec("configure terminal");
        r1Console.exec("interface GigabitEthernet0/0");
        r1Console.exec("shutdown");
        lab.time.advance(Duration.ofSeconds(1));

        assertThat(r1Console.transcript())
                .contains("*Mar  1 00:00:05.000: %LINK-5-CHANGED: Interface GigabitEthernet0/0, changed state to"
                        + " administratively down")
                .contains("*Mar  1 00:00:06.000: %LINEPROTO-5-UPDOWN: Line protocol on Interface"
                        + " GigabitEthernet0/0, changed state to down");
        assertThat(swConsole.transcript())
                .contains(": %LINEPROTO-5-UPDOWN: Line protocol on Interface GigabitEthernet1/0/1, changed state to"
                        + " down")
                .contains(": %LINK-3-UPDOWN: Interface GigabitEthernet1/0/1, changed state to down");
        assertThat(r2Console.exec("ping 10.0.0.1")).contains(".....", "Success rate is 0 percent (0/5)");

        r1Console.exec("no shutdown");
        lab.time.advance(Duration.ofSeconds(1));
        assertThat(r1Console.transcript())
                .contains(": %LINK-3-UPDOWN: Interface GigabitEthernet0/0, changed state to up")
                .contains(": %LINEPROTO-5-UPDOWN: Line protocol on Interface GigabitEthernet0/0, changed state to up");
        assertThat(swConsole.transcript())
                .contains(": %LINK-3-UPDOWN: Interface GigabitEthernet1/0/1, changed state to up")
                .contains(
                        ": %LINEPROTO-5-UPDOWN: Line protocol on Interface GigabitEthernet1/0/1, changed state to up");
        assertThat(r2Console.exec("ping 10.0.0.1")).contains("!!!!!");
        assertThat(lab.time.pendingCount()).isZero();
    }

    @Test
    void pullingTheCableTakesTheCarrierAwayAtBothEnds() {
        lab.addressed();
        HeadlessSession r1Console = console(lab.r1);

        lab.r1Cable.unplug();
        lab.time.advance(Duration.ofSeconds(1));

        assertThat(r1Console.transcript())
                .contains("%LINK-3-UPDOWN: Interface GigabitEthernet0/0, changed state to down")
                .contains("%LINEPROTO-5-UPDOWN: Line protocol on Interface GigabitEthernet0/0, changed state to down");
        assertThat(console(lab.r2).exec("ping 10.0.0.1")).contains("Success rate is 0 percent");
        lab.r1Cable.plug();
        assertThat(console(lab.r2).exec("ping 10.0.0.1")) // the ARP entries went with the link
                .contains(".!!!!", "Success rate is 80 percent (4/5)");
    }

    @Test
    void aReloadingSwitchTakesTheCarrierAwayWhileItBoots() {
        lab.addressed();
        HeadlessSession r1Console = console(lab.r1);

        console(lab.sw).exec("reload", "");
        lab.time.advance(Duration.ofSeconds(1));

        String seen = r1Console.transcript();
        int down = seen.indexOf("%LINK-3-UPDOWN: Interface GigabitEthernet0/0, changed state to down");
        int up = seen.indexOf("%LINK-3-UPDOWN: Interface GigabitEthernet0/0, changed state to up");
        assertThat(down).isNotNegative();
        assertThat(up).isGreaterThan(down);
        assertThat(console(lab.r2).exec("ping 10.0.0.1")).contains("!!!!");
    }

    @Test
    void aDeviceThatIsOffGivesItsPeersNoCarrier() throws Exception {
        try (Lab other = Lab.builder()
                        .servers(false)
                        .network(dev.iosemu.lab.LabNetwork.create(lab.time))
                        .build();
                VirtualDevice router =
                        VirtualDevice.builder().lab(other).clock(lab.time).build();
                VirtualDevice off = VirtualDevice.builder()
                        .lab(other)
                        .profile("c2960x")
                        .clock(lab.time)
                        .build()) {
            other.connect(router, "Gi0/0", off, "Gi1/0/1");
            router.powerOn();
            assertThat(console(router).exec("show ip interface brief"))
                    .containsPattern("GigabitEthernet0/0 +192.168.1.1 +YES manual down +down");
            off.close();
            assertThat(console(router).exec("show interfaces Gi0/0")).startsWith("GigabitEthernet0/0 is down");
        }
    }

    @Test
    void r2CopiesAnImageFromR1sTftpServerThroughTheSwitch() throws Exception {
        lab.addressed();
        ThreeNodeLab.configure(lab.r1, "tftp-server flash:" + IMAGE + " alias ios.bin");

        String copy = console(lab.r2).exec("copy tftp://10.0.0.1/ios.bin flash:from-r1.bin", "");

        assertThat(copy)
                .contains("Loading ios.bin from 10.0.0.1 (via GigabitEthernet0/0): !")
                .contains("[OK - 1044480 bytes]");
        assertThat(bytes(lab.r2, "/from-r1.bin")).isEqualTo(bytes(lab.r1, "/" + IMAGE));
    }

    @Test
    void aCopyFromAnAddressNoNodeOwnsFindsNoServer() {
        lab.addressed();
        String copy = console(lab.r2).exec("copy tftp://10.0.0.9/ios.bin flash:x.bin", "");
        assertThat(copy).contains("%Error").doesNotContain("[OK");
    }

    private static byte[] bytes(VirtualDevice device, String path) throws Exception {
        LocalFileSystem flash = device.router().fileSystems().defaultFileSystem();
        try (var in = flash.openRead(path)) {
            return in.readAllBytes();
        }
    }
}
