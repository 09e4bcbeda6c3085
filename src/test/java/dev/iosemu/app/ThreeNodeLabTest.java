package dev.iosemu.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iosemu.cli.HeadlessSession;
import dev.iosemu.fs.local.LocalFileSystem;
import dev.iosemu.lab.LabNetwork;
import dev.iosemu.lab.Link;
import dev.iosemu.lab.ManualTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two c1941 routers and a c2960x switch cabled in Java (r1 Gi0/0 to sw Gi1/0/1, r2 Gi0/0 to sw Gi1/0/2):
 * pings, link messages, CDP and a TFTP copy go only where the modelled network carries them.
 */
class ThreeNodeLabTest {
    private static final String IMAGE = "c1900-universalk9-mz.SPA.154-3.M3.bin";

    private final ManualTime time = new ManualTime(Instant.parse("2026-03-01T00:00:00Z"));
    private final List<AutoCloseable> opened = new ArrayList<>();
    private Lab lab;
    private VirtualDevice r1;
    private VirtualDevice r2;
    private VirtualDevice sw;
    private Link r1Cable;

    @BeforeEach
    void cableAndBoot() throws Exception {
        lab = Lab.builder().servers(false).network(LabNetwork.create(time)).build();
        opened.add(lab);
        r1 = device("c1941");
        r2 = device("c1941");
        sw = device("c2960x");
        r1Cable = lab.connect(r1, "Gi0/0", sw, "Gi1/0/1");
        lab.connect(r2, "GigabitEthernet0/0", sw, "gi1/0/2");
        for (VirtualDevice device : List.of(r1, r2, sw)) {
            device.powerOn();
        }
        time.advance(Duration.ofSeconds(5));
    }

    @AfterEach
    void close() throws Exception {
        for (int i = opened.size() - 1; i >= 0; i--) {
            opened.get(i).close();
        }
    }

    private VirtualDevice device(String profile) throws Exception {
        VirtualDevice device =
                VirtualDevice.builder().lab(lab).profile(profile).clock(time).build();
        opened.add(0, device); // devices close before their lab
        return device;
    }

    private static HeadlessSession console(VirtualDevice device) {
        HeadlessSession console = device.openSession();
        console.exec("enable");
        return console;
    }

    private void address(VirtualDevice router, String name, String address) {
        HeadlessSession console = console(router);
        console.exec("configure terminal");
        console.exec("hostname " + name);
        console.exec("interface GigabitEthernet0/0");
        console.exec("ip address " + address + " 255.255.255.0");
        console.exec("no shutdown");
        console.exec("end");
    }

    @Test
    void pingAcrossTheSwitchFailsBeforeAddressingAndLosesOneToArpAfter() {
        HeadlessSession r2Console = console(r2);
        assertThat(r2Console.exec("ping 10.0.0.1")).contains(".....", "Success rate is 0 percent (0/5)");

        address(r1, "R1", "10.0.0.1");
        address(r2, "R2", "10.0.0.2");

        assertThat(r2Console.exec("ping 10.0.0.1")).contains(".!!!!", "Success rate is 80 percent (4/5)");
        assertThat(r2Console.exec("ping 10.0.0.1")).contains("!!!!!", "Success rate is 100 percent (5/5)");
        assertThat(r2Console.exec("ping 10.0.0.5")).contains(".....", "Success rate is 0 percent (0/5)");
        assertThat(r2Console.exec("ping 8.8.8.8")).contains("Success rate is 0 percent (0/5)");
    }

    @Test
    void unconnectedAndConnectedPortsShowTheirRealState() {
        HeadlessSession swConsole = console(sw);
        String brief = swConsole.exec("show ip interface brief");
        assertThat(brief).containsPattern("GigabitEthernet1/0/1 +unassigned +YES unset +up +up");
        assertThat(brief).containsPattern("GigabitEthernet1/0/3 +unassigned +YES unset +down +down");
        assertThat(console(r1).exec("show ip interface brief"))
                .containsPattern("GigabitEthernet0/1 +unassigned +YES unset +administratively down +down");
    }

    @Test
    void shuttingALinkFailsThePingAndPrintsLinkMessagesAtBothEnds() {
        address(r1, "R1", "10.0.0.1");
        address(r2, "R2", "10.0.0.2");
        HeadlessSession r2Console = console(r2);
        assertThat(r2Console.exec("ping 10.0.0.1")).contains("!!!!");
        HeadlessSession r1Console = console(r1);
        HeadlessSession swConsole = console(sw);

        r1Console.exec("configure terminal");
        r1Console.exec("interface GigabitEthernet0/0");
        r1Console.exec("shutdown");
        time.advance(Duration.ofSeconds(1));

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
        time.advance(Duration.ofSeconds(1));
        assertThat(r1Console.transcript())
                .contains(": %LINK-3-UPDOWN: Interface GigabitEthernet0/0, changed state to up")
                .contains(": %LINEPROTO-5-UPDOWN: Line protocol on Interface GigabitEthernet0/0, changed state to up");
        assertThat(r2Console.exec("ping 10.0.0.1")).contains("!!!!!");
    }

    @Test
    void pullingTheCableTakesTheCarrierAwayAtBothEnds() {
        address(r1, "R1", "10.0.0.1");
        address(r2, "R2", "10.0.0.2");
        HeadlessSession r1Console = console(r1);

        r1Cable.unplug();
        time.advance(Duration.ofSeconds(1));

        assertThat(r1Console.transcript())
                .contains("%LINK-3-UPDOWN: Interface GigabitEthernet0/0, changed state to down")
                .contains("%LINEPROTO-5-UPDOWN: Line protocol on Interface GigabitEthernet0/0, changed state to down");
        assertThat(console(r2).exec("ping 10.0.0.1")).contains("Success rate is 0 percent");
        r1Cable.plug();
        assertThat(console(r2).exec("ping 10.0.0.1")) // the ARP entries went with the link
                .contains(".!!!!", "Success rate is 80 percent (4/5)");
    }

    @Test
    void r2CopiesAnImageFromR1sTftpServerThroughTheSwitch() throws Exception {
        address(r1, "R1", "10.0.0.1");
        address(r2, "R2", "10.0.0.2");
        HeadlessSession r1Console = console(r1);
        r1Console.exec("configure terminal");
        r1Console.exec("tftp-server flash:" + IMAGE + " alias ios.bin");
        r1Console.exec("end");
        HeadlessSession r2Console = console(r2);

        String copy = r2Console.exec("copy tftp://10.0.0.1/ios.bin flash:from-r1.bin", "");

        assertThat(copy)
                .contains("Loading ios.bin from 10.0.0.1 (via GigabitEthernet0/0): !")
                .contains("[OK - 1044480 bytes]");
        assertThat(bytes(r2, "/from-r1.bin")).isEqualTo(bytes(r1, "/" + IMAGE));
    }

    @Test
    void aCopyFromAnAddressNoNodeOwnsFindsNoServer() {
        address(r2, "R2", "10.0.0.2");
        String copy = console(r2).exec("copy tftp://10.0.0.9/ios.bin flash:x.bin", "");
        assertThat(copy).contains("%Error").doesNotContain("[OK");
    }

    private static byte[] bytes(VirtualDevice device, String path) throws Exception {
        LocalFileSystem flash = device.router().fileSystems().defaultFileSystem();
        try (var in = flash.openRead(path)) {
            return in.readAllBytes();
        }
    }
}
