package dev.iosemu.app;

import static dev.iosemu.app.ThreeNodeLab.configure;
import static dev.iosemu.app.ThreeNodeLab.console;
import static org.assertj.core.api.Assertions.assertThat;

import dev.iosemu.cli.HeadlessSession;
import dev.iosemu.lab.Ipv4Address;
import dev.iosemu.lab.LabHost;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The show and configuration commands of interfaces, VLANs, ARP, CDP and routing in the three-node lab. */
class LabNetworkCommandsTest {
    private ThreeNodeLab lab;

    @BeforeEach
    void start() throws Exception {
        lab = new ThreeNodeLab().addressed();
    }

    @AfterEach
    void stop() throws Exception {
        lab.close();
    }

    @Test
    void cdpShowsEachNeighbourUntilItIsDisabledOnThePort() {
        String r1Neighbours = console(lab.r1).exec("show cdp neighbors");
        assertThat(r1Neighbours)
                .containsPattern("Switch +Gig 0/0 +\\d+ +S I +WS-C2960X Gig 1/0/1")
                .contains("Total cdp entries displayed : 1");
        String swNeighbours = console(lab.sw).exec("show cdp neighbors");
        assertThat(swNeighbours)
                .containsPattern("R1 +Gig 1/0/1 +\\d+ +R B S I CISCO1941 Gig 0/0")
                .containsPattern("R2 +Gig 1/0/2 +\\d+ +R B S I CISCO1941 Gig 0/0")
                .contains("Total cdp entries displayed : 2");
        assertThat(console(lab.sw).exec("show cdp neighbors detail"))
                .contains("Device ID: R1", "IP address: 10.0.0.1", "Platform: cisco CISCO1941/K9,  Capabilities:")
                .contains("Interface: GigabitEthernet1/0/1,  Port ID (outgoing port): GigabitEthernet0/0")
                .contains("Cisco IOS Software, C1900 Software");

        configure(lab.sw, "interface GigabitEthernet1/0/1", "no cdp enable");

        assertThat(console(lab.r1).exec("show cdp neighbors")).contains("Total cdp entries displayed : 0");
        assertThat(console(lab.sw).exec("show running-config interface Gi1/0/1"))
                .contains(" no cdp enable");
        configure(lab.r2, "no cdp run");
        assertThat(console(lab.r2).exec("show cdp neighbors")).contains("Total cdp entries displayed : 0");
    }

    @Test
    void portsInDifferentVlansCannotReachEachOther() {
        HeadlessSession r2 = console(lab.r2);
        assertThat(r2.exec("ping 10.0.0.1")).contains("Success rate is 80 percent");

        String made = configure(lab.sw, "interface Gi1/0/2", "switchport mode access", "switchport access vlan 10");
        assertThat(made).contains("% Access VLAN does not exist. Creating vlan 10");
        assertThat(r2.exec("ping 10.0.0.1")).contains("Success rate is 0 percent");

        configure(lab.sw, "vlan 10", "name LAB", "exit", "interface Gi1/0/1", "switchport access vlan 10");
        r2.exec("clear arp-cache");
        assertThat(r2.exec("ping 10.0.0.1")).contains(".!!!!");
        assertThat(console(lab.sw).exec("show vlan brief"))
                .containsPattern("\n1    default +active +Gi1/0/3, Gi1/0/4")
                .containsPattern("\n10   LAB +active +Gi1/0/1, Gi1/0/2\n")
                .contains("1002 fddi-default");
    }

    @Test
    void aTrunkCarriesTheSwitchsVlans() {
        configure(lab.sw, "interface Gi1/0/1", "switchport mode trunk");
        assertThat(console(lab.r2).exec("ping 10.0.0.1")).contains("Success rate is 80 percent");
        assertThat(console(lab.sw).exec("show interfaces status"))
                .containsPattern("Gi1/0/1 +connected +trunk +a-full +a-1000 10/100/1000BaseTX")
                .containsPattern("Gi1/0/3 +notconnect +1 +auto +auto 10/100/1000BaseTX");
    }

    @Test
    void arpAndMacTablesListWhatThePingLearned() {
        HeadlessSession r2 = console(lab.r2);
        r2.exec("ping 10.0.0.1");
        String arp = r2.exec("show ip arp");
        String r1Mac = lab.r1.router().macAddress("GigabitEthernet0/0").toString();
        assertThat(arp)
                .contains("Protocol  Address          Age (min)  Hardware Addr   Type   Interface")
                .contains("Internet  10.0.0.1               0   " + r1Mac + "  ARPA   GigabitEthernet0/0")
                .containsPattern("Internet  10.0.0.2 +-   \\S+  ARPA   GigabitEthernet0/0");
        assertThat(console(lab.sw).exec("show mac address-table"))
                .containsPattern("   1    " + r1Mac + "    DYNAMIC     Gi1/0/1")
                .contains(" All    0100.0ccc.cccc    STATIC      CPU");

        r2.exec("clear arp-cache");
        assertThat(r2.exec("show ip arp")).doesNotContain("10.0.0.1 ");
        assertThat(r2.exec("ping 10.0.0.1")).contains(".!!!!");
    }

    @Test
    void staticRoutesLoopbacksUnreachablesAndTraceroute() {
        String loopback = configure(lab.r1, "interface Loopback0", "ip address 1.1.1.1 255.255.255.255");
        assertThat(loopback).contains("%LINEPROTO-5-UPDOWN: Line protocol on Interface Loopback0, changed state to up");
        HeadlessSession r2 = console(lab.r2);
        assertThat(r2.exec("ping 1.1.1.1")).contains("Success rate is 0 percent"); // no route yet

        configure(lab.r2, "ip route 0.0.0.0 0.0.0.0 10.0.0.1");
        assertThat(r2.exec("ping 1.1.1.1")).contains(".!!!!");
        assertThat(r2.exec("ping 9.9.9.9")).contains("U.U.U", "Success rate is 0 percent (0/5)");
        assertThat(r2.exec("traceroute 1.1.1.1"))
                .contains("Tracing the route to 1.1.1.1")
                .containsPattern("\n  1 1\\.1\\.1\\.1 \\d+ msec \\d+ msec \\d+ msec\n");
        assertThat(r2.exec("traceroute 9.9.9.9"))
                .containsPattern("\n  1 10\\.0\\.0\\.1 \\d+ msec")
                .containsPattern("\n  2 [ *]*10\\.0\\.0\\.1 !H");
        assertThat(console(lab.r1).exec("show ip interface brief"))
                .containsPattern("Loopback0 +1\\.1\\.1\\.1 +YES manual up +up");
        assertThat(console(lab.r1).exec("show running-config"))
                .contains("interface Loopback0\n ip address 1.1.1.1 255.255.255.255\n!\ninterface GigabitEthernet0/0");
    }

    @Test
    void showInterfacesTellsEachPortsState() {
        assertThat(console(lab.sw).exec("show interfaces Gi1/0/3"))
                .startsWith("GigabitEthernet1/0/3 is down, line protocol is down (notconnect) \n")
                .contains("Auto-duplex, Auto-speed, media type is 10/100/1000BaseTX");
        String r1 = console(lab.r1).exec("show interfaces GigabitEthernet0/0");
        assertThat(r1)
                .startsWith("GigabitEthernet0/0 is up, line protocol is up \n")
                .contains("  Hardware is CN Gigabit Ethernet, address is "
                        + lab.r1.router().macAddress("GigabitEthernet0/0"))
                .contains("  Internet address is 10.0.0.1/24")
                .contains("  Full Duplex, 1Gbps, media type is RJ45");
        configure(lab.r1, "interface Gi0/0", "description to the switch", "speed 100", "duplex full");
        assertThat(console(lab.r1).exec("show running-config interface GigabitEthernet0/0"))
                .contains("interface GigabitEthernet0/0\n description to the switch\n ip address 10.0.0.1"
                        + " 255.255.255.0\n duplex full\n speed 100\nend\n");
        assertThat(console(lab.r1).exec("show ip interface Gi0/1"))
                .contains("GigabitEthernet0/1 is administratively down, line protocol is down")
                .contains("Internet protocol processing disabled");
    }

    @Test
    void theLabServerAnswersAsAHostOnceCabledToTheSwitch() {
        LabHost server = lab.lab.serverHost(
                "server", Ipv4Address.parse("10.0.0.10"), Ipv4Address.parse("255.255.255.0"), Optional.empty());
        HeadlessSession r2 = console(lab.r2);
        assertThat(r2.exec("ping 10.0.0.10")).contains("Success rate is 0 percent");

        lab.lab
                .network()
                .orElseThrow()
                .connect(server, "eth0", lab.sw.router().network().orElseThrow(), "Gi1/0/3");

        assertThat(r2.exec("ping 10.0.0.10")).contains(".!!!!", "Success rate is 80 percent (4/5)");
        assertThat(console(lab.sw).exec("show interfaces status")).containsPattern("Gi1/0/3 +connected");
    }
}
