package dev.iosemu.net.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iosemu.net.ftp.ExternalProgram;
import dev.iosemu.net.ftp.ExternalProgram.Result;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Debian's OpenSSH client (with sshpass for the password) against the server wrapper. */
@Tag("interop")
@Timeout(60)
class SshServerAgainstOpenSshIT {
    private static final Duration RUN = Duration.ofSeconds(30);
    private static final SshHostKey HOST_KEY = SshHostKey.generatedOnFirstUse(2048);

    @TempDir
    Path dir;

    private final EchoHandler handler = new EchoHandler();
    private final AtomicInteger passwordChecks = new AtomicInteger();
    private SshServer server;

    @BeforeEach
    void start() throws IOException {
        Assumptions.assumeTrue(ExternalProgram.find("ssh").isPresent(), "ssh is not installed");
        server = SshServer.start(
                SshServerConfig.builder(HOST_KEY, (user, password, peer) -> {
                            passwordChecks.incrementAndGet();
                            return user.equals("cisco") && password.equals("cisco");
                        })
                        .build(),
                handler);
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    /** ssh's options for a throwaway server: no known_hosts, no config file, no agent. */
    private List<String> ssh(String program, String... more) {
        List<String> command = new ArrayList<>(List.of(
                program,
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
                program.equals("sftp") ? "-P" : "-p",
                String.valueOf(server.address().getPort())));
        command.addAll(List.of(more));
        return command;
    }

    private static List<String> sshpass(String password, List<String> command) {
        Assumptions.assumeTrue(ExternalProgram.find("sshpass").isPresent(), "sshpass is not installed");
        List<String> withPassword = new ArrayList<>(List.of("sshpass", "-p", password));
        withPassword.addAll(command);
        return withPassword;
    }

    @Test
    void execRunsTheCommandAndReturnsItsStatus() throws Exception {
        Result result = ExternalProgram.run(RUN, sshpass("cisco", ssh("ssh", "cisco@127.0.0.1", "show version")));

        assertThat(result.stdout()).isEqualTo("exec:show version\n");
        assertThat(result.stderr()).isEqualTo("to stderr\n");
        assertThat(result.exitCode()).isEqualTo(3);
    }

    @Test
    void aSessionClosingTheConnectionAfterItsCommandStillEndsCleanly() throws Exception {
        // what IOS does after an exec command: the whole connection goes
        Result result = ExternalProgram.run(RUN, sshpass("cisco", ssh("ssh", "cisco@127.0.0.1", "close")));

        assertThat(result.stdout()).isEqualTo("bye\n");
        assertThat(result.stderr()).isEmpty();
        assertThat(result.exitCode()).isZero();
    }

    @Test
    void methodsAreOfferedInIosOrder() throws Exception {
        Result result = ExternalProgram.run(
                RUN, ssh("ssh", "-o", "BatchMode=yes", "-o", "PreferredAuthentications=none", "cisco@127.0.0.1"));

        assertThat(result.exitCode()).isEqualTo(255);
        assertThat(result.stderr())
                .contains("cisco@127.0.0.1: Permission denied (publickey,keyboard-interactive,password).");
    }

    @Test
    void aPublicKeyIsRefusedCleanly() throws Exception {
        Path key = dir.resolve("id_rsa");
        Result keygen = ExternalProgram.run(
                RUN, List.of("ssh-keygen", "-q", "-t", "rsa", "-b", "2048", "-N", "", "-f", key.toString()));
        assertThat(keygen.exitCode()).as(keygen.stderr()).isZero();

        Result result = ExternalProgram.run(
                RUN,
                ssh(
                        "ssh",
                        "-o",
                        "BatchMode=yes",
                        "-o",
                        "IdentitiesOnly=yes",
                        "-o",
                        "PreferredAuthentications=publickey",
                        "-i",
                        key.toString(),
                        "cisco@127.0.0.1",
                        "show version"));

        assertThat(result.exitCode()).isEqualTo(255);
        assertThat(result.stderr()).contains("Permission denied (publickey,keyboard-interactive,password).");
        assertThat(passwordChecks).hasValue(0);
    }

    @Test
    void threeWrongPasswordsEndTheConnectionThoughTheClientWouldTryFive() throws Exception {
        Path askpass = dir.resolve("askpass");
        Files.writeString(askpass, "#!/bin/sh\necho wrong\n");
        Files.setPosixFilePermissions(askpass, PosixFilePermissions.fromString("rwx------"));
        List<String> command =
                new ArrayList<>(List.of("env", "SSH_ASKPASS=" + askpass, "SSH_ASKPASS_REQUIRE=force", "DISPLAY=none"));
        command.addAll(ssh("ssh", "-o", "NumberOfPasswordPrompts=5", "cisco@127.0.0.1", "show version"));

        Result result = ExternalProgram.run(RUN, command);

        assertThat(result.exitCode()).isEqualTo(255);
        assertThat(result.stderr()).contains("Too many authentication failures");
        assertThat(passwordChecks).hasValue(3);
    }

    @Test
    void sftpIsRefusedAsOnIos() throws Exception {
        Result result = ExternalProgram.run(RUN, sshpass("cisco", ssh("sftp", "cisco@127.0.0.1")));

        assertThat(result.exitCode()).isNotZero();
        assertThat(result.stderr()).contains("subsystem request failed");
    }

    @Test
    void forwardingIsRefused() throws Exception {
        Result result = ExternalProgram.run(RUN, sshpass("cisco", ssh("ssh", "-W", "127.0.0.1:9", "cisco@127.0.0.1")));

        assertThat(result.exitCode()).isEqualTo(255);
        assertThat(result.stderr()).contains("stdio forwarding failed");
    }

    @Test
    void aShellOnAForcedPtyEchoesAndEndsWhenTheHandlerCloses() throws Exception {
        ProcessBuilder builder =
                new ProcessBuilder(sshpass("cisco", ssh("ssh", "-tt", "cisco@127.0.0.1"))).redirectErrorStream(true);
        builder.environment().put("TERM", "vt100");
        Process process = builder.start();
        try (OutputStream keys = process.getOutputStream()) {
            InputStream screen = process.getInputStream();
            assertThat(SshServerIT.readUntil(screen, "\r\n")).endsWith("user=cisco term=vt100 size=80x24\r\n");
            keys.write("hello\r".getBytes(StandardCharsets.US_ASCII));
            keys.flush();
            assertThat(SshServerIT.readUntil(screen, "hello")).endsWith("hello");
            keys.write("exit\r".getBytes(StandardCharsets.US_ASCII));
            keys.flush();
            assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
        } finally {
            process.destroyForcibly();
        }
        assertThat(process.exitValue()).isZero();
    }
}
