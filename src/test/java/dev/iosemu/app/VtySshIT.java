package dev.iosemu.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.iosemu.cli.HeadlessSession;
import dev.iosemu.device.TestClock;
import dev.iosemu.net.ssh.SshClient;
import dev.iosemu.net.ssh.SshClientChannel;
import dev.iosemu.net.ssh.SshExecResult;
import dev.iosemu.net.ssh.SshLoginException;
import dev.iosemu.net.terminal.WindowSize;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** vty sessions over SSH with MINA's client: login, the shell as scripts see it, exec requests, refusals. */
class VtySshIT {
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final TestClock clock = new TestClock(Instant.parse("2026-03-01T10:00:00Z"));
    private VirtualDevice device;
    private final LiveConsole consoleLine = new LiveConsole();
    private HeadlessSession console;

    @BeforeEach
    void bootWithKeyAndUsers() throws Exception {
        device = VirtualDevice.builder()
                .labServers(false)
                .clock(clock)
                .sshPort(0)
                .telnetPort(0)
                .build();
        device.powerOn(device.openSession(consoleLine));
        console = device.openSession();
        RemoteDevice.addTestUsers(console);
        console.exec("configure terminal");
        console.exec("hostname R1");
        console.exec("crypto key generate rsa modulus 1024");
        console.exec("end");
    }

    @AfterEach
    void close() throws Exception {
        device.close();
    }

    private InetSocketAddress ssh() {
        return device.sshAddress().orElseThrow();
    }

    @Test
    void theShippedProfileTakesCiscoCiscoRightAfterTheBoot() throws Exception {
        try (VirtualDevice shipped = VirtualDevice.builder()
                .labServers(false)
                .clock(clock)
                .sshPort(0)
                .build()) {
            shipped.powerOn();
            try (SshClient client = SshClient.connect(shipped.sshAddress().orElseThrow(), "cisco", "cisco", TIMEOUT);
                    SshClientChannel shell = client.openShell("vt100", new WindowSize(80, 24), TIMEOUT)) {
                Screen screen = new Screen(shell.stdout(), shell.stdin());
                screen.awaitEnding("Router#");

                assertThat(screen.command("show privilege", "Router#"))
                        .isEqualTo("show privilege\r\nCurrent privilege level is 15\r\nRouter#");
            }
        }
    }

    @Test
    void theClientsWindowWidthIsTheSessionsTerminalWidth() throws Exception {
        try (SshClient client = SshClient.connect(ssh(), "admin", "s3cret", TIMEOUT);
                SshClientChannel shell = client.openShell("vt100", new WindowSize(132, 50), TIMEOUT)) {
            Screen screen = new Screen(shell.stdout(), shell.stdin());
            screen.awaitEnding("R1#");

            assertThat(console.exec("show line vty 0")).contains(", Width: 132 columns");
        }
    }

    @Test
    void ctrlCAbortsACopyWaitingForItsServer() throws Exception {
        try (SshClient client = SshClient.connect(ssh(), "admin", "s3cret", TIMEOUT);
                SshClientChannel shell = client.openShell("vt100", new WindowSize(80, 24), TIMEOUT)) {
            Screen screen = new Screen(shell.stdout(), shell.stdin());
            screen.awaitEnding("R1#");
            int from = screen.length();
            // an address no lab node owns on the connected subnet: the request goes out and nothing answers, so the
            // copy
            // waits for it (the lab address itself, with the lab servers off, refuses the connection at once)
            screen.type("copy tftp://192.168.1.99/none.bin flash:\r");
            screen.awaitEnding("Destination filename [none.bin]? ");
            screen.type("\r");
            screen.await(from, "Accessing tftp://192.168.1.99/none.bin...");

            screen.type("\u0003");

            screen.await(from, "(Interrupted)");
            screen.awaitEnding("R1#");
            assertThat(screen.command("show privilege", "R1#")).contains("Current privilege level is 15");
        }
    }

    @Test
    void aShellShowsThePromptUnaskedAndAnswersCommandsByteForByte() throws Exception {
        try (SshClient client = SshClient.connect(ssh(), "admin", "s3cret", TIMEOUT);
                SshClientChannel shell = client.openShell("vt100", new WindowSize(80, 24), TIMEOUT)) {
            Screen screen = new Screen(shell.stdout(), shell.stdin());
            screen.awaitEnding("R1#");
            assertThat(client.serverVersion()).isEqualTo("SSH-2.0-Cisco-1.25");

            assertThat(screen.command("", "R1#")).isEqualTo("\r\nR1#");
            assertThat(screen.command("show privilege", "R1#"))
                    .isEqualTo("show privilege\r\nCurrent privilege level is 15\r\nR1#");
            int from = screen.length();
            screen.type("terminal length 0\nterminal width 511\r\n");
            screen.await(from, "terminal width 511\r\nR1#");
            assertThat(screen.text().substring(from)).isEqualTo("terminal length 0\r\nR1#terminal width 511\r\nR1#");
        }
    }

    @Test
    void keysTypedAheadShowExactlyWhatTheSameKeysTypedOneByOneShow() throws Exception {
        String line = "sh?ow privilege";
        String oneByOne;
        try (SshClient client = SshClient.connect(ssh(), "admin", "s3cret", TIMEOUT);
                SshClientChannel shell = client.openShell("vt100", new WindowSize(80, 24), TIMEOUT)) {
            Screen screen = new Screen(shell.stdout(), shell.stdin());
            screen.awaitEnding("R1#");
            int from = screen.length();
            for (char key : line.toCharArray()) {
                int before = screen.length();
                screen.type(String.valueOf(key));
                screen.await(before, key == '?' ? "R1#sh" : String.valueOf(key));
            }
            screen.type("\r");
            screen.awaitEnding("15\r\nR1#");
            oneByOne = screen.text().substring(from);
        }
        try (SshClient client = SshClient.connect(ssh(), "admin", "s3cret", TIMEOUT);
                SshClientChannel shell = client.openShell("vt100", new WindowSize(80, 24), TIMEOUT)) {
            Screen screen = new Screen(shell.stdout(), shell.stdin());
            screen.awaitEnding("R1#");
            int from = screen.length();

            screen.type(line + "\r");

            screen.awaitEnding("15\r\nR1#");
            assertThat(screen.text().substring(from))
                    .isEqualTo(oneByOne)
                    .startsWith("sh?\r\n")
                    .contains("R1#show privilege\r\nCurrent privilege level is 15\r\n");
        }
    }

    @Test
    void anIdleShellIsClosedAtItsExecTimeoutWithNothingPrinted() throws Exception {
        console.exec("configure terminal");
        console.exec("line vty 0 4");
        console.exec("exec-timeout 0 30");
        console.exec("end");
        try (SshClient client = SshClient.connect(ssh(), "admin", "s3cret", TIMEOUT);
                SshClientChannel shell = client.openShell("vt100", new WindowSize(80, 24), TIMEOUT)) {
            Screen screen = new Screen(shell.stdout(), shell.stdin());
            screen.awaitEnding("R1#");

            clock.advance(Duration.ofSeconds(30));
            device.remote().dropIdleLines();

            screen.awaitEnd();
            assertThat(screen.text()).isEqualTo("R1#"); // IOS says nothing: the client sees the connection end
        }
    }

    @Test
    void anExecRequestRunsOneCommandThenTheConnectionEnds() throws Exception {
        try (SshClient client = SshClient.connect(ssh(), "admin", "s3cret", TIMEOUT)) {
            SshExecResult result = client.exec("show privilege", TIMEOUT);

            assertThat(result.stdoutText()).isEqualTo("Current privilege level is 15\r\n");
            assertThat(result.exitStatus()).hasValue(0);
            assertThat(client.awaitClosed(TIMEOUT)).isTrue();
        }
        try (SshClient client = SshClient.connect(ssh(), "admin", "s3cret", TIMEOUT)) {
            assertThat(client.exec("show version | include IOS Software", TIMEOUT)
                            .stdoutText())
                    .startsWith("Cisco IOS Software, ");
        }
    }

    @Test
    void aCommandTheUserMayNotRunIsAnInvalidAutocommand() throws Exception {
        try (SshClient client = SshClient.connect(ssh(), "op", "op", TIMEOUT)) {
            assertThat(client.exec("show running-config", TIMEOUT).stdoutText())
                    .isEqualTo("Line has invalid autocommand \"show running-config\"\r\n");
        }
        try (SshClient client = SshClient.connect(ssh(), "admin", "s3cret", TIMEOUT)) {
            assertThat(client.exec("show bogus", TIMEOUT).stdoutText())
                    .isEqualTo("Line has invalid autocommand \"show bogus\"\r\n");
        }
    }

    @Test
    void aWrongPasswordIsRefusedAndLogged() throws Exception {
        assertThatThrownBy(() -> SshClient.connect(ssh(), "admin", "wrong", TIMEOUT))
                .isInstanceOf(SshLoginException.class);
        awaitConsole("%SEC_LOGIN-4-LOGIN_FAILED: Login failed [user: admin] [Source: 127.0.0.1] [localport: "
                + ssh().getPort() + "] [Reason: Login Authentication Failed] at 10:00:00 UTC Sun Mar 1 2026");
        try (SshClient client = SshClient.connect(ssh(), "admin", "s3cret", TIMEOUT);
                SshClientChannel shell = client.openShell("vt100", new WindowSize(80, 24), TIMEOUT)) {
            new Screen(shell.stdout(), shell.stdin()).awaitEnding("R1#");
            awaitConsole("%SEC_LOGIN-5-LOGIN_SUCCESS: Login Success [user: admin] [Source: 127.0.0.1] [localport: "
                    + ssh().getPort() + "] at 10:00:00 UTC Sun Mar 1 2026");
        }
    }

    @Test
    void sshListensOnlyWhileTheDeviceHasAKey() throws Exception {
        int port = ssh().getPort();
        console.exec("configure terminal");
        console.exec("crypto key zeroize rsa", "yes");
        assertThat(device.sshAddress()).isEmpty();
        assertThat(console.exec("do show ip ssh")).startsWith("SSH Disabled");

        console.exec("crypto key generate rsa modulus 1024");
        assertThat(device.sshAddress())
                .hasValueSatisfying(a -> assertThat(a.getPort()).isEqualTo(port));
        try (SshClient client = SshClient.connect(ssh(), "admin", "s3cret", TIMEOUT)) {
            assertThat(client.exec("show privilege", TIMEOUT).stdoutText()).contains("15");
        }
    }

    @Test
    void transportInputTelnetKeepsSshOut() throws Exception {
        console.exec("configure terminal");
        console.exec("line vty 0 4");
        console.exec("transport input telnet");
        console.exec("end");

        assertThatThrownBy(() -> SshClient.connect(ssh(), "admin", "s3cret", TIMEOUT))
                .isInstanceOf(SshLoginException.class);
    }

    @Test
    void showSshAndShowUsersListTheSession() throws Exception {
        try (SshClient client = SshClient.connect(ssh(), "admin", "s3cret", TIMEOUT);
                SshClientChannel shell = client.openShell("vt100", new WindowSize(80, 24), TIMEOUT)) {
            Screen screen = new Screen(shell.stdout(), shell.stdin());
            screen.awaitEnding("R1#");

            assertThat(console.exec("show ssh"))
                    .startsWith("Connection Version Mode Encryption  Hmac         State                 Username\n"
                            + "0          2.0     IN   ")
                    .contains("Session started       admin\n")
                    .endsWith("%No SSHv1 server connections running.\n");
            clock.advance(Duration.ofSeconds(75));
            assertThat(screen.command("show users", "R1#"))
                    .contains("   0 con 0                idle                 00:01:15\r\n")
                    .contains("*  2 vty 0     admin      idle                 00:00:00 127.0.0.1\r\n");
        }
    }

    /** Waits until the console line shows {@code text} (log messages go there). */
    private void awaitConsole(String text) {
        consoleLine.awaitText(0, text);
    }
}
