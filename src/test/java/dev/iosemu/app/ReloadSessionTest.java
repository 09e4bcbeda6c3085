package dev.iosemu.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iosemu.cli.HeadlessSession;
import dev.iosemu.testing.LabReady;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A reload starts a fresh session, as on IOS: what the old one set or remembered is gone. */
class ReloadSessionTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);
    private static final String NEW_IMAGE = "c1900-universalk9-mz.SPA.157-3.M8.bin";

    private VirtualDevice device;
    private HeadlessSession console;

    @BeforeEach
    void aConsoleLineOf24Rows() throws Exception {
        device = VirtualDevice.builder().clock(CLOCK).build();
        device.powerOn();
        console = device.openSession();
        console.session().setLineLength(24);
        LabReady.enable(console);
    }

    @AfterEach
    void close() throws Exception {
        device.close();
    }

    @Test
    void terminalLengthAndWidthGoBackToTheLinesOwn() {
        console.exec("terminal length 0");
        console.exec("terminal width 132");

        console.exec("reload", "");

        assertThat(console.session().terminalLength()).isEqualTo(24);
        assertThat(console.session().terminalWidth()).isEqualTo(80);
    }

    @Test
    void theRememberedHostIsForgotten() {
        String server = "127.0.0.1:" + device.labTftpAddress().orElseThrow().getPort();
        console.exec("copy tftp: flash:", server, NEW_IMAGE, "");
        assertThat(console.exec("copy tftp: flash:", "", "", "", "n"))
                .startsWith("Address or name of remote host [127.0.0.1]? ");

        console.exec("reload", "");
        LabReady.enable(console);

        assertThat(console.exec("copy tftp: flash:", "")).startsWith("Address or name of remote host []? ");
    }
}
