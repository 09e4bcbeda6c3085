package dev.iosemu.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iosemu.console.TerminalConsole;
import dev.iosemu.device.BootPacing;
import dev.iosemu.device.DeviceState;
import dev.iosemu.testing.LabReady;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.jline.terminal.Size;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.Test;

/** The console line of {@code run} on a terminal: sessions, reloads and the end of input. */
class ConsoleLineTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void endOfInputAtTheLoaderAfterAReloadEndsTheLineInsteadOfOpeningIos() throws Exception {
        String keys = "\renable\r" + LabReady.SECRET + "\rconfigure terminal\rconfig-register 0x0\rend\rreload\r\r";
        var out = new ByteArrayOutputStream();
        try (VirtualDevice device = VirtualDevice.builder()
                        .labServers(false)
                        .bootPacing(BootPacing.NONE)
                        .clock(CLOCK)
                        .build();
                var terminal = new DumbTerminal(
                        "test",
                        "xterm-256color",
                        new ByteArrayInputStream(keys.getBytes(StandardCharsets.UTF_8)),
                        out,
                        StandardCharsets.UTF_8)) {
            terminal.setSize(new Size(80, 24));

            int status = RunCommand.consoleLine(device, new TerminalConsole(terminal));

            String screen = out.toString(StandardCharsets.UTF_8);
            assertThat(status).isZero();
            assertThat(device.router().bootState().state()).isEqualTo(DeviceState.LOADER);
            assertThat(screen).contains("rommon 1 >");
            assertThat(screen.substring(screen.lastIndexOf("rommon 1 >")))
                    .doesNotContain("con0 is now available")
                    .doesNotContain("Router>");
        }
    }
}
