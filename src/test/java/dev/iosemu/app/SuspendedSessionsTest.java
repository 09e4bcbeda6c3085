package dev.iosemu.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iosemu.cli.EscapeSequence;
import dev.iosemu.cli.HeadlessSession;
import dev.iosemu.lab.ManualTime;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The escape sequence (Ctrl-Shift-6 x) suspends a session r1 opened to another node of the shipped lab;
 * {@code show sessions} lists it, {@code resume}, a bare Enter or its number alone take it up again where it
 * was, {@code disconnect} closes it.
 */
class SuspendedSessionsTest {
    private static final String ESC = EscapeSequence.SUSPEND;
    private static final String HEADER = "Conn Host                Address             Byte  Idle Conn Name\n";

    private final ManualTime time = new ManualTime(Instant.parse("2026-12-07T10:00:00Z"));
    private RunningLab lab;
    private HeadlessSession r1;

    @BeforeEach
    void start() throws Exception {
        lab = ShippedLab.start(time);
        r1 = ShippedLab.enabled(lab, "r1");
    }

    @AfterEach
    void close() throws Exception {
        lab.close();
    }

    private void suspendedTelnetToR2() {
        assertThat(r1.exec("telnet 192.168.1.2", "cisco", "cisco", ESC)).endsWith("Password: \nR2#\n");
    }

    @Test
    void theEscapeSequenceBringsBackTheLocalPromptAndShowSessionsListsTheConnection() {
        suspendedTelnetToR2();

        assertThat(r1.session().prompt()).isEqualTo("R1#");
        assertThat(r1.exec("show privilege")).isEqualTo("Current privilege level is 15\n");
        assertThat(r1.exec("show sessions"))
                .isEqualTo(HEADER + "*  1 192.168.1.2         192.168.1.2            0     0 192.168.1.2\n");
        time.advance(Duration.ofMinutes(3));
        assertThat(r1.exec("where")).endsWith("192.168.1.2            0     3 192.168.1.2\n");
    }

    @Test
    void resumeTakesTheSessionUpWhereItWasUntilTheFarEndClosesIt() {
        suspendedTelnetToR2();

        String resumed = r1.exec("resume", "", "show privilege", "exit");

        assertThat(resumed)
                .isEqualTo(
                        "[Resuming connection 1 to 192.168.1.2 ... ]\n\nR2#show privilege\n"
                                + "Current privilege level is 15\nR2#exit\n\n[Connection to 192.168.1.2 closed by foreign host]\n");
        assertThat(r1.exec("show sessions")).isEqualTo("% No connections open\n");
        assertThat(r1.exec("resume")).isEqualTo("% No open connections\n");
    }

    @Test
    void connectionsAreNumberedAndEnterOrANumberAloneResumes() {
        suspendedTelnetToR2();
        r1.exec("configure terminal");
        r1.exec("ip host sw1 192.168.1.3");
        r1.exec("end");
        assertThat(r1.exec("ssh -l cisco sw1", "cisco", ESC)).isEqualTo("\nPassword: \n\nSW1#\n");

        assertThat(r1.exec("show sessions"))
                .isEqualTo(HEADER
                        + "   1 192.168.1.2         192.168.1.2            0     0 192.168.1.2\n"
                        + "*  2 sw1                 192.168.1.3            0     0 sw1\n");
        assertThat(r1.exec("1", "", ESC)).isEqualTo("[Resuming connection 1 to 192.168.1.2 ... ]\n\nR2#\n");
        assertThat(r1.exec("show sessions")).contains("*  1 192.168.1.2").contains("   2 sw1");
        assertThat(r1.exec("", "", "exit"))
                .isEqualTo("[Resuming connection 1 to 192.168.1.2 ... ]\n\nR2#exit\n\n"
                        + "[Connection to 192.168.1.2 closed by foreign host]\n");
        assertThat(r1.exec("show sessions"))
                .isEqualTo(HEADER + "*  2 sw1                 192.168.1.3            0     0 sw1\n");
        assertThat(r1.exec("resume 1")).isEqualTo("% 1 is not an open connection\n");
    }

    @Test
    void disconnectAsksAndClosesTheConnection() {
        suspendedTelnetToR2();

        assertThat(r1.exec("disconnect 1", "n")).isEqualTo("Closing connection to 192.168.1.2 [confirm]n\n");
        assertThat(r1.exec("show sessions")).contains("*  1 192.168.1.2");
        assertThat(r1.exec("disconnect", "")).isEqualTo("Closing connection to 192.168.1.2 [confirm]\n");
        assertThat(r1.exec("show sessions")).isEqualTo("% No connections open\n");
        assertThat(r1.exec("disconnect")).isEqualTo("% No current connection\n");
        assertThat(r1.exec("")).isEmpty(); // with nothing to resume, Enter is an empty line again
    }

    @Test
    void theEscapeSequenceAtTheLocalPromptDoesNothing() {
        assertThat(r1.exec(ESC)).isEmpty();
        assertThat(r1.exec("show sessions")).isEqualTo("% No connections open\n");
    }
}
