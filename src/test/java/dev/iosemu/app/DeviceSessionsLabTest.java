package dev.iosemu.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iosemu.cli.HeadlessSession;
import dev.iosemu.lab.ManualTime;
import dev.iosemu.testing.LabReady;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * telnet and ssh typed on one node of the shipped lab (r1, r2, sw1 cabled through sw1) open the other node's
 * vty over a real loopback socket, only where the modelled network carries the connection.
 */
class DeviceSessionsLabTest {
    private final ManualTime time = new ManualTime(Instant.parse("2026-12-07T10:00:00Z"));
    private RunningLab lab;
    private HeadlessSession r1;

    @BeforeEach
    void start() throws Exception {
        lab = ShippedLab.start(time);
        r1 = ShippedLab.enabled(lab, "r1");
    }

    @AfterEach
    void close() throws Exception {
        lab.close();
    }

    @Test
    void telnetLogsInOnTheOtherRouterAndExitComesBack() {
        String session = r1.exec("telnet 192.168.1.2", "cisco", "cisco", "show privilege", "exit");

        assertThat(session)
                .startsWith("Trying 192.168.1.2 ... Open\n\n\nUser Access Verification\n\nUsername: cisco\n")
                .contains("Password: \nR2#show privilege\nCurrent privilege level is 15\nR2#exit\n")
                .endsWith("\n[Connection to 192.168.1.2 closed by foreign host]\n");
        assertThat(r1.exec("show privilege")).isEqualTo("Current privilege level is 15\n");
        assertThat(r1.session().prompt()).isEqualTo("R1#");
    }

    @Test
    void sshToTheSwitchAcrossItsVlanInterface() {
        String session =
                r1.exec("ssh -l cisco 192.168.1.3", "cisco", "show ip interface brief | include Vlan1", "exit");
        assertThat(session)
                .matches("\nPassword: \n\nSW1#show ip interface brief \\| include Vlan1\n"
                        + "Vlan1 +192\\.168\\.1\\.3 +YES manual up +up *\n"
                        + "SW1#exit\n\n\\[Connection to 192\\.168\\.1\\.3 closed by foreign host]\n");
    }

    @Test
    void theFarEndsPagerTakesOneKeyAndLeavesNoTraceOfItsPrompt() {
        String session = r1.exec("telnet 192.168.1.2", "cisco", "cisco", "show version", "q", "exit");

        assertThat(session)
                .contains("R2#show version\nCisco IOS Software, C1900 Software")
                .doesNotContain("--More--")
                .doesNotContain("\b")
                .containsPattern("\n[^\n]+\nR2#exit\n");
    }

    @Test
    void anAddressTypedAloneIsTelnetToIt() {
        String session = r1.exec("192.168.1.2", "cisco", "cisco", "exit");

        assertThat(session)
                .startsWith("Trying 192.168.1.2 ... Open\n")
                .endsWith("R2#exit\n\n[Connection to 192.168.1.2 closed by foreign host]\n");
    }

    @Test
    void aWrongSshPasswordIsRefused() {
        assertThat(r1.exec("ssh -l cisco 192.168.1.2", "wrong")).endsWith("% Authentication failed.\n");
    }

    @Test
    void anAddressNobodyOwnsTimesOutAndTheLabServerRunsNoTelnet() {
        assertThat(r1.exec("telnet 192.168.1.99"))
                .isEqualTo("Trying 192.168.1.99 ... \n% Connection timed out; remote host not responding\n");
        assertThat(r1.exec("telnet 192.168.1.10"))
                .isEqualTo("Trying 192.168.1.10 ... \n% Connection refused by remote host\n");
        assertThat(r1.exec("ssh -l cisco 192.168.1.99"))
                .isEqualTo("% Connection timed out; remote host not responding\n");
    }

    @Test
    void withoutARouteTheDestinationIsUnreachable() {
        r1.exec("configure terminal");
        r1.exec("no ip route 0.0.0.0 0.0.0.0 192.168.1.254");
        r1.exec("end");

        assertThat(r1.exec("telnet 10.9.9.9"))
                .isEqualTo("Trying 10.9.9.9 ... \n% Destination unreachable; gateway or host down\n");
        assertThat(r1.exec("ssh -l cisco 10.9.9.9")).isEqualTo("% Destination unreachable; gateway or host down\n");
    }

    @Test
    void aShutLinkStopsTheSessionFromOpening() {
        HeadlessSession r2 = lab.device("r2").openSession();
        LabReady.enable(r2);
        r2.exec("configure terminal");
        r2.exec("interface GigabitEthernet0/0");
        r2.exec("shutdown");
        r2.exec("end");

        assertThat(r1.exec("telnet 192.168.1.2"))
                .isEqualTo("Trying 192.168.1.2 ... \n% Connection timed out; remote host not responding\n");
    }

    @Test
    void aNamedHostAndAPortOtherThanTheVtysAreRefused() {
        r1.exec("configure terminal");
        r1.exec("ip host r2 192.168.1.2");
        r1.exec("end");

        assertThat(r1.exec("telnet r2 2001"))
                .isEqualTo("Trying r2 (192.168.1.2, 2001)... \n% Connection refused by remote host\n");
    }
}
