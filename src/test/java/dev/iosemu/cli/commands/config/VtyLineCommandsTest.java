package dev.iosemu.cli.commands.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iosemu.cli.HeadlessSession;
import dev.iosemu.device.RecordingConsole;
import dev.iosemu.device.Router;
import dev.iosemu.device.TestClock;
import dev.iosemu.device.TestDevices;
import dev.iosemu.device.config.LineConfig;
import dev.iosemu.device.config.LineConfig.LineKind;
import dev.iosemu.device.config.TransportInput.Protocol;
import dev.iosemu.lab.LabAddressMap;
import java.io.IOException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code transport input}, {@code privilege level} and {@code exec-timeout} on vty lines, kept and shown as IOS does. */
class VtyLineCommandsTest {
    private Router router;
    private HeadlessSession cli;

    @BeforeEach
    void bootRouter() throws IOException {
        router = Router.create(TestDevices.isr(), new TestClock(), LabAddressMap.empty());
        router.powerOn(new RecordingConsole("no").boot());
        cli = ConfigCommandsTest.session(router);
        cli.exec("enable");
        cli.exec("configure terminal");
        cli.exec("line vty 0 4");
    }

    private LineConfig vty() {
        return router.runningConfig().lines().blocks().stream()
                .filter(line -> line.covers(LineKind.VTY, 0))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void transportInputIsKeptAsProtocolsAndShownInIosOrder() {
        assertThat(vty().allowedInput().allows(Protocol.TELNET)).isTrue();

        cli.exec("transport input ssh telnet");
        assertThat(vty().allowedInput().allows(Protocol.SSH)).isTrue();
        assertThat(String.join("\n", router.runningConfigText()))
                .contains("line vty 0 4\n login\n transport input telnet ssh\n");
        cli.exec("transport input ssh");
        assertThat(vty().allowedInput().allows(Protocol.TELNET)).isFalse();
        cli.exec("transport input none");
        assertThat(vty().allowedInput().protocols()).isEmpty();
        assertThat(String.join("\n", router.runningConfigText())).contains(" transport input none\n");
        cli.exec("tr in a");
        assertThat(vty().allowedInput().allows(Protocol.SSH)).isTrue();
        assertThat(String.join("\n", router.runningConfigText())).contains(" transport input all\n");
        cli.exec("no transport input");
        assertThat(vty().transportInput()).isEmpty();
    }

    @Test
    void transportInputListsEachProtocolInHelp() {
        assertThat(cli.exec("transport input ?"))
                .contains("  all     All protocols\n")
                .contains("  none    No protocols\n")
                .contains("  ssh     TCP/IP SSH protocol\n")
                .contains("  telnet  TCP/IP Telnet protocol\n");
    }

    @Test
    void privilegeLevelAndExecTimeoutAreShownInIosOrder() {
        cli.exec("exec-timeout 5 30");
        cli.exec("privilege level 15");
        cli.exec("login local");

        assertThat(String.join("\n", router.runningConfigText()))
                .contains("line vty 0 4\n exec-timeout 5 30\n privilege level 15\n login local\n");
        cli.exec("no privilege level");
        assertThat(vty().privilegeLevel()).isEmpty();
    }

    @Test
    void aRouterMayAddVtyLinesBeyondFour() {
        cli.exec("line vty 5 199");
        cli.exec("login local");

        assertThat(String.join("\n", router.runningConfigText())).contains("line vty 5 199\n login local\n");
    }
}
