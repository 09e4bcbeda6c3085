package dev.iosemu.cli.commands.system;

import dev.iosemu.cli.CliSession;
import dev.iosemu.cli.EndOfInputException;
import dev.iosemu.cli.InputKind;
import dev.iosemu.device.BootConsole;
import dev.iosemu.device.BootPacing;
import dev.iosemu.device.ConfigReplayer;
import dev.iosemu.device.ConsoleSink;
import dev.iosemu.device.LineInput;
import dev.iosemu.device.rommon.RommonTftp;
import dev.iosemu.net.xmodem.XmodemLink;
import java.io.IOException;
import java.util.Optional;

/**
 * Makes the console a boot runs on from a command session: output goes straight to the session's terminal
 * (no pager, no filters) and the boot loader reads its command lines from the session's input, so the boot
 * loader owns the console until IOS is back. A console-line {@code reload} boots on the typing session; the
 * app powers the device on over its console session the same way.
 */
@FunctionalInterface
public interface BootConsoles {
    /** The boot console over {@code session}. */
    BootConsole forSession(CliSession session);

    /** Boot consoles over the session itself, with no pacing, replaying the startup-config with {@code replayer}. */
    static BootConsoles replayingWith(ConfigReplayer replayer) {
        return session -> over(session, BootPacing.NONE, replayer, RommonTftp.unavailable());
    }

    /** Everything a boot needs, over one session. */
    static BootConsole over(CliSession session, BootPacing pacing, ConfigReplayer replayer, RommonTftp tftp) {
        return new BootConsole(sink(session), input(session), pacing, replayer, tftp);
    }

    /** Device output written to the session's terminal as is. */
    static ConsoleSink sink(CliSession session) {
        return text -> session.io().write(text);
    }

    /** Loader input read from the session's terminal; empty at end of input; yes/no asked as the CLI asks it. */
    static LineInput input(CliSession session) {
        return new LineInput() {
            @Override
            public Optional<String> readLine(String prompt) {
                return Optional.ofNullable(session.io().readLine(prompt, InputKind.ANSWER));
            }

            @Override
            public Optional<XmodemLink> openTransfer() throws IOException {
                return session.io().openTransfer();
            }

            @Override
            public boolean askYesNo(String prompt) {
                try {
                    return session.askYesNo(prompt);
                } catch (EndOfInputException e) {
                    return false;
                }
            }
        };
    }
}
