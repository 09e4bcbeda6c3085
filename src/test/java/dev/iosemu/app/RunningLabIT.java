package dev.iosemu.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.iosemu.cli.HeadlessSession;
import dev.iosemu.lab.file.LabFile;
import dev.iosemu.testing.LabReady;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Labs booted from their files, each node's console a telnet port on loopback. */
@Timeout(300)
class RunningLabIT {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC);

    /** How many devices the fleet test boots; {@code scripts/bench lab} boots the full 1,000. */
    private static final int FLEET = Integer.getInteger("iosemu.lab.fleet", 40);

    @Test
    void theShippedLabBootsFromItsFileAndEachConsoleAnswers() throws Exception {
        try (RunningLab lab = RunningLab.builder(LabFile.read(Path.of("labs/ccna.yaml")))
                .clock(CLOCK)
                .start()) {
            assertThat(lab.nodes()).extracting(RunningLab.Node::name).containsExactly("r1", "r2", "sw1");
            assertThat(LabTable.render(lab))
                    .startsWith("node  profile  console")
                    .containsPattern("r1    c1941    \\d+ +(\\d+|-) +192\\.168\\.1\\.1/24\n")
                    .containsPattern("sw1   c2960x   \\d+ +(\\d+|-) +192\\.168\\.1\\.3/24\n");
            for (String[] node : new String[][] {{"r1", "R1"}, {"r2", "R2"}, {"sw1", "SW1"}}) {
                try (ConsoleClient console =
                        new ConsoleClient(lab.node(node[0]).console().orElseThrow())) {
                    console.login(node[1]);
                    console.send("terminal length 0");
                    console.readUntil(node[1] + ">");
                    console.send("show version");
                    assertThat(console.readUntil(node[1] + ">")).contains("Cisco IOS Software");
                }
            }
            assertThat(lab.lab().tftpAddress()).isPresent(); // one lab server for the lab
        }
    }

    @Test
    void eachNodesSshPortIsInTheTableWhileItHasAKey() throws Exception {
        try (RunningLab lab = RunningLab.builder(LabFile.read(Path.of("labs/ccna.yaml")))
                .clock(CLOCK)
                .start()) {
            InetSocketAddress ssh = lab.node("r1").ssh().orElseThrow(); // the profile's factory key
            assertThat(LabTable.render(lab)).containsPattern("r1    c1941    \\d+ +" + ssh.getPort() + " +192");
            try (Socket client = new Socket(ssh.getAddress(), ssh.getPort())) {
                byte[] banner = client.getInputStream().readNBytes(8);
                assertThat(new String(banner, StandardCharsets.US_ASCII)).isEqualTo("SSH-2.0-");
            }

            HeadlessSession r1 = lab.device("r1").openSession();
            r1.execChecked("enable", LabReady.SECRET);
            r1.execChecked("configure terminal");
            r1.execChecked("crypto key zeroize rsa", "yes");

            assertThat(lab.node("r1").ssh()).isEmpty();
            assertThat(LabTable.render(lab)).containsPattern("r1    c1941    \\d+ +- +192");
        }
    }

    @Test
    void aFleetBootsAndEveryNodeAnswersShowVersionOverItsConsole() throws Exception {
        try (RunningLab lab = RunningLab.builder(LabFile.fleet("c1941", FLEET)).start()) {
            assertThat(lab.nodes()).hasSize(FLEET);
            assertThat(lab.nodes().stream()
                            .map(n -> n.console().orElseThrow().getPort())
                            .distinct())
                    .hasSize(FLEET);
            for (RunningLab.Node node : lab.nodes()) {
                try (ConsoleClient console = new ConsoleClient(node.console().orElseThrow())) {
                    console.login(node.name());
                    console.send("show version | include uptime");
                    assertThat(console.readUntil(node.name() + ">")).contains(node.name() + " uptime is");
                }
            }
            assertThat(lab.node("r" + FLEET).managementAddress())
                    .contains("192.168.1." + (FLEET < 10 ? FLEET : FLEET + 1) + "/24");
        }
    }

    @Test
    void aConsoleOffersItselfAgainAfterExit() throws Exception {
        try (RunningLab lab = RunningLab.builder(LabFile.fleet("c2960x", 1)).start();
                ConsoleClient console =
                        new ConsoleClient(lab.node("sw1").console().orElseThrow())) {
            console.login("sw1");
            console.send("exit");

            console.readUntil("sw1 con0 is now available");
            console.login("sw1");
        }
    }

    @Test
    void anUnknownNodeIsNamedWithTheLabsNodes() throws Exception {
        try (RunningLab lab =
                RunningLab.builder(LabFile.fleet("c1941", 2)).consoles(false).start()) {
            assertThat(lab.node("r1").console()).isEmpty();
            assertThatThrownBy(() -> lab.node("r3")).hasMessage("no node r3 in lab r-fleet (nodes: r1, r2)");
        }
    }
}
