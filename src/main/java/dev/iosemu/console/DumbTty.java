package dev.iosemu.console;

import java.io.IOException;
import java.util.EnumSet;
import java.util.Optional;
import org.jline.terminal.Attributes;
import org.jline.terminal.Attributes.ControlChar;
import org.jline.terminal.Attributes.InputFlag;
import org.jline.terminal.Attributes.LocalFlag;
import org.jline.terminal.impl.exec.ExecTerminalProvider;
import org.jline.terminal.impl.jni.JniTerminalProvider;
import org.jline.terminal.spi.Pty;
import org.jline.terminal.spi.SystemStream;
import org.jline.terminal.spi.TerminalProvider;

/**
 * The process's own tty under a dumb terminal: JLine drives a dumb terminal without touching the tty, which
 * stays in the kernel's line mode and echoes each line itself. A secret read there must switch that echo off,
 * since the line editor cannot hide what the kernel already wrote (JLine's answer, a thread redrawing the prompt
 * every few milliseconds over what was typed, never stops on a terminal without a size); and an XMODEM transfer
 * needs the tty raw, or the kernel would hold its bytes for a line and take some for keys. Used by the session
 * thread only.
 */
final class DumbTty {
    private final Pty tty;

    private DumbTty(Pty tty) {
        this.tty = tty;
    }

    /**
     * The echo switch of standard input's tty, or empty when standard input is no tty, or neither standard output
     * nor error is on one, or no provider can tell.
     */
    static Optional<DumbTty> standardInput() {
        for (String provider : new String[] {"jni", "exec"}) {
            try {
                return current(TerminalProvider.load(provider)).map(DumbTty::new);
            } catch (IOException | RuntimeException | LinkageError e) {
                // this provider is not available here: ask the next
            }
        }
        return Optional.empty();
    }

    /** The tty of standard input, reached (as JLine reaches a tty) through standard output or error on it. */
    private static Optional<Pty> current(TerminalProvider provider) throws IOException {
        if (!provider.isSystemStream(SystemStream.Input)) {
            return Optional.empty();
        }
        for (SystemStream stream : new SystemStream[] {SystemStream.Output, SystemStream.Error}) {
            if (provider.isSystemStream(stream)) {
                return Optional.of(
                        switch (provider) {
                            case JniTerminalProvider jni -> jni.current(stream);
                            case ExecTerminalProvider exec -> exec.current(stream);
                            default -> throw new IOException("no tty access through " + provider.name());
                        });
            }
        }
        return Optional.empty();
    }

    /**
     * Sets the tty raw for binary bytes (no line mode, echo, signal keys or translation of input) and returns
     * the settings to restore, or empty when the tty refused.
     */
    Optional<Attributes> raw() {
        try {
            Attributes saved = tty.getAttr();
            Attributes raw = new Attributes(saved);
            raw.setLocalFlags(EnumSet.of(LocalFlag.ICANON, LocalFlag.ECHO, LocalFlag.ISIG, LocalFlag.IEXTEN), false);
            raw.setInputFlags(
                    EnumSet.of(InputFlag.ICRNL, InputFlag.INLCR, InputFlag.IGNCR, InputFlag.IXON, InputFlag.ISTRIP),
                    false);
            raw.setControlChar(ControlChar.VMIN, 1);
            raw.setControlChar(ControlChar.VTIME, 0);
            tty.setAttr(raw);
            return Optional.of(saved);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Puts back settings {@link #raw} saved. */
    void restore(Attributes saved) {
        try {
            tty.setAttr(saved);
        } catch (IOException e) {
            // the tty has gone (the user closed the window): nothing to restore
        }
    }

    /** Turns the tty's echo on or off (of the Enter too); false when the tty refused. */
    boolean echo(boolean on) {
        try {
            Attributes attributes = tty.getAttr();
            attributes.setLocalFlag(LocalFlag.ECHO, on);
            tty.setAttr(attributes);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
