package dev.iosemu.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iosemu.cli.InputKind;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jline.terminal.Size;
import org.jline.terminal.impl.DumbTerminal;
import org.jline.utils.InfoCmp;
import org.junit.jupiter.api.Test;

/** What the console sends a terminal around the lines it reads: no keypad or mouse modes, one echo. */
class TerminalTypeIT {
    private static final String KEYPAD_TRANSMIT = "\u001b[?1h\u001b=";
    private static final String MOUSE_OFF = "\u001b[?1000l";

    private record Typed(List<String> lines, String output) {}

    private static Typed type(String terminalType, boolean sized, String keys, int lines) throws Exception {
        var out = new ByteArrayOutputStream();
        var in = new ByteArrayInputStream(keys.getBytes(StandardCharsets.UTF_8));
        List<String> read = new ArrayList<>();
        try (var terminal = new DumbTerminal("test", terminalType, in, out, StandardCharsets.UTF_8)) {
            if (sized) {
                terminal.setSize(new Size(80, 24));
            }
            TerminalConsole console = new TerminalConsole(terminal);
            for (int i = 0; i < lines; i++) {
                read.add(console.readLine("Router#", InputKind.COMMAND));
            }
        }
        return new Typed(read, out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void anXtermAsIsGetsKeypadAndMouseModesAroundEveryLine() throws Exception {
        Typed typed = type("xterm-256color", true, "show version\r", 1);

        assertThat(typed.output()).contains(KEYPAD_TRANSMIT).contains(MOUSE_OFF);
    }

    @Test
    void theXtermTypeIosemuRunsWithGetsNoneAndItsArrowKeysStillWork() throws Exception {
        String type = NormalKeypad.typeFor("xterm-256color");

        // the up arrow as a terminal in normal keypad mode sends it recalls the line before
        Typed typed = type(type, true, "show version\r\u001b[A\r", 2);

        assertThat(type).isEqualTo("xterm-256color-iosemu");
        assertThat(typed.output()).doesNotContain(KEYPAD_TRANSMIT).doesNotContain(MOUSE_OFF);
        assertThat(typed.lines()).containsExactly("show version", "show version");
    }

    @Test
    void theDerivedDescriptionDropsTheModeSwitchesAndNamesNormalModeKeys() throws Exception {
        String caps = NormalKeypad.withoutModeSwitches(InfoCmp.getInfoCmp("xterm"));

        assertThat(caps)
                .doesNotContain("smkx=")
                .doesNotContain("rmkx=")
                .doesNotContain("kmous=")
                .contains("kcuu1=\\E[A")
                .contains("khome=\\E[H")
                .contains("kend=\\E[F");
    }

    @Test
    void aDumbTerminalLeavesTheEchoToTheTerminalSoEachLineShowsOnce() throws Exception {
        Typed typed = type("dumb", false, "enable\r", 1);

        assertThat(typed.lines()).containsExactly("enable");
        assertThat(typed.output()).isEqualTo("Router#");
        assertThat(NormalKeypad.typeFor("dumb")).isEqualTo("dumb");
    }
}
