package dev.iosemu.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.iosemu.cli.InputKind;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import org.jline.terminal.Attributes;
import org.jline.terminal.Attributes.ControlChar;
import org.jline.terminal.Attributes.InputFlag;
import org.jline.terminal.Attributes.LocalFlag;
import org.jline.terminal.Attributes.OutputFlag;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.PosixSysTerminal;
import org.jline.terminal.impl.jni.JniTerminalProvider;
import org.jline.terminal.spi.Pty;
import org.jline.terminal.spi.TerminalProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The local console on a real pseudo-terminal (JLine's native one), its keys written to the master side as a
 * terminal emulator writes them: between two reads the tty stays raw, so a key typed then waits as its byte.
 * Skipped where JLine's native library cannot open a pseudo-terminal.
 */
class LocalTerminalIT {
    private static final int CTRL_D = 4;

    private Pty pty;
    private Terminal terminal;
    private OutputStream keyboard;

    @BeforeEach
    void openPseudoTerminal() throws IOException {
        try {
            TerminalProvider provider = TerminalProvider.load("jni");
            assumeTrue(provider instanceof JniTerminalProvider, "no native terminal provider");
            pty = ((JniTerminalProvider) provider).open(lineMode(), new Size(80, 24));
        } catch (IOException | RuntimeException | LinkageError e) {
            assumeTrue(false, "no pseudo-terminal here: " + e);
        }
        NormalKeypad.typeFor("xterm-256color"); // registers the type the console runs an xterm with
        terminal = new PosixSysTerminal(
                "test", "xterm-256color-iosemu", pty, StandardCharsets.UTF_8, false, Terminal.SignalHandler.SIG_DFL);
        keyboard = pty.getMasterOutput();
        // what the emulator shows is drained, so the console's writes never fill the pseudo-terminal's buffer
        Thread.ofVirtual().start(() -> {
            try {
                pty.getMasterInput().transferTo(OutputStream.nullOutputStream());
            } catch (IOException e) {
                // the pseudo-terminal closed with the test
            }
        });
    }

    @AfterEach
    void close() throws IOException {
        if (terminal != null) {
            terminal.close();
        }
    }

    /** A tty as a shell leaves it: the kernel's line mode with echo and signal keys. */
    private static Attributes lineMode() {
        Attributes attributes = new Attributes();
        attributes.setLocalFlags(
                EnumSet.of(LocalFlag.ICANON, LocalFlag.ECHO, LocalFlag.ECHOE, LocalFlag.ISIG, LocalFlag.IEXTEN), true);
        attributes.setInputFlags(EnumSet.of(InputFlag.ICRNL, InputFlag.IXON), true);
        attributes.setOutputFlags(EnumSet.of(OutputFlag.OPOST, OutputFlag.ONLCR), true);
        attributes.setControlChar(ControlChar.VEOF, CTRL_D);
        attributes.setControlChar(ControlChar.VINTR, 3);
        attributes.setControlChar(ControlChar.VERASE, 127);
        attributes.setControlChar(ControlChar.VMIN, 1);
        attributes.setControlChar(ControlChar.VTIME, 0);
        return attributes;
    }

    @Test
    void betweenReadsTheTtyIsRawWithItsSignalKeysOn() throws IOException {
        TerminalConsole console = TerminalConsole.local(terminal, null);
        assertRawWithSignals(pty.getAttr());

        keyboard.write("exit\r".getBytes(StandardCharsets.US_ASCII));
        keyboard.flush();
        assertThat(console.readLine("Router>", InputKind.COMMAND)).isEqualTo("exit");

        // the session has ended and the line prints its banner: nothing reads the keys now
        console.write("\nRouter con0 is now available\n\nPress RETURN to get started.\n");
        assertRawWithSignals(pty.getAttr());
    }

    @Test
    void ctrlDTypedTheMomentPressReturnAppearsEndsTheNextRead() throws IOException {
        TerminalConsole console = TerminalConsole.local(terminal, null);
        console.write("Press RETURN to get started.\n");

        // typed before the line's next read has begun: in the kernel's line mode this was an end of file,
        // which a raw read then took for a NUL byte, and the key was lost (the read then returned the next line)
        keyboard.write(CTRL_D);
        keyboard.write("typed later\r".getBytes(StandardCharsets.US_ASCII));
        keyboard.flush();

        assertThat(console.readLine("", InputKind.ANSWER)).isNull();
    }

    private static void assertRawWithSignals(Attributes attributes) {
        assertThat(attributes.getLocalFlag(LocalFlag.ICANON)).as("line mode").isFalse();
        assertThat(attributes.getLocalFlag(LocalFlag.ECHO)).as("kernel echo").isFalse();
        assertThat(attributes.getLocalFlag(LocalFlag.ISIG))
                .as("Ctrl-C as a signal")
                .isTrue();
        assertThat(attributes.getControlChar(ControlChar.VEOF)).isEqualTo(CTRL_D);
    }
}
