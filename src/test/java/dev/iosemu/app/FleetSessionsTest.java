package dev.iosemu.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iosemu.cli.HeadlessSession;
import dev.iosemu.lab.file.LabFile;
import dev.iosemu.testing.LabReady;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A generated fleet (no links, no modelled network: every node on the lab's one segment) lets its nodes reach
 * each other as a cabled lab's do: ping, telnet and ssh to a lab-mate's address, over a real loopback socket to
 * its vty lines, which an idle node does not listen on until the first lab-mate connects.
 */
class FleetSessionsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC);

    private static final String IMAGE = "c1900-universalk9-mz.SPA.154-3.M3.bin"; // in flash as shipped

    private RunningLab lab;

    private HeadlessSession enabled(String profile, int count, String node) throws Exception {
        lab = RunningLab.builder(LabFile.fleet(profile, count))
                .clock(CLOCK)
                .consoles(false)
                .start();
        HeadlessSession console = lab.device(node).openSession();
        LabReady.enable(console);
        return console;
    }

    private String address(String node) {
        String cidr = lab.node(node).managementAddress().orElseThrow();
        return cidr.substring(0, cidr.indexOf('/'));
    }

    @AfterEach
    void close() throws Exception {
        lab.close();
    }

    @Test
    void aNodeTelnetsToAnotherWhichListensOnlyOnceAsked() throws Exception {
        HeadlessSession r1 = enabled("c1941", 3, "r1");
        String r2 = address("r2");
        assertThat(lab.device("r2").telnetAddress()).isEmpty(); // an idle fleet node listens for nothing

        String session = r1.exec("telnet " + r2, "cisco", "cisco", "show running-config | include hostname", "exit");

        assertThat(session)
                .startsWith("Trying " + r2 + " ... Open\n\n\nUser Access Verification\n\nUsername: cisco\n")
                .contains("r2#show running-config | include hostname\nhostname r2\nr2#exit\n")
                .endsWith("\n[Connection to " + r2 + " closed by foreign host]\n");
        assertThat(lab.device("r2").telnetAddress()).isPresent();
        assertThat(lab.device("r3").telnetAddress()).isEmpty();
    }

    @Test
    void sshAndPingReachALabMateAndNothingElse() throws Exception {
        HeadlessSession r1 = enabled("c1941", 3, "r1");
        String r3 = address("r3");

        assertThat(r1.exec("ssh -l cisco " + r3, "cisco", "show privilege", "exit"))
                .isEqualTo("\nPassword: \n\nr3#show privilege\nCurrent privilege level is 15\nr3#exit\n\n"
                        + "[Connection to " + r3 + " closed by foreign host]\n");
        assertThat(r1.exec("ping " + r3)).contains("Success rate is 100 percent (5/5)");
        assertThat(r1.exec("ping 192.168.1.99")).contains("Success rate is 0 percent (0/5)");
        assertThat(r1.exec("telnet 192.168.1.99"))
                .isEqualTo("Trying 192.168.1.99 ... \n% Connection timed out; remote host not responding\n");
        assertThat(r1.exec("telnet " + r3 + " 2001"))
                .isEqualTo("Trying " + r3 + ", 2001 ... \n% Connection refused by remote host\n");
    }

    @Test
    void aNodeCopiesAnImageFromALabMatesTftpServer() throws Exception {
        HeadlessSession r2 = enabled("c1941", 2, "r2");
        String r1 = address("r1");
        lab.device("r1").runScript(LabReady.ENABLE_LINES + "configure terminal\ntftp-server flash:" + IMAGE + "\n");

        assertThat(r2.exec("copy tftp://" + r1 + "/" + IMAGE + " flash:from-r1.bin", ""))
                .contains("Loading " + IMAGE + " from " + r1 + " (via GigabitEthernet0/0): !")
                .contains("[OK - ");
    }

    @Test
    void aShutInterfaceTakesTheNodeOutOfReach() throws Exception {
        HeadlessSession r1 = enabled("c1941", 2, "r1");
        String r2 = address("r2");
        HeadlessSession r2Console = lab.device("r2").openSession();
        LabReady.enable(r2Console);
        r2Console.exec("configure terminal");
        r2Console.exec("interface GigabitEthernet0/0");
        r2Console.exec("shutdown");
        r2Console.exec("end");

        assertThat(r1.exec("telnet " + r2))
                .isEqualTo("Trying " + r2 + " ... \n% Connection timed out; remote host not responding\n");
    }

    @Test
    void switchesOfAFleetReachEachOtherAcrossTheirVlanInterfaces() throws Exception {
        HeadlessSession sw1 = enabled("c2960x", 2, "sw1");
        String sw2 = address("sw2");

        assertThat(sw1.exec("telnet " + sw2, "cisco", "cisco", "exit"))
                .endsWith("sw2#exit\n\n[Connection to " + sw2 + " closed by foreign host]\n");
    }
}
