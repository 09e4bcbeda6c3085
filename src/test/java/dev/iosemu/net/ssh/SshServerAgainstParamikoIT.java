package dev.iosemu.net.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iosemu.net.ftp.ExternalProgram;
import dev.iosemu.net.ftp.ExternalProgram.Result;
import dev.iosemu.net.terminal.WindowSize;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Paramiko (what Netmiko 2.4 and Ansible's network_cli use) against the server, with its default algorithms. */
@Tag("interop")
@Timeout(60)
class SshServerAgainstParamikoIT {
    /**
     * Logs in as Ansible does, offering a key first; opens a shell as Netmiko does (vt100, 80x24), resizes
     * it, then runs one command on an exec channel. Prints one line per step.
     */
    private static final String SCRIPT = """
            import sys, paramiko
            port, key = int(sys.argv[1]), sys.argv[2]
            paramiko.RSAKey.generate(2048).write_private_key_file(key)
            c = paramiko.SSHClient()
            c.set_missing_host_key_policy(paramiko.AutoAddPolicy())
            c.connect('127.0.0.1', port, 'cisco', 'cisco', key_filename=key, look_for_keys=False,
                      allow_agent=False, timeout=10, banner_timeout=10, auth_timeout=10)
            t = c.get_transport()
            print('version', t.remote_version)
            print('hostkey', t.get_remote_server_key().get_name())
            ch = c.invoke_shell()
            buf = b''
            while b'\\r\\n' not in buf:
                buf += ch.recv(1024)
            print('shell', buf.decode().strip())
            ch.send('hello\\n')
            buf = b''
            while b'hello' not in buf:
                buf += ch.recv(1024)
            print('echo', buf.decode().strip())
            ch.resize_pty(width=132, height=50)
            stdin, stdout, stderr = c.exec_command('show version', timeout=10)
            print('exec', stdout.read().decode().strip(), stdout.channel.recv_exit_status())
            c.close()
            """;

    @TempDir
    Path dir;

    @Test
    void paramikoLogsInWithAKeyRefusedFirstThenShellAndExec() throws Exception {
        Path python = Path.of("/usr/bin/python3");
        Assumptions.assumeTrue(python.toFile().canExecute(), "/usr/bin/python3 is not installed");
        Result probe = ExternalProgram.run(Duration.ofSeconds(20), List.of(python.toString(), "-c", "import paramiko"));
        Assumptions.assumeTrue(probe.exitCode() == 0, "paramiko is not installed");
        AtomicInteger passwordChecks = new AtomicInteger();
        EchoHandler handler = new EchoHandler();
        SshServerConfig config = SshServerConfig.builder(
                        SshHostKey.generatedOnFirstUse(2048), (user, password, peer) -> {
                            passwordChecks.incrementAndGet();
                            return password.equals("cisco");
                        })
                .build();
        try (SshServer server = SshServer.start(config, handler)) {
            Result result = ExternalProgram.run(
                    Duration.ofSeconds(40),
                    List.of(
                            python.toString(),
                            "-c",
                            SCRIPT,
                            String.valueOf(server.address().getPort()),
                            dir.resolve("id_rsa").toString()));

            assertThat(result.exitCode()).as(result.stderr()).isZero();
            assertThat(result.stdout().lines())
                    .containsExactly(
                            "version SSH-2.0-Cisco-1.25",
                            "hostkey ssh-rsa",
                            "shell user=cisco term=vt100 size=80x24",
                            "echo hello",
                            "exec exec:show version 3");
            assertThat(handler.next()).isEqualTo(new WindowSize(132, 50));
            assertThat(passwordChecks).hasValue(1);
        }
    }
}
