package dev.iosemu.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.iosemu.net.ftp.ExternalProgram;
import dev.iosemu.net.ftp.ExternalProgram.Result;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Netmiko 2.4 (Debian's python3-netmiko), unmodified, over SSH and over telnet: find_prompt, enable, a show
 * command, a configuration set, save_config, and a copy dialog answered with send_command_timing.
 */
@Tag("interop")
class NetmikoIT {
    private static final Path PYTHON = Path.of("/usr/bin/python3");
    private static final Path SCRIPT = Path.of("src/test/resources/interop/netmiko_session.py");
    private static RemoteDevice device;

    @BeforeAll
    static void startDevice() throws Exception {
        Assumptions.assumeTrue(PYTHON.toFile().canExecute(), "/usr/bin/python3 is not installed");
        Result probe = ExternalProgram.run(Duration.ofSeconds(30), List.of(PYTHON.toString(), "-c", "import netmiko"));
        Assumptions.assumeTrue(probe.exitCode() == 0, "netmiko is not installed (python3-netmiko)");
        device = RemoteDevice.start();
    }

    @AfterAll
    static void closeDevice() throws Exception {
        if (device != null) {
            device.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"cisco_ios", "cisco_ios_telnet"})
    void aNetmikoSessionRunsUnmodified(String kind) throws Exception {
        int port = kind.endsWith("telnet")
                ? device.telnet().getPort()
                : device.ssh().getPort();
        Result run = ExternalProgram.run(
                Duration.ofSeconds(120),
                List.of(PYTHON.toString(), SCRIPT.toString(), kind, String.valueOf(port), "op", "op"));
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        JsonNode result = new ObjectMapper().readTree(run.stdout());

        assertThat(result.get("prompt").asText()).isEqualTo("R1>");
        assertThat(result.get("enabled").asText()).isEqualTo("R1#");
        assertThat(result.get("version").asText())
                .startsWith("Cisco IOS Software, ")
                .contains(" uptime is ");
        assertThat(result.get("privilege").asText()).isEqualTo("Current privilege level is 15");
        assertThat(result.get("config").asText()).contains("R1(config-if)#").doesNotContain("% Invalid");
        assertThat(result.get("running").asText())
                .contains(" description set by netmiko " + kind)
                .contains("ip host netmiko-host 10.9.9.9");
        assertThat(result.get("save").asText())
                .contains("Building configuration...")
                .contains("[OK]");
        String file = "netmiko-" + kind + ".cfg";
        assertThat(result.get("copy").asText())
                .contains("Destination filename [" + file + "]?")
                .contains("bytes copied");
        assertThat(result.get("dir").asText()).contains("Directory of flash0:/" + file);
        assertThat(device.console.exec("show startup-config")).contains("ip host netmiko-host 10.9.9.9");
    }
}
