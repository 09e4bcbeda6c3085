package dev.iosemu.lab.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import dev.iosemu.lab.Ipv4Address;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LabFileTest {
    private final FileSystem fs = Jimfs.newFileSystem(Configuration.unix());

    @AfterEach
    void closeFileSystem() throws Exception {
        fs.close();
    }

    private Path write(String name, String text) throws Exception {
        Path file = fs.getPath("/labs", name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    private LabFileException refusal(String yaml) throws Exception {
        Path file = write("bad.yaml", yaml);
        return org.assertj.core.api.Assertions.catchThrowableOfType(LabFileException.class, () -> LabFile.read(file));
    }

    @Test
    void theShippedLabReadsFromTheClassPathWithItsStartupConfigs() throws Exception {
        LabFile lab = LabFile.resource("labs/ccna.yaml", getClass().getClassLoader());

        assertThat(lab.name()).isEqualTo("ccna");
        assertThat(lab.nodes()).extracting(LabNode::name).containsExactly("r1", "r2", "sw1");
        assertThat(lab.nodes()).extracting(LabNode::profileName).containsExactly("c1941", "c1941", "c2960x");
        assertThat(lab.node("r2").orElseThrow().startupConfig()).contains("hostname R2");
        assertThat(lab.nodes()) // the shipped profiles' enable secret cisco, as its type 5 hash
                .allMatch(node -> node.startupConfig().contains("\nenable secret 5 $1$mERr$hx5rVt7rPNoS4wqbXKX7m0\n"));
        assertThat(lab.node("r2").orElseThrow().managementAddress()).contains("192.168.1.2/24");
        assertThat(lab.server()).isEqualTo(new LabServerNode("server", Ipv4Address.parse("192.168.1.10")));
        assertThat(lab.links())
                .extracting(LabLink::toString)
                .containsExactly(
                        "r1:GigabitEthernet0/0 -- sw1:GigabitEthernet1/0/1",
                        "r2:GigabitEthernet0/0 -- sw1:GigabitEthernet1/0/2",
                        "server:eth0 -- sw1:GigabitEthernet1/0/24");
    }

    @Test
    void nodesWithoutAConfigAreNamedAfterThemselvesAndGivenFreeAddresses() throws Exception {
        write("r1.cfg", "hostname Edge\ninterface GigabitEthernet0/0\n ip address 192.168.1.1 255.255.255.0\n");
        Path file = write("lab.yaml", """
                nodes:
                  r1: {profile: c1941, startup-config: r1.cfg}
                  core: {profile: c1941}
                  access: {profile: c2960x, ports: {console: 7000, ssh: 7100}}
                """);

        LabFile lab = LabFile.read(file);

        assertThat(lab.name()).isEqualTo("lab");
        LabNode core = lab.node("core").orElseThrow();
        assertThat(core.startupConfig()).contains("hostname core\n").doesNotContain("hostname Router");
        assertThat(core.managementAddress()).contains("192.168.1.2/24"); // .1 is r1's own
        LabNode access = lab.node("access").orElseThrow();
        assertThat(access.managementAddress()).contains("192.168.1.3/24");
        assertThat(access.consolePort()).isEqualTo(7000);
        assertThat(access.sshPort()).isEqualTo(OptionalInt.of(7100));
        assertThat(lab.node("r1").orElseThrow().startupConfig()).startsWith("hostname Edge");
    }

    @Test
    void aCountMakesAFleetOfDistinctNamesAddressesAndPorts() throws Exception {
        Path file = write("fleet.yaml", """
                nodes:
                  edge: {profile: c1941, count: 300, ports: {console: 20000}}
                """);

        List<LabNode> nodes = LabFile.read(file).nodes();

        assertThat(nodes).hasSize(300);
        assertThat(nodes.get(0).name()).isEqualTo("edge1");
        assertThat(nodes.get(299).name()).isEqualTo("edge300");
        assertThat(nodes.get(299).consolePort()).isEqualTo(20299);
        Set<String> addresses =
                nodes.stream().map(n -> n.managementAddress().orElseThrow()).collect(Collectors.toSet());
        assertThat(addresses).hasSize(300).allMatch(a -> a.endsWith("/16")).doesNotContain("192.168.1.10/16");
    }

    @Test
    void generateMakesAFleetOfOneProfile() throws Exception {
        LabFile lab = LabFile.fleet("c2960x", 3);

        assertThat(lab.nodes()).extracting(LabNode::name).containsExactly("sw1", "sw2", "sw3");
        assertThat(lab.nodes().get(2).startupConfig())
                .contains("hostname sw3")
                .contains("ip address 192.168.1.3 255.255.255.0");
        assertThatThrownBy(() -> LabFile.fleet("c1942", 3)).hasMessageContaining("--generate: profile: ");
        assertThatThrownBy(() -> LabFile.fleet("c1941", 0)).hasMessage("--generate: count: must be 1-20000 (was 0)");
    }

    @Test
    void anUnknownProfileIsNamedByFileLineAndField() throws Exception {
        LabFileException e = refusal("""
                name: x
                nodes:
                  r1:
                    profile: c1942
                """);

        assertThat(e).hasMessageStartingWith("/labs/bad.yaml: line 4: nodes.r1.profile: no such device profile");
        assertThat(e.line()).isEqualTo(4);
        assertThat(e.field()).isEqualTo("nodes.r1.profile");
    }

    @Test
    void eachRuleIsRefusedWithItsLineAndField() throws Exception {
        assertThat(refusal("nodes:\n  r1: {profile: c1941, colour: red}\n"))
                .hasMessage("/labs/bad.yaml: line 2: nodes.r1.colour: unknown field (expected one of count, kind,"
                        + " ports, profile, startup-config)");
        assertThat(refusal("nodes:\n  r1: {profile: c1941}\n  r1: {profile: c1941}\n"))
                .hasMessage("/labs/bad.yaml: line 3: r1: written twice");
        assertThat(refusal("nodes:\n  r1: {profile: c1941, startup-config: nope.cfg}\n"))
                .hasMessage("/labs/bad.yaml: line 2: nodes.r1.startup-config: no such file: nope.cfg");
        assertThat(refusal("nodes:\n  r1:\n    profile: c1941\n    count: lots\n"))
                .hasMessage("/labs/bad.yaml: line 4: nodes.r1.count: must be a number 1-20000 (was 'lots')");
        assertThat(
                        refusal(
                                "nodes:\n  r1: {profile: c1941, ports: {console: 5000}}\n  r2: {profile: c1941, ports: {ssh: 5000}}\n"))
                .hasMessage("/labs/bad.yaml: line 3: nodes.r2.ports.ssh: port 5000 is also nodes.r1.ports.console");
        assertThat(refusal("nodes:\n  1r: {profile: c1941}\n"))
                .hasMessageStartingWith("/labs/bad.yaml: line 2: nodes.1r: a node name is a hostname");
        assertThat(refusal("nodes:\n  s: {kind: server, address: 192.168.1.300}\n"))
                .hasMessage("/labs/bad.yaml: line 2: nodes.s.address: must be an IPv4 address (was '192.168.1.300')");
        assertThat(refusal("nodes: {}\n")).hasMessage("/labs/bad.yaml: line 1: nodes: a lab needs at least one node");
        assertThat(refusal("name: x\n")).hasMessage("/labs/bad.yaml: line 1: nodes: missing (a required field)");
        assertThat(refusal("nodes:\n  r1: {profile: c1941\n"))
                .hasMessageStartingWith("/labs/bad.yaml: line 2: not valid YAML: ");
    }

    @Test
    void linksMustJoinExistingFreeInterfacesOfTwoNodes() throws Exception {
        String nodes = "nodes:\n  r1: {profile: c1941}\n  r2: {profile: c1941}\nlinks:\n";

        assertThat(refusal(nodes + "  - endpoints: [r1:GigabitEthernet0/0, r3:GigabitEthernet0/0]\n"))
                .hasMessage("/labs/bad.yaml: line 5: links[0].endpoints[1]: no node r3 in this lab");
        assertThat(refusal(nodes + "  - endpoints: [r1:GigabitEthernet0/9, r2:GigabitEthernet0/0]\n"))
                .hasMessage(
                        "/labs/bad.yaml: line 5: links[0].endpoints[0]: r1 (c1941) has no interface GigabitEthernet0/9");
        assertThat(refusal(nodes + "  - endpoints: [r1:GigabitEthernet0/0, r2:GigabitEthernet0/0]\n"
                        + "  - endpoints: [r2:GigabitEthernet0/1, r1:GigabitEthernet0/0]\n"))
                .hasMessage("/labs/bad.yaml: line 6: links[1].endpoints[1]: r1:GigabitEthernet0/0 is already cabled"
                        + " (links[0].endpoints[0])");
        assertThat(refusal(nodes + "  - endpoints: [r1:GigabitEthernet0/0, r1:GigabitEthernet0/1]\n"))
                .hasMessage(
                        "/labs/bad.yaml: line 5: links[0].endpoints: a link joins two different nodes (both ends on r1)");
        assertThat(refusal(nodes + "  - endpoints: [r1:GigabitEthernet0/0]\n"))
                .hasMessage("/labs/bad.yaml: line 5: links[0].endpoints: must name two endpoints (has 1)");
        assertThat(refusal(nodes + "  - endpoints: [r1:GigabitEthernet0/0, server:eth1]\n"))
                .hasMessage(
                        "/labs/bad.yaml: line 5: links[0].endpoints[1]: the lab server's interface is eth0 (was 'eth1')");
    }
}
