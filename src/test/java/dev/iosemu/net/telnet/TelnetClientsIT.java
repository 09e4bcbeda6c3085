package dev.iosemu.net.telnet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iosemu.net.ftp.ExternalProgram;
import dev.iosemu.net.terminal.RemoteTerminal;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Real telnet clients against the server: Debian's telnet and Python's telnetlib (netmiko's transport). */
@Tag("interop")
@Timeout(60)
class TelnetClientsIT {
    private final BlockingQueue<String> typeSeen = new LinkedBlockingQueue<>();

    /** A login-like exchange: asks a name, greets it, names the terminal, and waits for the client to leave. */
    private void greet(RemoteTerminal terminal) throws IOException {
        typeSeen.add(terminal.terminalType().orElse("none"));
        write(terminal, "\r\nUser Access Verification\r\n\r\nUsername: ");
        String name = readLine(terminal.input());
        write(terminal, name + "\r\nhello " + name + "\r\nRouter>");
        while (terminal.input().read() >= 0) {
            // until the client leaves
        }
    }

    private static void write(RemoteTerminal terminal, String text) throws IOException {
        terminal.output().write(text.getBytes(StandardCharsets.US_ASCII));
        terminal.output().flush();
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b; (b = in.read()) >= 0 && b != '\r' && b != '\n'; ) {
            line.write(b);
        }
        return line.toString(StandardCharsets.US_ASCII);
    }

    @Test
    void debianTelnetLogsInAndNamesItsTerminal() throws Exception {
        Optional<Path> telnet = ExternalProgram.find("telnet");
        Assumptions.assumeTrue(telnet.isPresent(), "telnet is not installed");
        try (TelnetServer server = TelnetServer.start(TelnetServerConfig.loopback(0), this::greet)) {
            ProcessBuilder builder = new ProcessBuilder(
                            telnet.get().toString(),
                            "127.0.0.1",
                            String.valueOf(server.address().getPort()))
                    .redirectErrorStream(true);
            builder.environment().put("TERM", "vt100");
            Process process = builder.start();
            try (OutputStream keys = process.getOutputStream()) {
                InputStream screen = process.getInputStream();
                readUntil(screen, "Username: ");
                keys.write("cisco\n".getBytes(StandardCharsets.US_ASCII));
                keys.flush();
                assertThat(readUntil(screen, "Router>")).contains("hello cisco\r\n");
            } finally {
                process.destroy();
                process.waitFor(10, TimeUnit.SECONDS);
            }
            assertThat(typeSeen.poll(10, TimeUnit.SECONDS)).isEqualTo("vt100");
        }
    }

    private static String readUntil(InputStream in, String text) throws IOException {
        ByteArrayOutputStream seen = new ByteArrayOutputStream();
        while (!seen.toString(StandardCharsets.US_ASCII).contains(text)) {
            int b = in.read();
            if (b < 0) {
                throw new AssertionError("end of output before " + text + ": " + seen);
            }
            seen.write(b);
        }
        return seen.toString(StandardCharsets.US_ASCII);
    }

    /** telnetlib refuses every option and sends CR LF, as netmiko's cisco_ios_telnet does. */
    private static final String TELNETLIB = """
            import sys, telnetlib
            tn = telnetlib.Telnet('127.0.0.1', int(sys.argv[1]), 10)
            print(tn.read_until(b'Username: ', 10).decode().strip().splitlines()[0])
            tn.write(b'cisco\\r\\n')
            print(tn.read_until(b'Router>', 10).decode().replace('\\r', '').split('\\n')[1])
            tn.close()
            """;

    @Test
    void pythonTelnetlibRefusesEveryOptionAndIsStillServed() throws Exception {
        Path python = Path.of("/usr/bin/python3");
        Assumptions.assumeTrue(python.toFile().canExecute(), "/usr/bin/python3 is not installed");
        TelnetServerConfig config = new TelnetServerConfig(
                TelnetServerConfig.loopback(0).bindAddress(), 0, Duration.ofHours(1)); // only answers end it
        try (TelnetServer server = TelnetServer.start(config, this::greet)) {
            ExternalProgram.Result result = ExternalProgram.run(
                    Duration.ofSeconds(30),
                    List.of(
                            python.toString(),
                            "-W",
                            "ignore",
                            "-c",
                            TELNETLIB,
                            String.valueOf(server.address().getPort())));
            assertThat(result.exitCode()).as(result.stderr()).isZero();
            assertThat(result.stdout().lines()).containsExactly("User Access Verification", "hello cisco");
            assertThat(typeSeen.poll(10, TimeUnit.SECONDS)).isEqualTo("none");
        }
    }
}
