package dev.iosemu.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iosemu.cli.CliSession;
import dev.iosemu.cli.HeadlessSession;
import dev.iosemu.device.DeviceState;
import dev.iosemu.testing.LabReady;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Sessions on vty lines next to the console, driven headless as SSH and telnet sessions will drive them: the
 * line each runs on, who sees log messages, {@code show users}, and what a reload typed on a vty does.
 */
class VtyLinesTest {
    private static final Clock MARCH_FIRST = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);

    private VirtualDevice device;
    private HeadlessSession console;

    @BeforeEach
    void bootWithVtyLoginLocal() throws Exception {
        device = VirtualDevice.builder().labServers(false).clock(MARCH_FIRST).build();
        console = device.openSession();
        device.powerOn(console.session());
        LabReady.enable(console);
        console.exec("configure terminal");
        console.exec("username admin privilege 15 secret s3cret");
        console.exec("username op password 0 op");
        console.exec("line vty 0 4");
        console.exec("login local");
        console.exec("end");
    }

    @AfterEach
    void closeDevice() throws Exception {
        device.close();
    }

    /** A vty session from {@code peer} logged in as {@code user}. */
    private HeadlessSession vty(String peer, String user, String password) {
        HeadlessSession vty = device.openVty(peer);
        assertThat(login(vty, user, password)).isTrue();
        return vty;
    }

    private boolean login(HeadlessSession vty, String... answers) {
        return vty.open(device::openConsole, answers);
    }

    @Test
    void vtySessionsGetTheLowestFreeLineAndTheirLoginsUser() {
        HeadlessSession first = vty("10.1.1.5", "admin", "s3cret");
        HeadlessSession second = vty("10.1.1.6", "op", "op");

        assertThat(first.session().line().name()).isEqualTo("vty0");
        assertThat(second.session().line().name()).isEqualTo("vty1");
        assertThat(first.session().line().user()).contains("admin");
        assertThat(first.session().prompt()).isEqualTo("Router#");
        assertThat(second.session().prompt()).isEqualTo("Router>");
        first.exec("exit");
        assertThat(device.openVty("10.1.1.7").session().line().name()).isEqualTo("vty0");
    }

    @Test
    void showUsersListsEveryOpenSessionWithAStarOnTheAskingLine() {
        HeadlessSession admin = vty("10.1.1.5", "admin", "s3cret");
        vty("10.1.1.6", "op", "op");

        assertThat(admin.exec("show users")).isEqualTo("""
                            Line       User       Host(s)              Idle       Location
                           0 con 0                idle                 00:00:00
                        *  2 vty 0     admin      idle                 00:00:00 10.1.1.5
                           3 vty 1     op         idle                 00:00:00 10.1.1.6

                          Interface    User               Mode         Idle     Peer Address

                        """);
    }

    @Test
    void showPrivilegeFollowsTheLoginAndEnable() {
        HeadlessSession op = vty("10.1.1.6", "op", "op");
        HeadlessSession admin = vty("10.1.1.5", "admin", "s3cret");

        assertThat(op.exec("show privilege")).isEqualTo("Current privilege level is 1\n");
        assertThat(admin.exec("show privilege")).isEqualTo("Current privilege level is 15\n");
        admin.exec("disable");
        assertThat(admin.exec("show privilege")).isEqualTo("Current privilege level is 1\n");
    }

    @Test
    void configurationFromAVtyIsLoggedOnTheConsoleNamingUserLineAndPeer() {
        HeadlessSession admin = vty("10.1.1.5", "admin", "s3cret");
        int before = console.transcript().length();

        admin.exec("configure terminal");
        admin.exec("hostname Edge");
        String vtyEnd = admin.exec("end");

        assertThat(console.transcript().substring(before))
                .isEqualTo(
                        "*Mar  1 10:00:00.000: %SYS-5-CONFIG_I: Configured from console by admin on vty0 (10.1.1.5)\n");
        assertThat(vtyEnd)
                .as("a vty sees log messages only when it asks for them")
                .isEmpty();
    }

    @Test
    void theConsoleKeepsLoggingItsOwnConfigurationAsFromTheConsole() {
        console.exec("configure terminal");

        assertThat(console.exec("end"))
                .isEqualTo("*Mar  1 10:00:00.000: %SYS-5-CONFIG_I: Configured from console by console\n");
    }

    @Test
    void aVtyWithLoginButNoPasswordIsRefused() {
        console.exec("configure terminal");
        console.exec("line vty 0 4");
        console.exec("login");
        console.exec("end");
        HeadlessSession vty = device.openVty("10.1.1.5");

        assertThat(login(vty)).isFalse();
        assertThat(vty.transcript()).isEqualTo("\nPassword required, but none set\n\n");
    }

    @Test
    void aReloadTypedOnAVtyDropsEveryVtyAndBootsOnTheConsole() {
        HeadlessSession admin = vty("10.1.1.5", "admin", "s3cret");
        HeadlessSession op = vty("10.1.1.6", "op", "op");
        console.exec("write memory");
        int before = console.transcript().length();

        String typed = admin.exec("reload", "");

        assertThat(typed).isEqualTo("Proceed with reload? [confirm]\n");
        assertThat(admin.session().wasDisconnected()).isTrue();
        assertThat(op.session().wasDisconnected()).isTrue();
        assertThat(console.session().wasDisconnected())
                .as("the console's EXEC ends too")
                .isTrue();
        assertThat(console.transcript().substring(before))
                .startsWith("*Mar  1 10:00:00.000: %SYS-5-RELOAD: Reload requested by admin on vty0 (10.1.1.5)."
                        + " Reload Reason: Reload Command.\n")
                .contains("Press RETURN to get started!");
        assertThat(device.router().bootState().state()).isEqualTo(DeviceState.IOS);
        assertThat(device.router().lines().sessions()).isEmpty();
        assertThat(vty("10.1.1.7", "admin", "s3cret").session().line().name()).isEqualTo("vty0");
    }

    @Test
    void aReloadTypedOnTheConsoleDropsTheVtysAndKeepsTheConsole() {
        HeadlessSession admin = vty("10.1.1.5", "admin", "s3cret");
        console.exec("write memory");

        String typed = console.exec("reload", "");

        assertThat(typed).contains("Reload requested by console.").contains("Press RETURN to get started!");
        assertThat(admin.session().wasDisconnected()).isTrue();
        CliSession again = console.session();
        assertThat(again.isClosed()).isFalse();
        assertThat(again.prompt()).isEqualTo("Router>");
    }
}
