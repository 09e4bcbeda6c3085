package dev.iosemu.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.iosemu.fs.local.LocalFileSystem;
import dev.iosemu.net.ftp.ExternalProgram;
import dev.iosemu.net.ssh.SshClient;
import dev.iosemu.net.ssh.SshClientChannel;
import dev.iosemu.net.ssh.scp.ScpClient;
import dev.iosemu.net.ssh.scp.ScpException;
import dev.iosemu.net.ssh.scp.ScpHeader;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The device's SCP server ({@code ip scp server enable}) against OpenSSH's {@code scp -O}, python3-scp and
 * Netmiko's {@code file_transfer} unmodified (each skipped when missing), an upgrade script going on from it
 * with Netmiko through {@code boot system}, {@code write memory}, {@code reload} and a reconnection to the
 * new image's {@code show version}, and every refusal leaving flash
 * byte-identical: a wrong password, privilege 1, the server disabled, a file larger than the free space, a
 * channel cut mid-file, a {@code C} line that undersells the file.
 */
@Tag("interop")
class DeviceScpIT {
    private static final Path PYTHON = Path.of("/usr/bin/python3");
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final String NEW_IMAGE = "c1900-universalk9-mz.SPA.157-3.M8.bin";

    @TempDir
    Path local;

    private RemoteDevice device;
    private byte[] image;

    @BeforeEach
    void start() throws Exception {
        device = RemoteDevice.start();
        device.console.execChecked("configure terminal");
        device.console.execChecked("ip scp server enable");
        device.console.execChecked("end");
        image = new byte[300_000];
        new Random(11).nextBytes(image);
    }

    @AfterEach
    void stop() throws Exception {
        device.close();
    }

    @Test
    void ourClientPushesAndFetchesAndTheFileIsCommittedBeforeTheLastAcknowledgement() throws Exception {
        try (SshClient client = SshClient.connect(device.ssh(), "cisco", "cisco", TIMEOUT)) {
            ScpClient.send(
                    client, "flash:/pushed.bin", ScpHeader.of(image.length, "pushed.bin"), source(image), TIMEOUT);
            assertThat(Files.readAllBytes(flash().path("/pushed.bin"))).isEqualTo(image);
        }
        java.io.ByteArrayOutputStream fetched = new java.io.ByteArrayOutputStream();
        List<ScpHeader> headers = new ArrayList<>();
        try (SshClient client = SshClient.connect(device.ssh(), "cisco", "cisco", TIMEOUT)) {
            ScpClient.fetch(
                    client,
                    "flash:pushed.bin",
                    header -> {
                        headers.add(header);
                        return Channels.newChannel(fetched);
                    },
                    TIMEOUT);
        }
        assertThat(headers).containsExactly(ScpHeader.of(image.length, "pushed.bin"));
        assertThat(fetched.toByteArray()).isEqualTo(image);
    }

    @Test
    void refusalsLeaveFlashByteIdentical() throws Exception {
        List<String> before = listing();
        long used = flash().usedBytes();

        assertThatThrownBy(() -> SshClient.connect(device.ssh(), "cisco", "wrong", TIMEOUT)
                        .close())
                .isInstanceOf(IOException.class);
        assertThat(refusal("op", "op", "flash:/a.bin", image.length)).isEqualTo("Privilege denied.");
        assertThat(refusal("cisco", "cisco", "flash:/big.bin", flash().freeBytes() + 1))
                .isEqualTo("%Error copying flash:/big.bin (Not enough space on device)");
        cutMidFile();
        underSoldHeader();
        device.console.execChecked("configure terminal");
        device.console.execChecked("no ip scp server enable");
        device.console.execChecked("end");
        // without the server, the request is an ordinary exec command, whose error text is no SCP status
        assertThat(refusal("cisco", "cisco", "flash:/off.bin", 10)).startsWith("expected a status");

        assertThat(listing()).isEqualTo(before);
        assertThat(flash().usedBytes()).isEqualTo(used);
    }

    @Test
    void openSshScpPushesAndFetchesInLegacyMode() throws Exception {
        Optional<Path> scp = ExternalProgram.find("scp");
        Optional<Path> sshpass = ExternalProgram.find("sshpass");
        assumeTrue(scp.isPresent() && sshpass.isPresent(), "OpenSSH scp and sshpass are not installed");
        Path file = Files.write(local.resolve("c1900-test.bin"), image);
        String port = Integer.toString(device.ssh().getPort());
        List<String> common = List.of(
                sshpass.get().toString(),
                "-p",
                "cisco",
                scp.get().toString(),
                "-O",
                "-P",
                port,
                "-o",
                "StrictHostKeyChecking=no",
                "-o",
                "UserKnownHostsFile=/dev/null");

        ExternalProgram.Result put = run(common, file.toString(), "cisco@127.0.0.1:flash:/c1900-test.bin");
        ExternalProgram.Result get = run(
                common,
                "cisco@127.0.0.1:flash:/c1900-test.bin",
                local.resolve("back.bin").toString());

        assertThat(put.exitCode()).as(put.stderr()).isZero();
        assertThat(Files.readAllBytes(flash().path("/c1900-test.bin"))).isEqualTo(image);
        assertThat(get.exitCode()).as(get.stderr()).isZero();
        assertThat(Files.readAllBytes(local.resolve("back.bin"))).isEqualTo(image);
    }

    @Test
    void pythonScpPushesAndHearsPrivilegeDenied() throws Exception {
        assumeTrue(python("import scp, paramiko"), "python3-scp is not installed");
        Path file = Files.write(local.resolve("script.tcl"), "puts hello\n".getBytes(StandardCharsets.UTF_8));
        String port = Integer.toString(device.ssh().getPort());
        String script = "src/test/resources/interop/python_scp_put.py";

        ExternalProgram.Result put = ExternalProgram.run(
                TIMEOUT,
                List.of(PYTHON.toString(), script, port, "cisco", "cisco", file.toString(), "flash:/script.tcl"));
        ExternalProgram.Result denied = ExternalProgram.run(
                TIMEOUT, List.of(PYTHON.toString(), script, port, "op", "op", file.toString(), "flash:/op.tcl"));

        assertThat(put.stdout().strip()).as(put.stderr()).isEqualTo("OK");
        assertThat(flash().readText("/script.tcl")).isEqualTo("puts hello\n");
        assertThat(denied.stdout().strip()).as(denied.stderr()).isEqualTo("SCPException: Privilege denied.");
        assertThat(flash().exists("/op.tcl")).isFalse();
    }

    @Test
    void netmikoFileTransferPutsVerifiesAndGetsUnmodified() throws Exception {
        assumeTrue(python("import netmiko, scp"), "netmiko is not installed (python3-netmiko)");
        Path file = Files.write(local.resolve("c1900-universalk9-mz.SPA.157-3.M9.bin"), image);
        Path fetched = local.resolve("fetched.bin");

        ExternalProgram.Result run = ExternalProgram.run(
                Duration.ofSeconds(180),
                List.of(
                        PYTHON.toString(),
                        "src/test/resources/interop/netmiko_file_transfer.py",
                        Integer.toString(device.ssh().getPort()),
                        "cisco",
                        "cisco",
                        file.toString(),
                        "c1900-universalk9-mz.SPA.157-3.M9.bin",
                        fetched.toString()));

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        JsonNode result = new ObjectMapper().readTree(run.stdout());
        assertThat(result.get("put").get("file_transferred").asBoolean()).isTrue();
        assertThat(result.get("put").get("file_verified").asBoolean()).isTrue();
        assertThat(result.get("again").get("file_exists").asBoolean()).isTrue();
        assertThat(result.get("again").get("file_transferred").asBoolean()).isFalse();
        assertThat(result.get("get").get("file_verified").asBoolean()).isTrue();
        assertThat(Files.readAllBytes(flash().path("/c1900-universalk9-mz.SPA.157-3.M9.bin")))
                .isEqualTo(image);
        assertThat(Files.readAllBytes(fetched)).isEqualTo(image);
    }

    @Test
    void netmikoUpgradeScriptPutsTheImageBootsItAndFindsItInShowVersionAfterTheReload() throws Exception {
        assumeTrue(python("import netmiko, scp"), "netmiko is not installed (python3-netmiko)");
        LiveConsole consoleLine = new LiveConsole();
        try (RemoteDevice upgraded = RemoteDevice.start(consoleLine)) {
            upgraded.console.execChecked("configure terminal");
            upgraded.console.execChecked("ip scp server enable");
            upgraded.console.execChecked("end");
            Path file = Files.write(local.resolve(NEW_IMAGE), practiceImage(NEW_IMAGE));
            int before = consoleLine.transcript().length();
            Process script = new ProcessBuilder(
                            PYTHON.toString(),
                            "src/test/resources/interop/netmiko_upgrade.py",
                            Integer.toString(upgraded.ssh().getPort()),
                            "cisco",
                            "cisco",
                            "cisco",
                            file.toString(),
                            NEW_IMAGE)
                    .redirectError(local.resolve("netmiko.err").toFile())
                    .start();
            try (BufferedReader out = script.inputReader(StandardCharsets.UTF_8);
                    OutputStream in = script.getOutputStream()) {
                assertThat(out.readLine()).as(this::scriptErrors).isEqualTo("reloading");
                int reloading = consoleLine.awaitText(before, "Reload requested by cisco on vty");
                consoleLine.awaitText(reloading, "%SYS-5-RESTART"); // IOS runs: the vty lines take logins again
                in.write('\n');
                in.flush();
                String last = out.readLine();
                assertThat(last).as(this::scriptErrors).isNotNull();
                JsonNode result = new ObjectMapper().readTree(last);

                assertThat(result.get("transfer").get("file_verified").asBoolean())
                        .isTrue();
                assertThat(result.get("saved").asText()).contains("[OK]");
                assertThat(result.get("dialog").asText()).contains("Proceed with reload? [confirm]");
                assertThat(result.get("version").asText())
                        .contains("Version 15.7(3)M8")
                        .contains("System image file is \"flash:" + NEW_IMAGE + "\"");
            } finally {
                script.destroy();
                script.waitFor();
            }
        }
    }

    private String scriptErrors() {
        try {
            return Files.readString(local.resolve("netmiko.err"));
        } catch (IOException e) {
            return e.toString();
        }
    }

    private static byte[] practiceImage(String name) throws IOException {
        try (var in = DeviceScpIT.class.getResourceAsStream("/dev/iosemu/images/" + name)) {
            assertThat(in).as("practice image %s on the class path", name).isNotNull();
            return in.readAllBytes();
        }
    }

    private String refusal(String user, String password, String path, long size) throws IOException {
        try (SshClient client = SshClient.connect(device.ssh(), user, password, TIMEOUT)) {
            ScpClient.send(
                    client, path, ScpHeader.of(size, "x.bin"), source(new byte[(int) Math.min(size, 16)]), TIMEOUT);
            return "accepted";
        } catch (ScpException e) {
            return e.getMessage();
        }
    }

    /** Announces 100 000 bytes, sends 1 000 and closes the channel. */
    private void cutMidFile() throws IOException {
        try (SshClient client = SshClient.connect(device.ssh(), "cisco", "cisco", TIMEOUT);
                SshClientChannel channel = client.openExec("scp -t flash:/cut.bin", TIMEOUT)) {
            assertThat(channel.stdout().read()).isZero();
            OutputStream out = channel.stdin();
            out.write("C0644 100000 cut.bin\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            assertThat(channel.stdout().read()).isZero();
            out.write(new byte[1000]);
            out.close();
            channel.awaitClose(TIMEOUT);
        }
    }

    /** Announces 5 bytes and sends 11 before the status byte. */
    private void underSoldHeader() throws IOException {
        try (SshClient client = SshClient.connect(device.ssh(), "cisco", "cisco", TIMEOUT);
                SshClientChannel channel = client.openExec("scp -t flash:/lie.bin", TIMEOUT)) {
            assertThat(channel.stdout().read()).isZero();
            OutputStream out = channel.stdin();
            out.write("C0644 5 lie.bin\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            assertThat(channel.stdout().read()).isZero();
            out.write("hello world\0".getBytes(StandardCharsets.US_ASCII));
            out.close();
            channel.awaitClose(TIMEOUT);
        }
    }

    private LocalFileSystem flash() {
        return device.device.router().fileSystems().find("flash:").orElseThrow();
    }

    private List<String> listing() throws IOException {
        return flash().walk().stream()
                .map(entry -> entry.toString())
                .filter(text -> !text.contains(LocalFileSystem.HIDDEN_PREFIX))
                .toList();
    }

    private static java.nio.channels.ReadableByteChannel source(byte[] bytes) {
        return Channels.newChannel(new ByteArrayInputStream(bytes));
    }

    private static ExternalProgram.Result run(List<String> common, String from, String to) throws Exception {
        List<String> command = new ArrayList<>(common);
        command.add(from);
        command.add(to);
        return ExternalProgram.run(TIMEOUT, command);
    }

    private static boolean python(String imports) throws Exception {
        return Files.isExecutable(PYTHON)
                && ExternalProgram.run(TIMEOUT, List.of(PYTHON.toString(), "-c", imports))
                                .exitCode()
                        == 0;
    }
}
