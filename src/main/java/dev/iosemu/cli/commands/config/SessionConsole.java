package dev.iosemu.cli.commands.config;

import dev.iosemu.cli.CliSession;
import dev.iosemu.cli.EndOfInputException;
import dev.iosemu.cli.InputKind;
import dev.iosemu.device.BootConsole;
import dev.iosemu.device.BootPacing;
import dev.iosemu.device.ConfigReplayer;
import dev.iosemu.device.ConsoleSink;
import dev.iosemu.device.LineInput;
import dev.iosemu.device.rommon.RommonTftp;
import java.util.Optional;

/**
 * Hands a command session's console to the device for a boot: output goes straight to the session's
 * terminal (no pager, no filters) and the boot loader reads its command lines from the session's input,
 * so {@code reload} (or the app at power-on) can let ROMMON own the console until IOS is back.
 */
public final class SessionConsole {
    private SessionConsole() {}

    /** Device output written to the session's terminal as is. */
    public static ConsoleSink sink(CliSession session) {
        return text -> session.io().write(text);
    }

    /** Loader input read from the session's terminal; empty at end of input. */
    public static LineInput input(CliSession session) {
        return new LineInput() {
            @Override
            public Optional<String> readLine(String prompt) {
                return Optional.ofNullable(session.io().readLine(prompt, InputKind.ANSWER));
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

    /** Everything a boot needs, over one session. */
    public static BootConsole boot(CliSession session, BootPacing pacing, ConfigReplayer replayer, RommonTftp tftp) {
        return new BootConsole(sink(session), input(session), pacing, replayer, tftp);
    }
}
