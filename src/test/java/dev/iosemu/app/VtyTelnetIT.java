package dev.iosemu.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iosemu.cli.HeadlessSession;
import dev.iosemu.device.TestClock;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import org.apache.commons.net.telnet.TelnetClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * vty sessions over telnet (Apache Commons Net's client): the line's login, enable from a vty, terminal
 * monitor, exec-timeout on the device clock, clear line, and a reload typed on a vty.
 */
class VtyTelnetIT {
    private final TestClock clock = new TestClock(Instant.parse("2026-03-01T10:00:00Z"));
    private final LiveConsole consoleLine = new LiveConsole();
    private VirtualDevice device;
    private HeadlessSession console;

    @BeforeEach
    void boot() throws Exception {
        device = VirtualDevice.builder()
                .labServers(false)
                .clock(clock)
                .telnetPort(0)
                .build();
        device.powerOn(device.openSession(consoleLine));
        console = device.openSession();
        RemoteDevice.addTestUsers(console);
    }

    @AfterEach
    void close() throws Exception {
        device.close();
    }

    /** A telnet client connected to the device and its screen. */
    private Screen connect() throws Exception {
        InetSocketAddress address = device.telnetAddress().orElseThrow();
        TelnetClient client = new TelnetClient();
        client.connect(address.getAddress(), address.getPort());
        return new Screen(client.getInputStream(), client.getOutputStream());
    }

    private Screen login(String user, String password, String prompt) throws Exception {
        Screen screen = connect();
        screen.awaitEnding("Username: ");
        screen.type(user + "\r\n");
        screen.awaitEnding("Password: ");
        screen.type(password + "\r\n");
        screen.awaitEnding(prompt);
        return screen;
    }

    @Test
    void theLineAsksForAUserAndStartsAtTheirLevel() throws Exception {
        Screen screen = connect();
        screen.awaitEnding("Username: ");
        assertThat(screen.text()).isEqualTo("\r\n\r\nUser Access Verification\r\n\r\nUsername: ");
        screen.type("admin\r\n");
        screen.awaitEnding("Password: ");
        screen.type("s3cret\r\n");
        screen.awaitEnding("Router#");
        assertThat(screen.text()).endsWith("Username: admin\r\nPassword: \r\nRouter#");
        assertThat(screen.command("show privilege", "Router#"))
                .isEqualTo("show privilege\r\nCurrent privilege level is 15\r\nRouter#");
    }

    @Test
    void threeWrongLoginsEndTheConnection() throws Exception {
        Screen screen = connect();
        for (int i = 0; i < 3; i++) {
            screen.awaitEnding("Username: ");
            screen.type("admin\r\n");
            screen.awaitEnding("Password: ");
            screen.type("wrong\r\n");
        }
        screen.awaitEnd();
        assertThat(screen.text()).contains("% Login invalid");
        consoleLine.awaitText(0, "%SEC_LOGIN-4-LOGIN_FAILED: Login failed [user: admin] [Source: 127.0.0.1]");
    }

    @Test
    void enableOnAVtyWithoutAnEnablePasswordIsRefused() throws Exception {
        console.exec("configure terminal");
        console.exec("no enable secret"); // the shipped profile's
        console.exec("end");
        Screen screen = login("op", "op", "Router>");

        assertThat(screen.command("enable", "Router>")).isEqualTo("enable\r\n% No password set\r\nRouter>");
        console.exec("configure terminal");
        console.exec("enable secret cisco");
        console.exec("end");
        int from = screen.length();
        screen.type("enable\r\n");
        screen.awaitEnding("Password: ");
        screen.type("cisco\r\n");
        screen.awaitEnding("Router#");
        assertThat(screen.text().substring(from)).isEqualTo("enable\r\nPassword: \r\nRouter#");
    }

    @Test
    void logMessagesReachAVtyOnlyWithTerminalMonitor() throws Exception {
        Screen screen = login("admin", "s3cret", "Router#");
        console.exec("configure terminal");
        console.exec("end");
        assertThat(screen.command("", "Router#")).isEqualTo("\r\nRouter#");

        screen.command("terminal monitor", "Router#");
        int from = screen.length();
        console.exec("configure terminal");
        console.exec("end");
        screen.await(from, "%SYS-5-CONFIG_I: Configured from console by console");
        screen.command("terminal no monitor", "Router#");
    }

    @Test
    void anIdleVtyIsDroppedAtItsExecTimeoutOnTheDeviceClock() throws Exception {
        console.exec("configure terminal");
        console.exec("line vty 0 4");
        console.exec("exec-timeout 1 30");
        console.exec("end");
        Screen screen = login("admin", "s3cret", "Router#");

        clock.advance(Duration.ofSeconds(89));
        device.remote().dropIdleLines();
        assertThat(screen.command("", "Router#")).isEqualTo("\r\nRouter#");
        clock.advance(Duration.ofSeconds(90));
        device.remote().dropIdleLines();
        screen.awaitEnd();
        assertThat(screen.text()).endsWith("\r\nRouter#"); // closed without a word, as clear line does
    }

    @Test
    void clearLineDropsTheSessionOnIt() throws Exception {
        Screen screen = login("op", "op", "Router>");

        assertThat(console.exec("clear line vty 0", "")).isEqualTo("[confirm]\n [OK]\n");
        screen.awaitEnd();
        assertThat(console.exec("show users")).doesNotContain("vty 0");
    }

    @Test
    void aReloadTypedOnAVtyDropsItAndTheDeviceTakesNewOnesAfterTheBoot() throws Exception {
        Screen screen = login("admin", "s3cret", "Router#");
        console.exec("write memory");
        int from = screen.length();
        screen.type("reload\r\n");
        screen.await(from, "Proceed with reload? [confirm]");
        screen.type("\r\n");
        screen.awaitEnd();
        int reloading = consoleLine.awaitText(0, "Reload requested");
        consoleLine.awaitText(
                reloading, "%SYS-5-RESTART"); // logged once IOS runs, after "Press RETURN to get started!"

        login("admin", "s3cret", "Router#");
    }

    @Test
    void showLineMarksTheLinesInUseAndTheirTransports() throws Exception {
        login("op", "op", "Router>");

        assertThat(console.exec("show line"))
                .startsWith("   Tty Typ     Tx/Rx    A Modem  Roty AccO AccI   Uses   Noise  Overruns   Int\n")
                .contains("\n*     2 VTY              -    -      -    -    -      1       0     0/0       -\n")
                .contains("\n      3 VTY              -    -      -    -    -      0       0     0/0       -\n");
        assertThat(console.exec("show line vty 0 | include transports are"))
                .startsWith("Allowed input transports are ");
    }
}
