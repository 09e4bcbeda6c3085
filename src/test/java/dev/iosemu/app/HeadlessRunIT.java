package dev.iosemu.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iosemu.net.ssh.SshClient;
import dev.iosemu.net.ssh.SshExecResult;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code run --headless} as scripts and CI use it: the jar boots the shipped c1941 with no local console,
 * says where SSH and telnet listen in one stderr line each, takes {@code cisco}/{@code cisco} over SSH at
 * once, and ends cleanly when told to stop (SIGTERM).
 */
class HeadlessRunIT {
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final Pattern SSH_LINE = Pattern.compile("^iosemu: ssh 127\\.0\\.0\\.1:(\\d+)$");

    @Test
    void aHeadlessDeviceAnnouncesItsPortsServesSshAndStopsOnSigterm() throws Exception {
        Process process = JarProcess.start("--headless", "--no-lab", "--ssh-port", "0", "--telnet-port", "0");
        try {
            List<String> seen = new ArrayList<>();
            int port = sshPort(process, seen);

            try (SshClient client =
                    SshClient.connect(new InetSocketAddress("127.0.0.1", port), "cisco", "cisco", TIMEOUT)) {
                SshExecResult result = client.exec("show privilege", TIMEOUT);
                assertThat(result.stdoutText()).contains("Current privilege level is 15");
            }
            assertThat(seen).anyMatch(line -> line.matches("iosemu: telnet 127\\.0\\.0\\.1:\\d+"));

            process.destroy(); // SIGTERM
            assertThat(process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)).isTrue();
        } finally {
            process.destroyForcibly();
        }
    }

    /** Reads the process's output (stdout and stderr together) up to the {@code iosemu: ssh} line. */
    private static int sshPort(Process process, List<String> seen) throws Exception {
        BufferedReader out =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        for (String line; (line = out.readLine()) != null; ) {
            seen.add(line);
            Matcher ssh = SSH_LINE.matcher(line);
            if (ssh.matches()) {
                Thread.ofVirtual().start(() -> drain(out)); // keep the pipe from filling
                return Integer.parseInt(ssh.group(1));
            }
        }
        throw new AssertionError("no 'iosemu: ssh' line; the process printed:\n" + String.join("\n", seen));
    }

    private static void drain(BufferedReader out) {
        try {
            while (out.readLine() != null) {
                // the console's log, not asserted here
            }
        } catch (java.io.IOException e) {
            // the process ended
        }
    }
}
