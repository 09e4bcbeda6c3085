package dev.iosemu.cli.commands.system;

import dev.iosemu.cli.CliSession;
import dev.iosemu.cli.InputKind;
import dev.iosemu.device.BootConsole;
import dev.iosemu.device.BootPacing;
import dev.iosemu.device.ConfigReplayer;
import dev.iosemu.device.ConsoleSink;
import dev.iosemu.device.LineInput;
import dev.iosemu.device.rommon.RommonTftp;
import java.util.Objects;
import java.util.Optional;

/**
 * Hands a session's console to the device while it boots: boot text goes straight to the session's I/O
 * (never through a filter or the pager), and the loader reads its command lines from the same input.
 */
public final class SessionBootConsole {
    private SessionBootConsole() {}

    /** A boot console over {@code session} with no pacing and no ROMMON TFTP. */
    public static BootConsole of(CliSession session, ConfigReplayer replayer) {
        return of(session, replayer, BootPacing.NONE, RommonTftp.unavailable());
    }

    /** A boot console over {@code session} with the app's pacing and ROMMON {@code tftpdnld} hook. */
    public static BootConsole of(CliSession session, ConfigReplayer replayer, BootPacing pacing, RommonTftp tftp) {
        Objects.requireNonNull(session, "session");
        ConsoleSink sink = text -> session.io().write(text);
        LineInput input = prompt -> Optional.ofNullable(session.io().readLine(prompt, InputKind.COMMAND));
        return new BootConsole(sink, input, pacing, replayer, tftp);
    }
}
