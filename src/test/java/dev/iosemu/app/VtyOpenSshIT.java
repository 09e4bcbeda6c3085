package dev.iosemu.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iosemu.net.ftp.ExternalProgram;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** OpenSSH's ssh (with sshpass for the password) against the device: exec requests, a shell, refusals. */
@Tag("interop")
class VtyOpenSshIT {
    private static RemoteDevice device;

    @TempDir
    Path dir;

    /** How a finished ssh ended. */
    private record Run(int exitCode, String stdout, String stderr) {}

    @BeforeAll
    static void startDevice() throws Exception {
        Assumptions.assumeTrue(ExternalProgram.find("ssh").isPresent(), "ssh is not installed");
        Assumptions.assumeTrue(ExternalProgram.find("sshpass").isPresent(), "sshpass is not installed");
        device = RemoteDevice.start();
    }

    @AfterAll
    static void closeDevice() throws Exception {
        if (device != null) {
            device.close();
        }
    }

    /** {@code sshpass -p PASSWORD ssh ... OPTIONS... USER@127.0.0.1 REMOTE...} with {@code input} on its stdin. */
    private Run ssh(String user, String password, String input, List<String> options, String... remote)
            throws Exception {
        List<String> command = new ArrayList<>(List.of(
                "sshpass",
                "-p",
                password,
                "ssh",
                "-F",
                "/dev/null",
                "-o",
                "StrictHostKeyChecking=no",
                "-o",
                "UserKnownHostsFile=/dev/null",
                "-o",
                "LogLevel=ERROR",
                "-o",
                "IdentityAgent=none",
                "-o",
                "PubkeyAuthentication=no",
                "-p",
                String.valueOf(device.ssh().getPort())));
        command.addAll(options);
        command.add(user + "@127.0.0.1");
        command.addAll(List.of(remote));
        Path in = Files.writeString(dir.resolve("in.txt"), input);
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process process = new ProcessBuilder(command)
                .redirectInput(in.toFile())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("ssh did not end: " + Files.readString(out) + Files.readString(err));
        }
        return new Run(
                process.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    /** An exec request: {@code ssh ... USER@127.0.0.1 COMMAND} with nothing on its stdin. */
    private Run runExec(String user, String password, String command) throws Exception {
        return ssh(user, password, "", List.of(), command);
    }

    @Test
    void anExecRequestPrintsTheCommandsOutput() throws Exception {
        Run run = runExec("cisco", "cisco", "show version");

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stdout()).startsWith("Cisco IOS Software, ").contains("R1 uptime is ");
    }

    @Test
    void aShellTakesTypedAheadLinesAndEndsAtExit() throws Exception {
        Run run = ssh("cisco", "cisco", "show privilege\nterminal length 0\nexit\n", List.of("-tt"));

        assertThat(run.stdout())
                .contains("R1#show privilege\r\nCurrent privilege level is 15\r\nR1#terminal length 0\r\nR1#exit\r\n");
    }

    @Test
    void aWrongPasswordIsPermissionDenied() throws Exception {
        Run run = runExec("cisco", "wrong", "show version");

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.stdout()).isEmpty();
    }

    @Test
    void aCommandTheUserMayNotRunIsRefusedAsIosDoes() throws Exception {
        Run run = runExec("op", "op", "show running-config");

        assertThat(run.stdout()).isEqualTo("Line has invalid autocommand \"show running-config\"\r\n");
    }
}
