package dev.iosemu.cli.commands.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iosemu.cli.CliSession;
import dev.iosemu.cli.HeadlessSession;
import dev.iosemu.cli.IosShell;
import dev.iosemu.cli.commands.ExecFixture;
import dev.iosemu.cli.commands.config.ConfigCommands;
import dev.iosemu.testing.LabReady;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineSessionTest {
    private final ExecFixture device = ExecFixture.boot("c1941");
    private final StringBuilder transcript = new StringBuilder();
    private final List<CliSession> opened = new ArrayList<>();

    LineSessionTest() throws Exception {}

    private CliSession console(String input) {
        CliSession first = HeadlessSession.batch(shell(), new StringReader(input), transcript);
        opened.add(first);
        return first;
    }

    private IosShell shell() {
        return new IosShell(
                device.registry, ConfigCommands.shellSettings(device.router).build());
    }

    private LineSession line(CliSession first, boolean waitsForReturn) {
        return new LineSession(
                device.router,
                () -> {
                    CliSession next = new CliSession(first.io(), shell());
                    opened.add(next);
                    return next;
                },
                CliSession::run,
                waitsForReturn);
    }

    @Test
    void theConsoleWaitsForReturnAndOffersItselfAgainAfterExit() {
        CliSession first = console("\n" + LabReady.ENABLE_LINES + "exit\n\nshow privilege\n");

        line(first, true).serve(first);

        assertThat(transcript)
                .hasToString("\nRouter>enable\nPassword: \nRouter#exit\n\nRouter con0 is now available\n\n\n\n\n\n"
                        + "Press RETURN to get started.\n\n\n\nRouter>show privilege\nCurrent privilege level is 1\n"
                        + "Router>");
        assertThat(opened).hasSize(2).allMatch(CliSession::isClosed);
    }

    @Test
    void aBatchConsoleServesOneSessionAndClosesItAtTheEndOfInput() {
        CliSession first = console("show privilege\n");

        line(first, false).serve(first);

        assertThat(transcript).hasToString("Router>show privilege\nCurrent privilege level is 1\nRouter>");
        assertThat(first.isClosed()).isTrue();
        assertThat(opened).hasSize(1);
    }

    @Test
    void aFailedLoginClosesTheSessionAndTheConsoleIsOfferedAgain() {
        device.exec("enable", LabReady.SECRET);
        device.exec("configure terminal");
        device.exec("line con 0");
        device.exec("password cisco");
        device.exec("login");
        device.exec("end");
        CliSession first = console("\nx\ny\nz\n");

        line(first, true).serve(first);

        assertThat(transcript.toString())
                .contains("% Bad passwords\n\n\nRouter con0 is now available")
                .endsWith("Press RETURN to get started.\n\n\n");
        assertThat(opened).allMatch(CliSession::isClosed);
    }
}
