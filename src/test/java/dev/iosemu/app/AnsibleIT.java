package dev.iosemu.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.iosemu.net.ftp.ExternalProgram;
import dev.iosemu.net.ftp.ExternalProgram.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ansible (Debian's ansible, with its bundled cisco.ios collection), unmodified, over network_cli with
 * paramiko: ios_facts, ios_command, and ios_config saving only when it changed something.
 */
@Tag("interop")
class AnsibleIT {
    private static final Path PLAYBOOK = Path.of("src/test/resources/interop/ansible_playbook.yml");

    @TempDir
    Path home;

    @Test
    void aPlaybookGathersFactsRunsCommandsAndSavesAChange() throws Exception {
        Path playbook = ExternalProgram.find("ansible-playbook").orElse(null);
        Assumptions.assumeTrue(playbook != null, "ansible-playbook is not installed");
        try (RemoteDevice device = RemoteDevice.start()) {
            Path inventory = home.resolve("inventory.ini");
            Files.writeString(inventory, """
                    [devices]
                    r1 ansible_host=127.0.0.1 ansible_port=%d
                    [devices:vars]
                    ansible_connection=ansible.netcommon.network_cli
                    ansible_network_os=cisco.ios.ios
                    ansible_network_cli_ssh_type=paramiko
                    ansible_user=cisco
                    ansible_password=cisco
                    ansible_become=yes
                    ansible_become_method=enable
                    ansible_become_password=cisco
                    """.formatted(device.ssh().getPort()));
            Path out = home.resolve("result.json");
            Result run = ExternalProgram.run(
                    Duration.ofSeconds(300),
                    List.of(
                            "env",
                            "HOME=" + home,
                            "ANSIBLE_HOST_KEY_CHECKING=False",
                            "ANSIBLE_LOCAL_TEMP=" + home.resolve("tmp"),
                            "ANSIBLE_PERSISTENT_CONTROL_PATH_DIR=" + home.resolve("pc"),
                            "ANSIBLE_NOCOLOR=1",
                            playbook.toString(),
                            "-i",
                            inventory.toString(),
                            "-e",
                            "out=" + out,
                            PLAYBOOK.toString()));
            assertThat(run.exitCode()).as(run.stdout() + run.stderr()).isZero();
            JsonNode result = new ObjectMapper().readTree(Files.readString(out));

            assertThat(result.at("/facts/ansible_net_hostname").asText()).isEqualTo("R1");
            assertThat(result.at("/facts/ansible_net_iostype").asText()).isEqualTo("IOS");
            assertThat(result.at("/facts/ansible_net_version").asText()).isNotEmpty();
            assertThat(result.at("/commands/0").asText()).startsWith("Cisco IOS Software, ");
            assertThat(result.at("/commands/1").asText()).isEqualTo("Current privilege level is 15");
            assertThat(result.get("changed").asBoolean()).isTrue();
            assertThat(result.get("again").asBoolean()).isFalse();
            assertThat(device.console.exec("show startup-config")).contains("ip host ansible-host 10.8.8.8");
        }
    }
}
