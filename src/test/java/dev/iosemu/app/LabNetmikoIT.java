package dev.iosemu.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iosemu.lab.file.LabFile;
import dev.iosemu.net.ftp.ExternalProgram;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Netmiko ({@code cisco_ios_telnet}) drives two nodes of the shipped lab through their console ports. */
@Tag("interop")
class LabNetmikoIT {
    private static final Path PYTHON = Path.of("/usr/bin/python3");

    @TempDir
    Path dir;

    @Test
    void netmikoDrivesTwoNodesThroughTheirConsolePorts() throws Exception {
        Assumptions.assumeTrue(PYTHON.toFile().canExecute(), "/usr/bin/python3 is not installed");
        Assumptions.assumeTrue(
                ExternalProgram.run(Duration.ofSeconds(30), List.of(PYTHON.toString(), "-c", "import netmiko"))
                                .exitCode()
                        == 0,
                "netmiko is not installed for /usr/bin/python3");
        Path script = dir.resolve("netmiko_console.py");
        try (var in = getClass().getResourceAsStream("/interop/netmiko_console.py")) {
            Files.writeString(script, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        try (RunningLab lab =
                RunningLab.builder(LabFile.read(Path.of("labs/ccna.yaml"))).start()) {
            for (String[] node : new String[][] {{"r1", "R1#"}, {"sw1", "SW1#"}}) {
                int port = lab.node(node[0]).console().orElseThrow().getPort();

                ExternalProgram.Result result = ExternalProgram.run(
                        Duration.ofSeconds(120),
                        List.of(PYTHON.toString(), "-W", "ignore", script.toString(), String.valueOf(port)));

                assertThat(result.exitCode())
                        .as(result.stderr() + result.stdout())
                        .isZero();
                assertThat(result.stdout())
                        .contains("PROMPT " + node[1])
                        .contains("VERSION Cisco IOS Software")
                        .contains("CONFIG  description set by netmiko");
            }
        }
    }
}
